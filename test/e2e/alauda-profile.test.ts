// `profile add --platform alauda`: signing in with a user name and password stores the API token, never the password.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const { alaudaUsername: USERNAME, alaudaPassword: PASSWORD, alaudaToken: TOKEN } = EMULATOR_CREDENTIALS;

const stored = (dir: string) => JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));

describe('profile add --platform alauda', () => {
  it('exchanges --username and --password-stdin for the API token and stores the token, never the password', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--username', USERNAME, '--password-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: `${PASSWORD}\n`,
    });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '✓ Saved profile cn (alauda, default)\n' });
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/generate-api-token/', search: '' });
    expect(request.headers.authorization).toBeUndefined();
    // Form-encoded, as the public clients send it (zhmocean/alauda-CLI `alaudacli/commands.py`: requests.post(url, payload)).
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.body).toBe(new URLSearchParams({ username: USERNAME, password: PASSWORD }).toString());
    const file = readFileSync(join(dir, 'profiles.json'), 'utf8');
    expect(file).not.toContain(PASSWORD);
    expect(stored(dir)).toEqual({ profiles: { cn: { platform: 'alauda', server: fx.url, token: TOKEN, username: USERNAME } }, defaults: { alauda: 'cn' } });
  });

  it('lets hook commands use the stored token without REGNOTIFY_TOKEN', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--username', USERNAME, '--password-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: PASSWORD,
    });
    const list = await regnotify(['hook', 'list', '-q'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(list).toMatchObject({ code: 0, stdout: '4\n5\n6\n' });
    expect(fx.emulator.requests[1].headers.authorization).toBe(`Token ${TOKEN}`);
  });

  it('never shows the password or the token, not even with --verbose', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--username', USERNAME, '--password-stdin', '--verbose'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: PASSWORD,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`> POST ${fx.url}/v1/generate-api-token/\n`);
    expect(result.stderr).toContain(`> {"username":"${USERNAME}","password":"***"}\n`);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    const show = await regnotify(['profile', 'show', 'cn', '--json', '--show-secrets'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(JSON.parse(show.stdout)).toEqual({ name: 'cn', platform: 'alauda', server: fx.url, username: USERNAME, token: '***', default: true });
  });

  it('exits 4 and stores nothing when Alauda refuses the credentials', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--username', USERNAME, '--password-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: 'wrong-password',
    });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr:
        `error: signing in to Alauda as ${USERNAME} failed: Unable to log in with provided credentials. (HTTP 400)\n` +
        'hint: check the user name and password, or copy the API token from the web console and use --token-stdin\n',
    });
    const list = await regnotify(['profile', 'list', '--json'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(list.stdout).toBe('[]\n');
  });

  it('still stores a token read with --token-stdin, without calling Alauda', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: TOKEN });
    expect(result).toMatchObject({ code: 0, stderr: '✓ Saved profile cn (alauda, default)\n' });
    expect(stored(dir).profiles.cn).toEqual({ platform: 'alauda', server: fx.url, token: TOKEN });
    expect(fx.emulator.requests).toEqual([]);
  });

  describe('refuses before sending anything (exit 2)', () => {
    const cases: Array<[string, string[], string | undefined, string]> = [
      [
        '--token-stdin with --username',
        ['--token-stdin', '--username', USERNAME, '--password-stdin'],
        TOKEN,
        'error: --token-stdin cannot be used with --username or --password-stdin\nhint: give either the API token or a user name and password\n',
      ],
      [
        '--password-stdin without --username',
        ['--password-stdin'],
        PASSWORD,
        'error: --password-stdin needs --username\nhint: e.g. --username alaudauser --password-stdin < password.txt\n',
      ],
      [
        '--username without a password when no terminal can ask',
        ['--username', USERNAME],
        undefined,
        'error: --username needs a password (not running in a terminal)\nhint: pipe it in with --password-stdin, e.g. --password-stdin < password.txt\n',
      ],
      [
        '--username without a password, questions turned off by --no-input: says so',
        ['--username', USERNAME, '--no-input'],
        undefined,
        'error: --username needs a password (--no-input was given)\nhint: pipe it in with --password-stdin, e.g. --password-stdin < password.txt\n',
      ],
      [
        'an empty password on stdin',
        ['--username', USERNAME, '--password-stdin'],
        '\n',
        'error: --password-stdin: nothing was read from standard input\nhint: pipe it in, e.g. --password-stdin < token.txt\n',
      ],
    ];

    it.each(cases)('%s', async (_name, flags, input, stderr) => {
      const dir = tempConfigDir();
      const result = await regnotify(['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, ...flags], { env: { REGNOTIFY_CONFIG_DIR: dir }, input });
      expect(result).toMatchObject({ code: 2, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  });
});
