// The emulator's controls for benchmarks and users' scripts, over HTTP as a script would call them: a latency added
// to every platform request, many Quay repositories (and notifications) seeded at once, the request log counted and
// emptied; malformed bodies are refused with 400 and change nothing.
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();

async function control(method: string, action: string, body?: unknown) {
  const response = await fetch(`${fx.url}/_emulator/${action}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

describe('POST /_emulator/latency', () => {
  it('delays every platform request by the given milliseconds until reset, and leaves control calls alone', async () => {
    expect(await control('POST', 'latency', { ms: 150 })).toEqual({ status: 200, json: { ms: 150 } });
    const started = performance.now();
    const slow = await regnotify(['repo', 'get', 'acme/app', '-q'], { env: fx.env('quay') });
    expect(slow.code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(fx.emulator.latencyMs).toBe(150);
    await control('POST', 'reset');
    expect(fx.emulator.latencyMs).toBe(0);
    expect((await control('GET', 'requests/count')).json).toEqual({ total: 0, byMethod: {} });
  });

  it.each([
    [{}, 'invalid latency: {} (allowed: {"ms": a whole number from 0 to 60000})'],
    [{ ms: -1 }, 'invalid latency: {"ms":-1} (allowed: {"ms": a whole number from 0 to 60000})'],
    [{ ms: 2.5 }, 'invalid latency: {"ms":2.5} (allowed: {"ms": a whole number from 0 to 60000})'],
    [{ ms: '20' }, 'invalid latency: {"ms":"20"} (allowed: {"ms": a whole number from 0 to 60000})'],
    [{ ms: 20, path: '/v1' }, 'invalid latency: {"ms":20,"path":"/v1"} (allowed: {"ms": a whole number from 0 to 60000})'],
    ['ms=20', 'invalid latency: ms=20 (allowed: {"ms": a whole number from 0 to 60000})'],
  ])('refuses %j with 400 naming the allowed form', async (body, message) => {
    expect(await control('POST', 'latency', body)).toEqual({ status: 400, json: { message } });
    expect(fx.emulator.latencyMs).toBe(0);
  });
});

describe('POST /_emulator/quay/seed', () => {
  it('adds numbered repositories with titled webhook notifications that the CLI then reads', async () => {
    const seeded = await control('POST', 'quay/seed', { namespace: 'bench', repositories: 3, notificationsPerRepository: 2 });
    expect(seeded).toEqual({ status: 201, json: { namespace: 'bench', repositories: 3, notifications: 6 } });
    const list = await regnotify(['repo', 'list', '--namespace', 'bench', '-q'], { env: fx.env('quay') });
    expect(list.stdout).toBe('bench/repo-00001\nbench/repo-00002\nbench/repo-00003\n');
    const notifications = await regnotify(['notification', 'list', 'bench/repo-00002', '-o', 'json'], { env: fx.env('quay') });
    expect(JSON.parse(notifications.stdout)).toEqual([
      expect.objectContaining({ title: 'Notification 1', event: 'repo_push', method: 'webhook', config: { url: 'https://hooks.example.com/bench/repo-00002/1' }, number_of_failures: 0 }),
      expect.objectContaining({ title: 'Notification 2', config: { url: 'https://hooks.example.com/bench/repo-00002/2' } }),
    ]);
  });

  it('takes an explicit list of names, public when asked, and no notifications by default', async () => {
    expect(await control('POST', 'quay/seed', { namespace: 'acme', repositories: ['api', 'worker'], public: true })).toEqual({
      status: 201,
      json: { namespace: 'acme', repositories: 2, notifications: 0 },
    });
    const list = await regnotify(['repo', 'list', '--namespace', 'acme', '-q'], { env: fx.env('quay') });
    expect(list.stdout.split('\n')).toEqual(expect.arrayContaining(['acme/api', 'acme/worker']));
    const anonymous = await fetch(`${fx.url}/api/v1/repository/acme/worker`);
    expect(anonymous.status).toBe(200);
  });

  it.each([
    [undefined, 400, 'invalid seed: Invalid input: expected object, received undefined'],
    ['{"namespace": ', 400, 'invalid seed: the body is not JSON'],
    [{ repositories: 3 }, 400, 'invalid seed: namespace: Invalid input: expected string, received undefined'],
    [{ namespace: 'Bench', repositories: 3 }, 400, 'invalid seed: namespace: lower-case letters, digits and . _ - between them'],
    [{ namespace: 'bench', repositories: 0 }, 400, 'invalid seed: repositories: Too small: expected number to be >=1'],
    [{ namespace: 'bench', repositories: 2, notificationsPerRepository: -1 }, 400, 'invalid seed: notificationsPerRepository: Too small: expected number to be >=0'],
    [{ namespace: 'bench', repositories: 2, notifications: 5 }, 400, 'invalid seed: Unrecognized key: "notifications"'],
    [{ namespace: 'bench', repositories: ['a', 'a'] }, 400, 'invalid seed: repositories: a name is listed twice'],
    [{ namespace: 'acme', repositories: ['app'] }, 409, 'invalid seed: repository acme/app exists already'],
  ])('refuses %j (%i) and seeds nothing', async (body, status, message) => {
    expect(await control('POST', 'quay/seed', body)).toEqual({ status, json: { message } });
    const list = await regnotify(['repo', 'list', '--namespace', 'bench', '-q'], { env: fx.env('quay') });
    expect(list.stdout).toBe('');
  });
});

describe('the request log from outside', () => {
  it('counts requests by method (GET /_emulator/requests/count) and empties the log without touching the state (DELETE /_emulator/requests)', async () => {
    await regnotify(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--config', 'url=https://ci.example.com/x'], { env: fx.env('quay') });
    expect((await control('GET', 'requests/count')).json).toEqual({ total: 2, byMethod: { GET: 1, POST: 1 } });
    expect(await control('DELETE', 'requests')).toEqual({ status: 204, json: undefined });
    expect((await control('GET', 'requests/count')).json).toEqual({ total: 0, byMethod: {} });
    const list = await regnotify(['notification', 'list', 'acme/app', '-q'], { env: fx.env('quay') });
    expect(list.stdout.trim().split('\n')).toHaveLength(3);
    expect((await control('GET', 'requests/count')).json).toEqual({ total: 1, byMethod: { GET: 1 } });
  });
});
