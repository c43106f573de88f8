import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[]) => regnotify(['hook', 'create', ...args], { env: fx.env('alauda') });

const buildHook = ['--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test', '--event', 'build:complete', '--url', 'http://example.com:8080/v1/builds', '--name', 'test hook'];
const ISO_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('hook create', () => {
  it('posts the documented body with Token auth and prints the created hook with its secret masked', async () => {
    const result = await run([...buildHook, '--secret', '12345678', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✓ Created hook 7 (test hook)\n');
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/hooks', search: '' });
    expect(request.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toBe(
      '{"subject_type":"build_repo","subject":"alaudauser/docker_images_test","events":["build:complete"],"secret":"12345678","url":"http://example.com:8080/v1/builds","name":"test hook"}',
    );
    const hook = JSON.parse(result.stdout);
    expect(hook).toEqual({
      id: 7,
      subject: 'alaudauser/docker_images_test',
      subject_type: 'build_repo',
      events: ['build:complete'],
      name: 'test hook',
      secret: '***',
      url: 'http://example.com:8080/v1/builds',
      is_active: true,
      created_by: 'alaudauser',
      created_at: expect.stringMatching(ISO_MILLISECONDS),
      updated_at: expect.stringMatching(ISO_MILLISECONDS),
    });
  });

  it('sends several events of a job, de-duplicated, and prints only the id with -q', async () => {
    const result = await run(['--subject-type', 'job', '--subject', 'job-42', '--event', 'job:succeed', '--event', 'job:fail', '--event', 'job:succeed', '--url', 'https://alerts.example.com/jobs', '--name', 'alerts', '--secret', 'job-secret', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '7\n', stderr: '✓ Created hook 7 (alerts)\n' });
    expect(fx.emulator.requests[0].json).toEqual({
      subject_type: 'job',
      subject: 'job-42',
      events: ['job:succeed', 'job:fail'],
      secret: 'job-secret',
      url: 'https://alerts.example.com/jobs',
      name: 'alerts',
    });
  });

  it('generates a strong secret, sends it, and prints it once on stderr only', async () => {
    const result = await run([...buildHook, '--generate-secret']);
    expect(result.code).toBe(0);
    const sent = (fx.emulator.requests[0].json as { secret: string }).secret;
    expect(sent).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stderr).toBe(`Generated secret for hook 7: ${sent} (record it now: receivers verify deliveries with it)\n✓ Created hook 7 (test hook)\n`);
    expect(result.stdout).not.toContain(sent);
    expect(result.stdout).toContain('secret\t***\n');
  });

  it('prints the key/value table of the created hook when piped', async () => {
    const result = await run([...buildHook, '--secret', '12345678']);
    expect(result.stdout).toMatch(
      /^id\t7\nname\ttest hook\nsubject type\tbuild_repo\nsubject\talaudauser\/docker_images_test\nevents\tbuild:complete\nurl\thttp:\/\/example.com:8080\/v1\/builds\nactive\tyes\nsecret\t\*\*\*\ncreated by\talaudauser\ncreated at\t\S+\nupdated at\t\S+\n$/,
    );
  });

  it('shows the secret with --show-secrets', async () => {
    const result = await run([...buildHook, '--secret', '12345678', '--json', '--show-secrets']);
    expect(JSON.parse(result.stdout).secret).toBe('12345678');
  });

  it('never shows the given secret or the token in the --verbose trace', async () => {
    const result = await run([...buildHook, '--secret', 'a-very-private-secret', '--verbose']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`> POST ${fx.url}/v1/hooks\n`);
    expect(result.stderr).toContain('"secret":"***"');
    expect(result.stderr).not.toContain('a-very-private-secret');
    expect(result.stderr).not.toContain(EMULATOR_CREDENTIALS.alaudaToken);
  });

  it('never shows a generated secret in the --verbose trace, only in its one notice', async () => {
    const result = await run([...buildHook, '--generate-secret', '--verbose']);
    const sent = (fx.emulator.requests[0].json as { secret: string }).secret;
    expect(result.stderr.split(sent)).toHaveLength(2);
    expect(result.stderr).toContain(`Generated secret for hook 7: ${sent} `);
  });

  it('quotes Alauda\'s field errors when the server refuses the hook, exit 1', async () => {
    fx.emulator.inject({ method: 'POST', path: '/v1/hooks', status: 400, contentType: 'application/json', body: '{"name":["hook with this name already exists."]}' });
    const result = await run([...buildHook, '--secret', '12345678']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: name: hook with this name already exists. (HTTP 400)\n' });
  });

  it('exits 4 with a hint when the token is refused', async () => {
    const result = await regnotify(['hook', 'create', ...buildHook, '--secret', '12345678'], { env: { ...fx.env('alauda'), REGNOTIFY_TOKEN: 'wrong-token' } });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
  });

  describe('refuses before sending anything (exit 2)', () => {
    const cases: Array<[string, string[], string]> = [
      [
        'an unknown subject type',
        ['--subject-type', 'build-repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: unknown subject type "build-repo" (allowed: build_repo, image_repo, job); did you mean "build_repo"?\n',
      ],
      [
        'an event of another subject type',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'image:push', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: unknown build_repo event "image:push" (allowed: build:complete)\nhint: image:push belongs to subject type image_repo\n',
      ],
      [
        'an event unknown to Alauda',
        ['--subject-type', 'job', '--subject', '42', '--event', 'job:failed', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: unknown job event "job:failed" (allowed: job:succeed, job:fail); did you mean "job:fail"?\n',
      ],
      [
        'no event',
        ['--subject-type', 'image_repo', '--subject', 'a/b', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: no events given for subject type image_repo (allowed: image:push)\n',
      ],
      [
        'a relative URL',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', '/hooks', '--name', 'n', '--secret', 's3cret'],
        'error: invalid hook URL "/hooks" (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)\n',
      ],
      [
        'a URL that is not http(s)',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'ftp://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: invalid hook URL "ftp://x.example/h" (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)\n',
      ],
      [
        'an empty name',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', '  ', '--secret', 's3cret'],
        'error: invalid hook name "  " (expected non-empty text)\n',
      ],
      [
        'a repository subject without a namespace',
        ['--subject-type', 'image_repo', '--subject', 'nginx', '--event', 'image:push', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: invalid image_repo subject "nginx" (expected namespace/repo, e.g. alaudauser/docker_images_test)\n',
      ],
      [
        'a repository subject with too many parts',
        ['--subject-type', 'build_repo', '--subject', 'a/b/c', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: invalid build_repo subject "a/b/c" (expected namespace/repo, e.g. alaudauser/docker_images_test)\n',
      ],
      [
        'a job id with a space',
        ['--subject-type', 'job', '--subject', 'job 42', '--event', 'job:fail', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: invalid job subject "job 42" (expected a job id without whitespace)\n',
      ],
      [
        'neither --secret nor --generate-secret',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n'],
        'error: a hook needs a secret to sign its deliveries (none given)\nhint: pass --secret SECRET, or --generate-secret to have one made\n',
      ],
      [
        'both --secret and --generate-secret',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret', '--generate-secret'],
        'error: --secret and --generate-secret cannot be used together\n',
      ],
      [
        'an empty secret',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', ''],
        'error: invalid hook secret (expected non-empty text)\n',
      ],
      [
        'a secret of 7 characters (8 is the least)',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 'abc4567'],
        'error: invalid hook secret (7 characters; at least 8 are needed)\nhint: pass --generate-secret to have a strong one made\n',
      ],
      [
        'a one-character secret',
        ['--subject-type', 'build_repo', '--subject', 'a/b', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 'x'],
        'error: invalid hook secret (1 character; at least 8 are needed)\nhint: pass --generate-secret to have a strong one made\n',
      ],
      [
        'a missing --subject',
        ['--subject-type', 'build_repo', '--event', 'build:complete', '--url', 'http://x.example/h', '--name', 'n', '--secret', 's3cret'],
        'error: missing --subject (regnotify asks only on a terminal)\nhint: pass --subject\n',
      ],
      [
        'every missing flag at once, the secret too (not one round each)',
        ['--subject-type', 'build_repo', '--name', 'n'],
        'error: missing --subject, --event, --url, --secret or --generate-secret (regnotify asks only on a terminal)\nhint: pass --subject and --event and --url and --secret or --generate-secret\n',
      ],
    ];

    it.each(cases)('%s', async (_name, args, stderr) => {
      const result = await run(args);
      expect(result).toMatchObject({ code: 2, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  });
});

describe('hook create: the secret from stdin or the environment (a flag value shows in ps)', () => {
  it('--secret-env VAR sends the variable\'s value and never prints it', async () => {
    const result = await regnotify(['hook', 'create', ...buildHook, '--secret-env', 'HOOK_SECRET', '--json'], { env: { ...fx.env('alauda'), HOOK_SECRET: 'env-secret-123' } });
    expect(result.code).toBe(0);
    expect((fx.emulator.requests[0].json as { secret: string }).secret).toBe('env-secret-123');
    expect(result.stdout + result.stderr).not.toContain('env-secret-123');
  });

  it('--secret-stdin reads it from standard input', async () => {
    const result = await regnotify(['hook', 'create', ...buildHook, '--secret-stdin'], { env: fx.env('alauda'), input: 'stdin-secret-456\n' });
    expect(result.code).toBe(0);
    expect((fx.emulator.requests[0].json as { secret: string }).secret).toBe('stdin-secret-456');
  });

  it('an unset variable, or two sources, is exit 2 with nothing sent', async () => {
    const unset = await run([...buildHook, '--secret-env', 'NOPE_UNSET']);
    expect(unset).toMatchObject({ code: 2, stderr: 'error: --secret-env: the environment variable "NOPE_UNSET" is not set\n' });
    const both = await run([...buildHook, '--secret', 's3cret-long', '--secret-env', 'X']);
    expect(both).toMatchObject({ code: 2, stderr: 'error: --secret and --secret-env cannot be used together\n' });
    expect(fx.emulator.requests).toEqual([]);
  });
});
