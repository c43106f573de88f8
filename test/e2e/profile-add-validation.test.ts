// `profile add` stores only what will work: bad settings and damaged secrets exit 2 with nothing stored,
// and a URL's user:password is refused on the way in and never shown on the way out.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';

const CLOSED = 'http://127.0.0.1:9';
const URL_HINT = 'hint: give the URL without them, and the credentials on standard input (e.g. --token-stdin)\n';

/** Each bad `profile add` (args after `profile add p`, stdin) and the one-line error it must give. */
const REFUSED: Array<[string, string[], string, string]> = [
  ['user and password in --server', ['--platform', 'quay', '--server', 'https://robot:pa55word@quay.example.com', '--token-stdin'], 'tok3n', `error: --server: a server URL may not hold a user name or password ("https://***@quay.example.com")\n${URL_HINT}`],
  ['a user in --server', ['--platform', 'alauda', '--server', 'https://robot@api.alauda.io/', '--token-stdin'], 'tok3n', `error: --server: a server URL may not hold a user name or password ("https://***@api.alauda.io/")\n${URL_HINT}`],
  ['a password alone in --server', ['--platform', 'quay', '--server', 'http://:pa55word@127.0.0.1:9'], '', `error: --server: a server URL may not hold a user name or password ("http://***@127.0.0.1:9")\n${URL_HINT}`],
  ['credentials in --iam-endpoint', ['--platform', 'codearts', '--region', 'cn-north-4', '--username', 'u', '--domain', 'd', '--iam-endpoint', 'https://u:pa55word@iam.example.com', '--password-stdin'], 'pa55word', `error: --iam-endpoint: a server URL may not hold a user name or password ("https://***@iam.example.com")\n${URL_HINT}`],
  ['a codearts profile with neither region nor server', ['--platform', 'codearts', '--token-stdin'], 'tok3n', 'error: a codearts profile needs --region or --server (the API host depends on the region)\nhint: e.g. --region cn-north-4, or --server https://codehub-ext.cn-north-4.myhuaweicloud.com\n'],
  ['a quay namespace with a space and !', ['--platform', 'quay', '--namespace', 'Bad NS!'], '', 'error: invalid namespace "Bad NS!" (2-255 lowercase letters and digits, separated by single ".", "_" or "-")\n'],
  ['a quay namespace in capitals', ['--platform', 'quay', '--namespace', 'Acme'], '', 'error: invalid namespace "Acme" (2-255 lowercase letters and digits, separated by single ".", "_" or "-")\n'],
  ['a namespace on an alauda profile', ['--platform', 'alauda', '--namespace', 'acme'], '', 'error: --namespace does not apply to alauda profiles\n'],
  ['a region on a quay profile', ['--platform', 'quay', '--region', 'cn-north-4'], '', 'error: --region does not apply to quay profiles\n'],
  ['a CA file that does not exist', ['--platform', 'quay', '--ca-file', '/nonexistent/ca.pem'], '', 'error: cannot read CA file "/nonexistent/ca.pem" (ENOENT)\n'],
  ['a CA file without a certificate', ['--platform', 'quay', '--ca-file', 'package.json'], '', 'error: CA file "package.json" holds no PEM certificate\n'],
  ['a NUL byte in --token-stdin', ['--platform', 'quay', '--token-stdin'], 'tok\0en-rest', 'error: --token-stdin: standard input holds a NUL byte at position 4, which no credential contains\n'],
  ['a NUL byte at the end of --token-stdin', ['--platform', 'quay', '--token-stdin'], 'token\0\n', 'error: --token-stdin: standard input holds a NUL byte at position 6, which no credential contains\n'],
  ['a carriage return inside --token-stdin', ['--platform', 'quay', '--token-stdin'], 'tok\ren', 'error: --token-stdin: standard input holds a control character (U+000D) at position 4, which no credential contains\n'],
  ['an escape sequence in --token-stdin', ['--platform', 'quay', '--token-stdin'], '\x1b[2Jtoken', 'error: --token-stdin: standard input holds a control character (U+001B) at position 1, which no credential contains\n'],
  ['a NUL byte in --password-stdin', ['--platform', 'alauda', '--server', CLOSED, '--username', 'alice', '--password-stdin'], 'pass\0word', 'error: --password-stdin: standard input holds a NUL byte at position 5, which no credential contains\n'],
  ['a NUL byte in --secret-key-stdin', ['--platform', 'codearts', '--server', CLOSED, '--access-key', 'AK', '--secret-key-stdin'], 'sk\0', 'error: --secret-key-stdin: standard input holds a NUL byte at position 3, which no credential contains\n'],
  ['--timeout below 0.1 s', ['--platform', 'quay', '--timeout', '0.0001'], '', 'error: --timeout: invalid value "0.0001" (allowed: at least 0.1 seconds, at most 3600)\n'],
  ['--timeout of 0.09 s', ['--platform', 'quay', '--timeout', '0.09'], '', 'error: --timeout: invalid value "0.09" (allowed: at least 0.1 seconds, at most 3600)\n'],
];

describe('profile add refuses, exit 2, storing nothing', () => {
  it.each(REFUSED)('%s', async (_what, args, input, stderr) => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'p', ...args], { env: { REGNOTIFY_CONFIG_DIR: dir }, input });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
    expect(existsSync(join(dir, 'profiles.json'))).toBe(false);
    expect(result.stderr).not.toContain('pa55word');
  });

  it('accepts the shortest --timeout, 0.1 s', async () => {
    expect(await regnotify(['profile', 'list', '--timeout', '0.1'])).toMatchObject({ code: 0 });
  });
});

describe('a server URL with user:password stored by an earlier version', () => {
  it('is shown with *** in its place by profile list and show, in every format', async () => {
    const dir = tempConfigDir();
    writeFileSync(
      join(dir, 'profiles.json'),
      JSON.stringify({
        profiles: {
          old: { platform: 'codearts', server: 'https://robot:pa55word@codearts.example.com/base', iamEndpoint: 'https://iam-user:pa55word@iam.example.com', token: 'tok3n' },
        },
        defaults: { codearts: 'old' },
      }),
      { mode: 0o600 },
    );
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    const outputs = await Promise.all(
      [['list'], ['list', '-o', 'json'], ['list', '-o', 'yaml'], ['show', 'old'], ['show', 'old', '--json', '--show-secrets'], ['show', 'old', '-o', 'yaml']].map((args) =>
        regnotify(['profile', ...args], { env }),
      ),
    );
    for (const output of outputs) {
      expect(output.code).toBe(0);
      expect(output.stdout + output.stderr).not.toMatch(/pa55word|robot|iam-user|tok3n/);
    }
    expect(outputs[0].stdout).toBe('old\tcodearts\thttps://***@codearts.example.com/base\tyes\n');
    expect(JSON.parse(outputs[4].stdout)).toEqual({
      name: 'old',
      platform: 'codearts',
      server: 'https://***@codearts.example.com/base',
      iamEndpoint: 'https://***@iam.example.com',
      token: '***',
      default: true,
    });
  });
});
