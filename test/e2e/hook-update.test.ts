import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['hook', 'update', ...args], { env: { ...fx.env('alauda'), ...env } });

/** The requests as `METHOD path` lines, for asserting the read-then-write sequence. */
const calls = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe('hook update', () => {
  it('reads the hook and sends back the whole writable set with only the URL changed', async () => {
    const result = await run(['4', '--url', 'https://ci.example.com/alauda', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✓ Updated hook 4 (test hook)\n');
    expect(calls()).toEqual(['GET /v1/hooks/4', 'PUT /v1/hooks/4']);
    const [read, write] = fx.emulator.requests;
    expect(read.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    expect(write.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    expect(write.headers['content-type']).toBe('application/json');
    expect(write.body).toBe('{"events":["build:complete"],"secret":"123456","url":"https://ci.example.com/alauda","name":"test hook","is_active":true}');
    const hook = JSON.parse(result.stdout);
    expect(hook).toMatchObject({ id: 4, url: 'https://ci.example.com/alauda', name: 'test hook', secret: '***', is_active: true, created_at: '2015-08-27T09:53:43.563Z' });
    expect(hook.updated_at).not.toBe('2015-08-27T09:53:43.566Z');
  });

  it('changes events, name, secret and activity together', async () => {
    const result = await run(['6', '--event', 'job:fail', '--name', 'failures only', '--secret', 'rotated-secret', '--inactive', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '6\n', stderr: '✓ Updated hook 6 (failures only)\n' });
    expect(fx.emulator.requests[1].json).toEqual({
      events: ['job:fail'],
      secret: 'rotated-secret',
      url: 'https://alerts.example.com/jobs',
      name: 'failures only',
      is_active: false,
    });
  });

  it('re-activates an inactive hook with --active', async () => {
    const result = await run(['5', '--active', '-o', 'yaml']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests[1].json).toEqual({
      events: ['image:push'],
      secret: 'push-secret-0005',
      url: 'https://deploy.example.com/alauda',
      name: 'deploy on push',
      is_active: true,
    });
    expect(result.stdout).toContain('is_active: true\n');
    expect(result.stdout).toContain('secret: "***"\n');
  });

  it('rotates to a generated secret, printed once on stderr and never on stdout', async () => {
    const result = await run(['4', '--generate-secret', '--json']);
    expect(result.code).toBe(0);
    const sent = (fx.emulator.requests[1].json as { secret: string }).secret;
    expect(sent).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stderr).toBe(`Generated secret for hook 4: ${sent} (record it now: receivers verify deliveries with it)\n✓ Updated hook 4 (test hook)\n`);
    expect(JSON.parse(result.stdout).secret).toBe('***');
  });

  it('--secret-stdin rotates to the secret read from standard input, never printed', async () => {
    const result = await regnotify(['hook', 'update', '4', '--secret-stdin', '--json'], { env: fx.env('alauda'), input: 'piped-secret-789\n' });
    expect(result).toMatchObject({ code: 0, stderr: '✓ Updated hook 4 (test hook)\n' });
    expect(calls()).toEqual(['GET /v1/hooks/4', 'PUT /v1/hooks/4']);
    expect(fx.emulator.requests[1].body).toBe('{"events":["build:complete"],"secret":"piped-secret-789","url":"http://example.com:8080/v1/builds","name":"test hook","is_active":true}');
    expect(JSON.parse(result.stdout).secret).toBe('***');
    expect(result.stdout + result.stderr).not.toContain('piped-secret-789');
  });

  it('--secret-env VAR rotates to the variable\'s value, never printed', async () => {
    const result = await run(['4', '--secret-env', 'ROTATED_SECRET', '--verbose'], { ROTATED_SECRET: 'env-rotated-321' });
    expect(result.code).toBe(0);
    expect(calls()).toEqual(['GET /v1/hooks/4', 'PUT /v1/hooks/4']);
    expect(fx.emulator.requests[1].body).toBe('{"events":["build:complete"],"secret":"env-rotated-321","url":"http://example.com:8080/v1/builds","name":"test hook","is_active":true}');
    expect(result.stdout + result.stderr).not.toContain('env-rotated-321');
  });

  it('--secret-env with an unset variable, or with --secret-stdin, is exit 2 with nothing sent', async () => {
    const unset = await run(['4', '--secret-env', 'NOPE_UNSET']);
    expect(unset).toMatchObject({ code: 2, stdout: '', stderr: 'error: --secret-env: the environment variable "NOPE_UNSET" is not set\n' });
    const both = await run(['4', '--secret-stdin', '--secret-env', 'X']);
    expect(both).toMatchObject({ code: 2, stdout: '', stderr: 'error: --secret-stdin and --secret-env cannot be used together\n' });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('keeps the current and the new secret out of the --verbose trace', async () => {
    const result = await run(['4', '--secret', 'brand-new-secret', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`> GET ${fx.url}/v1/hooks/4\n`);
    expect(result.stderr).toContain(`> PUT ${fx.url}/v1/hooks/4\n`);
    expect(result.stderr).toContain('> {"events":["build:complete"],"secret":"***","url":"http://example.com:8080/v1/builds","name":"test hook","is_active":true}\n');
    expect(result.stdout + result.stderr).not.toMatch(/brand-new-secret|123456|0123456789abcdef/);
  });

  it('checks the events against the hook\'s subject type once read, and writes nothing when they do not fit', async () => {
    const result = await run(['4', '--event', 'image:push']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: unknown build_repo event "image:push" (allowed: build:complete)\nhint: image:push belongs to subject type image_repo\n',
    });
    expect(calls()).toEqual(['GET /v1/hooks/4']);
  });

  it('exits 3 when the hook does not exist, without writing', async () => {
    const result = await run(['99', '--name', 'x']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: hook 99: Not found. (HTTP 404)\nhint: list hooks with: regnotify hook list\n' });
    expect(calls()).toEqual(['GET /v1/hooks/99']);
  });

  it('exits 4 with a hint when the token is refused', async () => {
    const result = await run(['4', '--name', 'x'], { REGNOTIFY_TOKEN: 'stale-token-value' });
    expect(result).toMatchObject({
      code: 4,
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
    expect(calls()).toEqual(['GET /v1/hooks/4']);
  });

  it('quotes Alauda\'s field errors when the write is refused, exit 1', async () => {
    fx.emulator.inject({ method: 'PUT', path: '/v1/hooks/4', status: 400, contentType: 'application/json', body: '{"url":["Enter a valid URL."]}' });
    const result = await run(['4', '--url', 'http://example.com/ok']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: url: Enter a valid URL. (HTTP 400)\n' });
  });

  describe('refuses before sending anything (exit 2)', () => {
    const cases: Array<[string, string[], string]> = [
      ['no change at all', ['4'], 'error: nothing to change (pass at least one of --event, --url, --name, --secret, --generate-secret, --secret-stdin, --secret-env, --active, --inactive)\n'],
      ['--active with --inactive', ['4', '--active', '--inactive'], 'error: --active and --inactive cannot be used together\n'],
      ['--secret with --generate-secret', ['4', '--secret', 'abcd1234', '--generate-secret'], 'error: --secret and --generate-secret cannot be used together\n'],
      ['an event unknown to Alauda', ['4', '--event', 'build:completed'], 'error: unknown event "build:completed" (allowed: build:complete, image:push, job:succeed, job:fail); did you mean "build:complete"?\n'],
      ['a relative URL', ['4', '--url', 'example.com/hook'], 'error: invalid hook URL "example.com/hook" (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)\n'],
      ['an empty name', ['4', '--name', ''], 'error: invalid hook name "" (expected non-empty text)\n'],
      ['an empty secret', ['4', '--secret', ' '], 'error: invalid hook secret (expected non-empty text)\n'],
      ['a hook id that is not a positive integer', ['0', '--name', 'x'], 'error: invalid hook id "0" (expected a positive whole number, e.g. 4)\n'],
    ];

    it.each(cases)('%s', async (_name, args, stderr) => {
      const result = await run(args);
      expect(result).toMatchObject({ code: 2, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  });
});
