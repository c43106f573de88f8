// `regnotify emulator` for a person or a shell script: fault control checked, faults cleared, an access log on
// stderr, and one line when the port is taken.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, CODE_CACHE_HOME, regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();

const control = (method: string, body?: string) =>
  fetch(`${fx.url}/_emulator/faults`, { method, body, headers: body === undefined ? {} : { 'content-type': 'application/json' } });
const repository = () => fetch(`${fx.url}/api/v1/repository/acme/app`, { headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}` } });

describe('POST /_emulator/faults', () => {
  it.each([
    ['no path', '{"status": 503}', 'invalid fault: give exactly one of path and pathPattern'],
    ['a status that is not a number', '{"path": "/api/v1/repository/acme/app", "status": "503"}', 'invalid fault: status: Invalid input: expected number, received string'],
    ['an unknown key', '{"path": "/api/v1/repository/acme/app", "stauts": 503}', 'invalid fault: Unrecognized key: "stauts"'],
    ['a pattern that is not a regular expression', '{"pathPattern": "(", "status": 503}', 'invalid fault: pathPattern: Invalid regular expression: /(/: Unterminated group'],
    ['a body that is not JSON', 'status=503', 'invalid fault: the body is not JSON'],
  ])('refuses %s with 400, and later requests are answered as before', async (_what, body, message) => {
    const refused = await control('POST', body);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ message });
    const after = await repository();
    expect(after.status).toBe(200);
  });

  it('takes a valid fault, and DELETE clears every fault', async () => {
    expect((await control('POST', '{"path": "/api/v1/repository/acme/app", "status": 503}')).status).toBe(204);
    expect((await control('POST', '{"pathPattern": "^/api/v1/repository/", "latencyMs": 1, "times": 2}')).status).toBe(204);
    expect((await repository()).status).toBe(503);
    expect((await control('DELETE')).status).toBe(204);
    expect((await repository()).status).toBe(200);
  });
});

describe('regnotify emulator', () => {
  it('logs each request on stderr, one line like a web server: method, path, status, time', async () => {
    const child = spawn(process.execPath, [BIN, 'emulator'], { env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: CODE_CACHE_HOME, REGNOTIFY_CONFIG_DIR: tempConfigDir() } });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const url = await new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', (chunk: string) => resolve(chunk.trim())));
      await fetch(`${url}/api/v1/repository/acme/app?includeTags=false`, { headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}` } });
      await fetch(`${url}/v1/hooks`);
      for (let waited = 0; !stderr.includes('GET /v1/hooks') && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      const log = stderr.split('\n').filter((line) => /^(GET|POST|PUT|DELETE) /.test(line));
      expect(log).toHaveLength(2);
      expect(log[0]).toMatch(/^GET \/api\/v1\/repository\/acme\/app\?includeTags=false 200 \d+ ms$/);
      expect(log[1]).toMatch(/^GET \/v1\/hooks 401 \d+ ms$/);
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.on('close', resolve));
    }
  });

  it('names the port that is taken in one line, exit 1', async () => {
    const port = new URL(fx.url).port;
    const result = await regnotify(['emulator', '--port', port]);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `error: cannot listen on 127.0.0.1:${port}: the port is already in use (pick another with --port, or --port 0 for a free one)\n`,
    });
  });

  it('logs nothing in tests: the emulator of a test file has no access log', () => {
    expect(fx.emulator.accessLog).toBeUndefined();
  });
});
