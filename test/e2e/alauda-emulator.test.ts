// The emulator's Alauda API seen from the wire, and the deliveries it fires at a receiver.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AlaudaDeliveryError, fireAlaudaDelivery } from '../../src/emulator/alauda/index.js';
import { verifyDelivery } from '../../src/platforms/alauda/signature.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const TOKEN = `Token ${EMULATOR_CREDENTIALS.alaudaToken}`;

async function call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; raw?: string } = {}) {
  const headers: Record<string, string> = { authorization: TOKEN, ...options.headers };
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${fx.url}${path}`, { method, headers, body });
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, text, json };
}

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A receiver the emulator delivers to, standing in for the user's web hook endpoint.
const received: Received[] = [];
let receiver: Server;
let receiverUrl = '';
beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(request.url === '/refuse' ? 500 : 200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
afterEach(() => {
  received.length = 0;
});

const newHook = {
  subject_type: 'build_repo',
  subject: 'alaudauser/docker_images_test',
  events: ['build:complete'],
  secret: 'receiver-secret',
  url: 'http://example.com/hooks',
  name: 'ci',
};

describe('Alauda emulator: authentication', () => {
  it('answers a missing Authorization header as Django REST does', async () => {
    const response = await call('GET', '/v1/hooks', { headers: { authorization: '' } });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(response.headers.get('www-authenticate')).toBe('Token');
  });

  it('treats another scheme as no credentials, and names a wrong or malformed token', async () => {
    const bearer = await call('GET', '/v1/hooks', { headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.alaudaToken}` } });
    expect([bearer.status, bearer.json]).toEqual([401, { detail: 'Authentication credentials were not provided.' }]);
    const wrong = await call('GET', '/v1/hooks/4', { headers: { authorization: 'Token 0000000000000000000000000000000000000000' } });
    expect([wrong.status, wrong.json]).toEqual([401, { detail: 'Invalid token.' }]);
    const empty = await call('DELETE', '/v1/hooks/4', { headers: { authorization: 'Token' } });
    expect([empty.status, empty.json]).toEqual([401, { detail: 'Invalid token header. No credentials provided.' }]);
    const spaced = await call('PUT', '/v1/hooks/4', { headers: { authorization: 'Token a b' } });
    expect([spaced.status, spaced.json]).toEqual([401, { detail: 'Invalid token header. Token string should not contain spaces.' }]);
    expect((await call('GET', '/v1/hooks/4')).status).toBe(200);
  });
});

describe('Alauda emulator: hooks', () => {
  it('creates hooks with increasing ids, owned by the token\'s user, with millisecond UTC times', async () => {
    const first = await call('POST', '/v1/hooks', { body: newHook });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ ...newHook, id: 7, is_active: true, created_by: 'alaudauser' });
    expect(first.json.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.json.updated_at).toBe(first.json.created_at);
    const second = await call('POST', '/v1/hooks', { body: { ...newHook, name: 'ci 2' } });
    expect(second.json.id).toBe(8);
    expect((await call('DELETE', '/v1/hooks/8')).status).toBe(204);
    const third = await call('POST', '/v1/hooks', { body: { ...newHook, name: 'ci 3' } });
    expect(third.json.id).toBe(9);
  });

  it('answers a bad body with DRF field errors from the shared server-side check', async () => {
    const response = await call('POST', '/v1/hooks', { body: { subject_type: 'job', subject: 'job 1', events: [], url: 'nope', name: '' } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      subject: ['Invalid job subject: expected a job id without whitespace.'],
      events: ['This list may not be empty.'],
      url: ['Enter a valid URL.'],
      name: ['This field may not be blank.'],
      secret: ['This field is required.'],
    });
  });

  it('refuses a body that is not JSON (415) or not well-formed JSON (400)', async () => {
    const form = await call('POST', '/v1/hooks', { raw: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect([form.status, form.json]).toEqual([415, { detail: 'Unsupported media type "text/plain" in request.' }]);
    const broken = await call('POST', '/v1/hooks', { raw: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.json.detail).toMatch(/^JSON parse error - /);
  });

  it('filters the list by subject type and subject', async () => {
    const byType = await call('GET', '/v1/hooks?subject_type=job');
    expect(byType.json.map((hook: { id: number }) => hook.id)).toEqual([6]);
    const bySubject = await call('GET', '/v1/hooks?subject=alaudauser%2Fnginx');
    expect(bySubject.json.map((hook: { id: number }) => hook.id)).toEqual([5]);
    const both = await call('GET', '/v1/hooks?subject_type=job&subject=alaudauser%2Fnginx');
    expect(both.json).toEqual([]);
  });

  it('needs the whole writable set on PUT and keeps the subject fixed', async () => {
    const partial = await call('PUT', '/v1/hooks/4', { body: { url: 'http://example.com/new' } });
    expect(partial.status).toBe(400);
    expect(partial.json).toEqual({
      events: ['This field is required.'],
      secret: ['This field is required.'],
      name: ['This field is required.'],
      is_active: ['This field is required.'],
    });
    const whole = await call('PUT', '/v1/hooks/4', {
      body: { events: ['build:complete'], secret: 's', url: 'http://example.com/new', name: 'n', is_active: false, subject: 'other/repo', subject_type: 'job' },
    });
    expect(whole.status).toBe(200);
    expect(whole.json).toMatchObject({ id: 4, subject: 'alaudauser/docker_images_test', subject_type: 'build_repo', is_active: false, url: 'http://example.com/new' });
    const wrongEvent = await call('PUT', '/v1/hooks/4', { body: { events: ['job:fail'], secret: 's', url: 'http://example.com/new', name: 'n', is_active: true } });
    expect(wrongEvent.json).toEqual({ events: ['"job:fail" is not a valid event for subject type build_repo (allowed: build:complete).'] });
  });

  it('answers an unknown hook with {"detail": "Not found."} and an unknown path with a 404 page', async () => {
    for (const path of ['/v1/hooks/99', '/v1/hooks/abc']) {
      const response = await call('GET', path);
      expect([response.status, response.json]).toEqual([404, { detail: 'Not found.' }]);
    }
    const page = await call('GET', '/v1/nothing-here');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html');
  });

  it('brings the seed back on reset', async () => {
    await call('DELETE', '/v1/hooks/4');
    fx.emulator.reset();
    expect((await call('GET', '/v1/hooks')).json.map((hook: { id: number }) => hook.id)).toEqual([4, 5, 6]);
    expect((await call('POST', '/v1/hooks', { body: newHook })).json.id).toBe(7);
  });
});

describe('Alauda emulator: list shape', () => {
  it('serves the hook list as a bare array by default, or as Django REST pages once POST /_emulator/alauda/list-shape says so', async () => {
    expect(Array.isArray((await call('GET', '/v1/hooks')).json)).toBe(true);
    const set = await fetch(`${fx.url}/_emulator/alauda/list-shape`, { method: 'POST', body: JSON.stringify({ shape: 'paginated', page_size: 2 }), headers: { 'content-type': 'application/json' } });
    expect([set.status, await set.json()]).toEqual([200, { shape: 'paginated', page_size: 2 }]);
    const first = await call('GET', '/v1/hooks?subject_type=');
    expect(first.json).toMatchObject({ count: 3, next: `${fx.url}/v1/hooks?subject_type=&page=2`, previous: null });
    expect((first.json as { results: Array<{ id: number }> }).results.map((hook) => hook.id)).toEqual([4, 5]);
    const second = await call('GET', '/v1/hooks?page=2');
    expect(second.json).toMatchObject({ count: 3, next: null, previous: `${fx.url}/v1/hooks` });
    expect((second.json as { results: Array<{ id: number }> }).results.map((hook) => hook.id)).toEqual([6]);
    expect([(await call('GET', '/v1/hooks?page=3')).status, (await call('GET', '/v1/hooks?page=3')).json]).toEqual([404, { detail: 'Invalid page.' }]);
    const refused = await fetch(`${fx.url}/_emulator/alauda/list-shape`, { method: 'POST', body: JSON.stringify({ shape: 'cursor' }), headers: { 'content-type': 'application/json' } });
    expect([refused.status, await refused.json()]).toEqual([400, { detail: 'shape must be one of array, paginated' }]);
  });
});

describe('Alauda emulator: API token', () => {
  it('exchanges a user name and password sent as JSON or form-encoded for the token, without auth', async () => {
    const credentials = { username: EMULATOR_CREDENTIALS.alaudaUsername, password: EMULATOR_CREDENTIALS.alaudaPassword };
    const json = await call('POST', '/v1/generate-api-token/', { body: { ...credentials, organization: '' }, headers: { authorization: '' } });
    expect([json.status, json.json]).toEqual([200, { token: EMULATOR_CREDENTIALS.alaudaToken }]);
    const form = await call('POST', '/v1/generate-api-token/', {
      raw: new URLSearchParams(credentials).toString(),
      headers: { authorization: '', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([form.status, form.json]).toEqual([200, { token: EMULATOR_CREDENTIALS.alaudaToken }]);
  });

  it('refuses wrong credentials and missing fields as Django REST does', async () => {
    const wrong = await call('POST', '/v1/generate-api-token/', { body: { username: 'alaudauser', password: 'guess' } });
    expect([wrong.status, wrong.json]).toEqual([400, { non_field_errors: ['Unable to log in with provided credentials.'] }]);
    const missing = await call('POST', '/v1/generate-api-token/', { body: { username: '' } });
    expect([missing.status, missing.json]).toEqual([400, { username: ['This field may not be blank.'], password: ['This field is required.'] }]);
  });
});

describe('Alauda emulator: deliveries', () => {
  async function pointHookAtReceiver(id: number, path = '/alauda'): Promise<void> {
    const hook = (await call('GET', `/v1/hooks/${id}`)).json;
    await call('PUT', `/v1/hooks/${id}`, { body: { events: hook.events, secret: hook.secret, url: `${receiverUrl}${path}`, name: hook.name, is_active: hook.is_active } });
  }

  it('POSTs a signed delivery the receiver can verify with the hook secret', async () => {
    await pointHookAtReceiver(4);
    const result = await fireAlaudaDelivery(fx.emulator, 4, 'build:complete');
    expect(result).toMatchObject({ hookId: 4, event: 'build:complete', status: 200, url: `${receiverUrl}/alauda` });
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery.method).toBe('POST');
    expect(delivery.url).toBe('/alauda');
    expect(delivery.headers['user-agent']).toBe('Alauda/Webhook/1.0');
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['x-alauda-event']).toBe('build:complete');
    const eventTime = delivery.headers['x-alauda-event-time'] as string;
    expect(eventTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    const signature = delivery.headers['x-alauda-signature'] as string;
    expect(signature).toMatch(/^sha1=[0-9a-f]{40}$/);
    expect(verifyDelivery({ secret: '123456', eventTime, signature })).toEqual({ ok: true });
    expect(verifyDelivery({ secret: 'not-the-secret', eventTime, signature })).toEqual({ ok: false, reason: 'signature does not match' });
    const body = JSON.parse(delivery.body);
    expect(body.hook).toEqual({ id: 4, subject_type: 'build_repo', subject: 'alaudauser/docker_images_test' });
    expect(body.sender).toEqual({ username: 'alaudauser' });
    expect(body.data).toMatchObject({ docker_repo_path: 'index.alauda.cn/alaudauser/docker_images_test', status: 'S' });
    expect(delivery.body).not.toContain('123456');
  });

  it('delivers for a hook made with the CLI, signed with the secret the user gave', async () => {
    const created = await regnotify(
      ['hook', 'create', '--subject-type', 'job', '--subject', 'job-7', '--event', 'job:fail', '--url', `${receiverUrl}/jobs`, '--name', 'jobs', '--secret', 'cli-given-secret', '-q'],
      { env: fx.env('alauda') },
    );
    expect(created.stdout).toBe('7\n');
    await fireAlaudaDelivery(fx.emulator, 7);
    const [delivery] = received;
    expect(delivery.headers['x-alauda-event']).toBe('job:fail');
    expect(verifyDelivery({ secret: 'cli-given-secret', eventTime: delivery.headers['x-alauda-event-time'] as string, signature: delivery.headers['x-alauda-signature'] as string })).toEqual({ ok: true });
    expect(JSON.parse(delivery.body)).toMatchObject({ hook: { id: 7, subject_type: 'job', subject: 'job-7' }, data: { job_id: 'job-7', status: 'F' } });
  });

  it('fires through the control route POST /_emulator/alauda/hooks/<id>/deliver, which is not logged', async () => {
    await pointHookAtReceiver(6, '/jobs');
    fx.emulator.clearRequests();
    const response = await fetch(`${fx.url}/_emulator/alauda/hooks/6/deliver`, { method: 'POST', body: JSON.stringify({ event: 'job:succeed' }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ hookId: 6, event: 'job:succeed', status: 200, headers: { 'X-Alauda-Event': 'job:succeed' } });
    expect(received.map((delivery) => delivery.headers['x-alauda-event'])).toEqual(['job:succeed']);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('reports the receiver\'s status, even a failure', async () => {
    await pointHookAtReceiver(4, '/refuse');
    const result = await fireAlaudaDelivery(fx.emulator, 4);
    expect(result.status).toBe(500);
  });

  it('refuses an inactive hook, an event the hook did not subscribe to, an unknown hook and an unreachable receiver', async () => {
    await expect(fireAlaudaDelivery(fx.emulator, 5)).rejects.toEqual(new AlaudaDeliveryError(409, 'hook 5 is inactive; Alauda delivers nothing for it'));
    await expect(fireAlaudaDelivery(fx.emulator, 4, 'image:push')).rejects.toEqual(
      new AlaudaDeliveryError(400, 'hook 4 is not subscribed to "image:push" (its events: build:complete)'),
    );
    const unknown = await fetch(`${fx.url}/_emulator/alauda/hooks/99/deliver`, { method: 'POST' });
    expect([unknown.status, await unknown.json()]).toEqual([404, { detail: 'no hook 99' }]);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const hook = (await call('GET', '/v1/hooks/4')).json;
    await call('PUT', '/v1/hooks/4', { body: { events: hook.events, secret: hook.secret, url: deadUrl, name: hook.name, is_active: true } });
    const unreachable = await fetch(`${fx.url}/_emulator/alauda/hooks/4/deliver`, { method: 'POST' });
    expect([unreachable.status, await unreachable.json()]).toEqual([502, { detail: `delivery to ${deadUrl} failed (ECONNREFUSED)` }]);
    expect(received).toEqual([]);
  });
});
