import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['subscription', ...args], { env: { ...fx.env('codearts'), ...env } });

const STATUS_PATH = '/v4/repositories/123/notification-subscriptions/status';
const TOKEN_HINT = 'hint: check the CodeArts token (REGNOTIFY_TOKEN); IAM tokens expire after 24 hours\n';
const json = (body: unknown) => ({ body: JSON.stringify(body), contentType: 'application/json' });

describe('subscription errors', () => {
  it('quotes error_code: error_msg with the X-Request-Id and exits 3 on 404', async () => {
    const result = await run(['get', '404', '--type', 'email']);
    expect(result).toMatchObject({
      code: 3,
      stdout: '',
      stderr: 'error: CH.00402000: 该仓库不存在,请检查后重试。 (HTTP 404, request id 00000000000000000000000000000001)\n',
    });
  });

  it('exits 4 on a 403 permission error, with the credential hint', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 403, ...json({ error_code: 'CH.00401008', error_msg: '您没有操作权限,请升级权限后重试。' }) });
    const result = await run(['status', '123']);
    expect(result).toMatchObject({ code: 4, stdout: '', stderr: `error: CH.00401008: 您没有操作权限,请升级权限后重试。 (HTTP 403)\n${TOKEN_HINT}` });
  });

  it('reads the legacy {"error": {"code", "message"}} body too', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 400, ...json({ error: { code: 'CH.00000001', message: 'repository is frozen' }, status: 'failed' }) });
    const result = await run(['status', '123']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: CH.00000001: repository is frozen (HTTP 400)\n' });
  });

  it('exits 4 on APIG.0301 for a bad token, and does not retry it', async () => {
    const result = await run(['status', '123'], { REGNOTIFY_TOKEN: 'expired-token' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: `error: APIG.0301: Incorrect IAM authentication information: decrypt token fail (HTTP 401, request id 00000000000000000000000000000001)\n${TOKEN_HINT}`,
    });
    expect(fx.emulator.requests).toHaveLength(1);
    expect(result.stderr).not.toContain('expired-token');
  });

  it('exits 4 on APIG.0301 whatever the HTTP status', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 400, ...json({ error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information: x-auth-token not found', request_id: 'r1' }) });
    const result = await run(['status', '123']);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe('error: APIG.0301: Incorrect IAM authentication information: x-auth-token not found (HTTP 400)\n');
  });

  it('backs off on 429 APIG.0308 and succeeds once the gateway lets the request through', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 429, times: 2, retryAfter: '0', ...json({ error_code: 'APIG.0308', error_msg: 'The request is throttled.' }) });
    const result = await run(['status', '123', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'internal_message\nqyweixin\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => request.path)).toEqual([STATUS_PATH, STATUS_PATH, STATUS_PATH]);
  });

  it('backs off on a throttled PUT too, sending the same body again', async () => {
    const path = '/v4/repositories/123/notification-subscriptions/subscription';
    fx.emulator.inject({ method: 'PUT', path, status: 429, times: 1, retryAfter: '0', ...json({ error_code: 'APIG.0308', error_msg: 'The request is throttled.' }) });
    const result = await run(['set', '123', '--type', 'email', '--enable']);
    expect(result.code).toBe(0);
    const puts = fx.emulator.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[1].body).toBe(puts[0].body);
  });

  it('gives up with exit 1 when throttling outlasts the retries', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 429, retryAfter: '0', ...json({ error_code: 'APIG.0308', error_msg: 'The request is throttled.' }) });
    const result = await run(['status', '123', '--retries', '1']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: APIG.0308: The request is throttled. (HTTP 429)\n' });
    expect(fx.emulator.requests).toHaveLength(2);
  });

  it('names the status and content type when a proxy answers with an HTML page', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 502, html: true });
    const result = await run(['status', '123', '--retries', '0']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: unexpected response from server (HTTP 502, text/html)\n' });
  });

  it('rejects a malformed 200 body without crashing', async () => {
    fx.emulator.inject({ path: STATUS_PATH, status: 200, body: '{"internal_message": ', contentType: 'application/json' });
    const result = await run(['status', '123']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: unexpected response from server (HTTP 200, application/json): expected JSON but the body is malformed or truncated\n');
  });
});
