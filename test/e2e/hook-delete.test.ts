import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['hook', ...args], { env: { ...fx.env('alauda'), ...env } });

describe('hook delete', () => {
  it('deletes with --yes: DELETE /v1/hooks/<id>, 204, nothing on stdout', async () => {
    const result = await run(['delete', '4', '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '✓ Deleted hook 4\n' });
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request).toMatchObject({ method: 'DELETE', path: '/v1/hooks/4', search: '', body: '' });
    expect(request.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    const after = await run(['get', '4']);
    expect(after.code).toBe(3);
  });

  it('needs --yes when no terminal can confirm, and sends nothing without it', async () => {
    const result = await run(['delete', '4']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: deleting hook 4 needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('exits 3 when the hook does not exist', async () => {
    const result = await run(['delete', '99', '-y']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: hook 99: Not found. (HTTP 404)\nhint: list hooks with: regnotify hook list\n' });
  });

  it('exits 4 with a hint when the token is refused', async () => {
    const result = await run(['delete', '4', '-y'], { REGNOTIFY_TOKEN: 'revoked-token-value' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
    const still = await run(['get', '4', '-q']);
    expect(still.stdout).toBe('4\n');
  });

  it('refuses a malformed id before asking or sending anything (exit 2)', async () => {
    const result = await run(['delete', '4x', '--yes']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'error: invalid hook id "4x" (expected a positive whole number, e.g. 4)\n' });
    expect(fx.emulator.requests).toEqual([]);
  });
});
