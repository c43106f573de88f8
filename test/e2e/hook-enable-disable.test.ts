import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['hook', ...args], { env: { ...fx.env('alauda'), ...env } });
const calls = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe('hook enable and disable', () => {
  it('enables an inactive hook by sending it back whole with is_active true', async () => {
    const result = await run(['enable', '5', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✓ Enabled hook 5 (deploy on push)\n');
    expect(calls()).toEqual(['GET /v1/hooks/5', 'PUT /v1/hooks/5']);
    const write = fx.emulator.requests[1];
    expect(write.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    expect(write.headers['content-type']).toBe('application/json');
    expect(write.body).toBe('{"events":["image:push"],"secret":"push-secret-0005","url":"https://deploy.example.com/alauda","name":"deploy on push","is_active":true}');
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 5, is_active: true, secret: '***' });
  });

  it('disables an active hook by sending it back whole with is_active false', async () => {
    const result = await run(['disable', '6', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '6\n', stderr: '✓ Disabled hook 6 (nightly job alerts)\n' });
    expect(fx.emulator.requests[1].json).toEqual({
      events: ['job:succeed', 'job:fail'],
      secret: 'job-secret-0006',
      url: 'https://alerts.example.com/jobs',
      name: 'nightly job alerts',
      is_active: false,
    });
    const after = await run(['get', '6', '--json']);
    expect(JSON.parse(after.stdout).is_active).toBe(false);
  });

  it('prints the hook as key/value rows, secret masked, when piped', async () => {
    const result = await run(['disable', '4']);
    expect(result.stdout).toContain('active\tno\n');
    expect(result.stdout).toContain('secret\t***\n');
    expect(result.stdout).not.toContain('123456');
  });

  it('exits 3 when the hook does not exist, without writing', async () => {
    const result = await run(['enable', '42']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: hook 42: Not found. (HTTP 404)\nhint: list hooks with: regnotify hook list\n' });
    expect(calls()).toEqual(['GET /v1/hooks/42']);
  });

  it('exits 4 with a hint when the token is refused', async () => {
    const result = await run(['disable', '4'], { REGNOTIFY_TOKEN: 'expired-token-value' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
  });

  it.each([['enable'], ['disable']])('%s refuses a malformed id before sending anything (exit 2)', async (verb) => {
    const result = await run([verb, 'four']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'error: invalid hook id "four" (expected a positive whole number, e.g. 4)\n' });
    expect(fx.emulator.requests).toEqual([]);
  });
});
