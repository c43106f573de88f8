// The emulator answers as Quay does (docs/platforms/quay.md), seen from a plain HTTP client.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const auth = { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}` };
const json = { ...auth, 'content-type': 'application/json' };

async function call(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${fx.url}/api/v1${path}`, { method, headers: options.headers ?? auth, body: options.body, redirect: 'manual' });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

describe('Quay emulator', () => {
  it('creates a repository with 201 {namespace, name, kind}', async () => {
    const created = await call('POST', '/repository', { headers: json, body: '{"repository":"x","visibility":"private","description":""}' });
    expect(created).toMatchObject({ status: 201, body: { namespace: 'quayadmin', name: 'x', kind: 'image' } });
  });

  it('answers 415 {message} to a body without a JSON content type, and 400 to bad JSON', async () => {
    const plain = await call('POST', '/repository', { headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' });
    expect(plain).toMatchObject({
      status: 415,
      body: { message: "Did not attempt to load JSON data because the request Content-Type was not 'application/json'." },
    });
    expect((await call('POST', '/repository', { headers: json, body: '{' })).status).toBe(400);
  });

  it('validates bodies with a jsonschema-like problem JSON', async () => {
    const missing = await call('POST', '/repository', { headers: json, body: '{"repository":"x","description":""}' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ title: 'invalid_request', status: 400, error_type: 'invalid_request' });
    expect((missing.body as { detail: string }).detail.split('\n')[0]).toBe("'visibility' is a required property");
    const bad = await call('POST', '/repository', { headers: json, body: '{"repository":"x","visibility":"secret","description":""}' });
    expect((bad.body as { detail: string }).detail.split('\n')[0]).toBe('"secret" is not one of ["private","public"]');
    const name = await call('POST', '/repository', { headers: json, body: '{"repository":"Bad","visibility":"private","description":""}' });
    expect(name.body).toMatchObject({ detail: 'Invalid repository name' });
  });

  it('needs namespace, starred or public to list', async () => {
    expect(await call('GET', '/repository')).toMatchObject({
      status: 400,
      body: { detail: 'namespace, starred or public are required for this API call' },
    });
  });

  it('pages by 100 with an opaque token, and serves page 1 again for an unknown token', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 150);
    const first = (await call('GET', '/repository?namespace=bulk')).body as { repositories: Array<{ name: string }>; next_page: string };
    expect(first.repositories).toHaveLength(100);
    const second = (await call('GET', `/repository?namespace=bulk&next_page=${first.next_page}`)).body as { repositories: Array<{ name: string }>; next_page?: string };
    expect(second.repositories.map((entry) => entry.name)[0]).toBe('repo-00101');
    expect(second.next_page).toBeUndefined();
    const restarted = (await call('GET', '/repository?namespace=bulk&next_page=expired')).body as { repositories: Array<{ name: string }> };
    expect(restarted.repositories[0].name).toBe('repo-00001');
  });

  it('cuts a starred list at 99 without a token (Quay 3.14+)', async () => {
    const quay = quayControl(fx.emulator);
    quay.seedRepositories('bulk', 120);
    quay.star(...quay.repositoryNames('bulk').map((name) => `bulk/${name}`));
    const starred = (await call('GET', '/repository?starred=true')).body as { repositories: unknown[]; next_page?: string };
    expect(starred.repositories).toHaveLength(99);
    expect(starred.next_page).toBeUndefined();
  });

  it('redirects the notification list without its trailing slash with 308', async () => {
    const response = await call('GET', '/repository/acme/app/notification');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/api/v1/repository/acme/app/notification/');
  });

  it('answers notification test 200 {}, reset 204 and delete 204; create 201 with event_config', async () => {
    const created = await call('POST', '/repository/acme/app/notification/', {
      headers: json,
      body: JSON.stringify({ event: 'repo_image_expiry', method: 'email', config: { email: 'ops@example.com' }, eventConfig: { days: 3 } }),
    });
    expect(created).toMatchObject({ status: 201, body: { title: null, event_config: { days: 3 }, number_of_failures: 0 } });
    const uuid = (created.body as { uuid: string }).uuid;
    expect(await call('POST', `/repository/acme/app/notification/${uuid}/test`)).toMatchObject({ status: 200, body: {} });
    expect((await call('POST', `/repository/acme/app/notification/${uuid}`)).status).toBe(204);
    expect((await call('DELETE', `/repository/acme/app/notification/${uuid}`)).status).toBe(204);
    await quayControl(fx.emulator).settled();
  });

  it('answers 500 to an unknown event or method, as Quay does', async () => {
    const body = (event: string, method: string) => JSON.stringify({ event, method, config: {}, eventConfig: {} });
    expect((await call('POST', '/repository/acme/app/notification/', { headers: json, body: body('repo_pushed', 'webhook') })).status).toBe(500);
    expect((await call('POST', '/repository/acme/app/notification/', { headers: json, body: body('repo_push', 'sms') })).status).toBe(500);
  });

  it("answers Quay's method validation messages", async () => {
    const body = JSON.stringify({ event: 'repo_push', method: 'webhook', config: { url: 'http://127.0.0.1/x' }, eventConfig: {} });
    expect(await call('POST', '/repository/acme/app/notification/', { headers: json, body })).toMatchObject({
      status: 400,
      body: { detail: 'Invalid webhook URL' },
    });
    const missing = JSON.stringify({ event: 'repo_push', method: 'slack', config: {}, eventConfig: {} });
    expect((await call('POST', '/repository/acme/app/notification/', { headers: json, body: missing })).body).toMatchObject({ detail: 'Missing Slack Callback URL' });
  });

  it('runs a bad token as anonymous: 401 on protected reads, empty lists, CSRF 403 on writes, public repositories readable', async () => {
    const bad = { authorization: 'Bearer nope' };
    expect(await call('GET', '/repository/acme/app', { headers: bad })).toMatchObject({ status: 401, body: { error_type: 'invalid_token', detail: 'Requires authentication' } });
    expect(await call('GET', '/repository?namespace=acme', { headers: bad })).toMatchObject({ status: 200, body: { repositories: [] } });
    expect(await call('DELETE', '/repository/acme/app', { headers: bad })).toMatchObject({ status: 403, body: { error: 'CSRF token was invalid or missing.' } });
    expect((await call('GET', '/repository/acme/website', { headers: bad })).status).toBe(200);
  });

  it('answers a repository that does not exist, in a namespace the token administers, as Quay does: an empty notification list, 204 to DELETE', async () => {
    // quay/quay endpoints/api/repositorynotification.py lists by name; repository.py's delete marks nothing and answers 204.
    expect(await call('GET', '/repository/acme/nope/notification/')).toMatchObject({ status: 200, body: { notifications: [] } });
    expect(await call('DELETE', '/repository/acme/nope')).toMatchObject({ status: 204 });
    expect(await call('GET', '/repository/acme/nope')).toMatchObject({ status: 404, body: { error_type: 'not_found' } });
  });

  it('checks the repository path, the CSRF token of a write and the permission before the method, as Quay does', async () => {
    const bad = { authorization: 'Bearer nope' };
    const notAllowed = { status: 405, body: { message: 'The method is not allowed for the requested URL.' } };
    const forbidden = { status: 403, body: { error_type: 'insufficient_scope', detail: 'Unauthorized' } };
    expect(await call('GET', '/repository/acme')).toMatchObject({ status: 404, body: '<html><body><h1>404 Not Found</h1></body></html>\n' });
    expect(await call('PUT', '/repository/acme/app/changevisibility', { headers: bad })).toMatchObject({
      status: 403,
      body: { error: 'CSRF token was invalid or missing.' },
    });
    expect(await call('PUT', '/repository/acme/app/changevisibility')).toMatchObject(notAllowed);
    expect(await call('GET', '/repository/globex/tools/changevisibility')).toMatchObject(notAllowed);
    expect(await call('PUT', '/repository/globex/tools/notification/')).toMatchObject(forbidden);
    expect(await call('PUT', '/repository/acme/app/notification/')).toMatchObject(notAllowed);
    expect(await call('GET', '/repository/acme/app/notification/some-uuid/test')).toMatchObject(notAllowed);
    expect(await call('PUT', '/repository/acme/app/notification/some-uuid')).toMatchObject(notAllowed);
    expect(await call('POST', '/repository/globex/tools')).toMatchObject(forbidden);
    expect(await call('POST', '/repository/acme/app')).toMatchObject(notAllowed);
    expect(await call('PATCH', '/repository/acme/app')).toMatchObject(notAllowed);
    expect(await call('DELETE', '/repository/acme/app/notification', { headers: bad })).toMatchObject({ status: 308 });
    expect(fx.emulator.requests).toHaveLength(12);
  });
});
