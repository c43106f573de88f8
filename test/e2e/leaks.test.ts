// Secrets on the way out: every encoding a server may echo, URL credentials, usage errors before any context exists.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../src/emulator/server.js';
import { regnotify } from '../helpers/cli.js';

// Quotes and a backslash: JSON writes this token differently from how it was typed.
const TOKEN = 'tok"en\\with-quotes-0123456789';
const emulator = new Emulator();
emulator
  .route('POST', '/api/v1/echo', (request) => ({ status: 200, json: { received: request.json, authorization: request.headers.authorization } }))
  .route('GET', '/api/v1/ok', () => ({ status: 200, json: { ok: true } }));

let url = '';
beforeAll(async () => {
  url = await emulator.start();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

describe('secrets a server echoes', () => {
  it('masks the JSON-escaped form of a token holding quotes and backslashes', async () => {
    const result = await regnotify(['api', 'POST', '/echo', '--platform', 'quay', '--data', JSON.stringify({ note: TOKEN })], {
      env: { REGNOTIFY_SERVER: url, REGNOTIFY_TOKEN: TOKEN },
    });
    expect(emulator.requests[0].body).toBe(JSON.stringify({ note: TOKEN }));
    expect(result).toMatchObject({ code: 0, stdout: '{"received":{"note":"***"},"authorization":"Bearer ***"}\n', stderr: '' });
  });
});

describe('credentials in a server URL', () => {
  it('never prints the userinfo of --server in the --verbose trace', async () => {
    const server = url.replace('http://', 'http://alice:pa55-w0rd-xyz@');
    const result = await regnotify(['api', 'GET', '/ok', '--platform', 'quay', '--verbose', '--server', server], { env: { REGNOTIFY_TOKEN: 'quay-token-0123456789' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`> GET ${url.replace('http://', 'http://***@')}/api/v1/ok\n`);
    expect(result.stderr).not.toContain('alice');
    expect(result.stderr).not.toContain('pa55-w0rd-xyz');
  });

  it('masks a token given as the userinfo of --server in a usage error, before any command runs (exit 2)', async () => {
    const result = await regnotify(['repo', 'list', '--server', 'ftp://TOKEN-0123456789@h'], { env: { REGNOTIFY_TOKEN: 'TOKEN-0123456789' } });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'error: --server: unsupported scheme "ftp" in "ftp://***@h" (allowed: http, https)\n' });
  });

  it('masks the environment token in a usage error even when it is not in a URL (exit 2)', async () => {
    const result = await regnotify(['repo', 'list', '--server', 'ftp://h/TOKEN-0123456789'], { env: { REGNOTIFY_TOKEN: 'TOKEN-0123456789' } });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'error: --server: unsupported scheme "ftp" in "ftp://h/***" (allowed: http, https)\n' });
  });
});
