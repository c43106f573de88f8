// `profile set` changes a stored profile's settings and keeps its credentials, unless the server moves to
// another origin: then the credentials stay behind (they are never sent to another server), after a confirmation.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();
const CA = resolve('test/fixtures/tls/ca.pem');

/** A config directory holding these profiles (quay `prod` the default), and a reader of the file afterwards. */
function store(profiles: Record<string, Record<string, unknown>>, defaults: Record<string, string> = {}) {
  const dir = tempConfigDir();
  const file = join(dir, 'profiles.json');
  writeFileSync(file, JSON.stringify({ profiles, defaults }), { mode: 0o600 });
  return { env: { REGNOTIFY_CONFIG_DIR: dir }, file: () => JSON.parse(readFileSync(file, 'utf8')), text: () => readFileSync(file, 'utf8') };
}

const QUAY = { platform: 'quay', server: 'https://quay.example.com', token: 'quay-token-1234', namespace: 'acme' };
const CODEARTS = { platform: 'codearts', region: 'cn-north-4', token: 'iam-token-1234', projectId: 'p1' };

describe('profile set', () => {
  it('changes the namespace and keeps the token; the next command sends that token with the new namespace', async () => {
    const config = store({ prod: { platform: 'quay', server: fx.url, token: EMULATOR_CREDENTIALS.quayToken, namespace: 'acme' } }, { quay: 'prod' });
    const set = await regnotify(['profile', 'set', 'prod', '--namespace', 'quayadmin'], { env: config.env });
    expect(set).toMatchObject({ code: 0, stdout: '', stderr: '✓ Updated profile prod (namespace)\n' });
    expect(config.file().profiles.prod).toEqual({ platform: 'quay', server: fx.url, token: EMULATOR_CREDENTIALS.quayToken, namespace: 'quayadmin' });
    const list = await regnotify(['repo', 'list', '-q'], { env: config.env });
    expect(list.code).toBe(0);
    expect(fx.emulator.requests.map(({ method, path, query, headers }) => ({ method, path, query, authorization: headers.authorization }))).toEqual([
      { method: 'GET', path: '/api/v1/repository', query: { namespace: 'quayadmin' }, authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}` },
    ]);
  });

  it('prints a result object with -o json', async () => {
    const config = store({ prod: QUAY });
    const set = await regnotify(['profile', 'set', 'prod', '--namespace', 'other', '--ca-file', CA, '--insecure', '-o', 'json'], { env: config.env });
    expect(set).toMatchObject({ code: 0, stderr: '✓ Updated profile prod (namespace, caFile, insecure)\n' });
    expect(set.stdout).toBe(
      `${JSON.stringify({ action: 'updated', profile: 'prod', platform: 'quay', changed: { namespace: 'other', caFile: CA, insecure: true }, dropped: [] }, null, 2)}\n`,
    );
    expect(config.file().profiles.prod).toEqual({ ...QUAY, namespace: 'other', caFile: CA, insecure: true });
  });

  it('stores a relative --ca-file as an absolute path, and --no-insecure removes insecure', async () => {
    const config = store({ prod: { ...QUAY, insecure: true } });
    const set = await regnotify(['profile', 'set', 'prod', '--ca-file', 'test/fixtures/tls/ca.pem', '--no-insecure', '--json'], { env: config.env });
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout).changed).toEqual({ caFile: CA, insecure: false });
    expect(config.file().profiles.prod).toEqual({ ...QUAY, caFile: CA });
  });

  it('keeps the credentials for a server of the same origin, taking an API path off with a notice', async () => {
    const config = store({ prod: QUAY });
    const set = await regnotify(['profile', 'set', 'prod', '--server', 'https://QUAY.example.com:443/api/v1'], { env: config.env });
    expect(set).toMatchObject({
      code: 0,
      stderr:
        '--server: https://quay.example.com/api/v1 ends in the API path /api/v1, which regnotify adds itself; using https://quay.example.com\n✓ Updated profile prod (server)\n',
    });
    expect(config.file().profiles.prod).toEqual(QUAY);
  });

  it('moving to another origin needs --yes without a terminal, and changes nothing without it', async () => {
    const config = store({ prod: { ...QUAY, caFile: CA, insecure: true } }, { quay: 'prod' });
    const before = config.text();
    const refused = await regnotify(['profile', 'set', 'prod', '--server', 'https://other.example.com'], { env: config.env });
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: moving profile prod to https://other.example.com without its token, caFile, insecure needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n',
    });
    expect(config.text()).toBe(before);
  });

  it('moving to another origin with --yes leaves the credentials and TLS settings behind and says how to add new ones', async () => {
    const config = store({ prod: { ...QUAY, caFile: CA, insecure: true } }, { quay: 'prod' });
    const moved = await regnotify(['profile', 'set', 'prod', '--server', 'https://other.example.com', '--yes', '--json'], { env: config.env });
    expect(moved).toMatchObject({
      code: 0,
      stderr:
        '✓ Updated profile prod (server)\nProfile prod no longer holds its token, caFile, insecure; store credentials for https://other.example.com with: regnotify profile login prod --token-stdin\n',
    });
    expect(JSON.parse(moved.stdout)).toEqual({ action: 'updated', profile: 'prod', platform: 'quay', changed: { server: 'https://other.example.com' }, dropped: ['token', 'caFile', 'insecure'] });
    expect(config.file()).toEqual({ profiles: { prod: { platform: 'quay', server: 'https://other.example.com', namespace: 'acme' } }, defaults: { quay: 'prod' } });
    expect(moved.stdout + moved.stderr).not.toContain('quay-token-1234');
  });

  it('a CA file given with the move is kept', async () => {
    const config = store({ prod: { platform: 'quay', token: 'quay-token-1234' } });
    const moved = await regnotify(['profile', 'set', 'prod', '--server', 'https://other.example.com', '--ca-file', CA, '--yes'], { env: config.env });
    expect(moved.code).toBe(0);
    expect(config.file().profiles.prod).toEqual({ platform: 'quay', server: 'https://other.example.com', caFile: CA });
  });

  it('a CodeArts region that picks another host moves the profile; with a server of its own the region keeps the token', async () => {
    const regional = store({ cn: CODEARTS });
    const moved = await regnotify(['profile', 'set', 'cn', '--region', 'cn-north-1', '--yes'], { env: regional.env });
    expect(moved.stderr).toBe(
      '✓ Updated profile cn (region)\nProfile cn no longer holds its token, projectId; store credentials for https://codehub-ext.cn-north-1.myhuaweicloud.com with: regnotify profile login cn --token-stdin\n',
    );
    expect(regional.file().profiles.cn).toEqual({ platform: 'codearts', region: 'cn-north-1' });

    const own = store({ cn: { ...CODEARTS, server: 'https://codearts.example.com' } });
    const kept = await regnotify(['profile', 'set', 'cn', '--region', 'ap-private-1', '--project-id', 'p2'], { env: own.env });
    expect(kept).toMatchObject({ code: 0, stderr: '✓ Updated profile cn (region, projectId)\n' });
    expect(own.file().profiles.cn).toEqual({ ...CODEARTS, server: 'https://codearts.example.com', region: 'ap-private-1', projectId: 'p2' });
  });
});

describe('profile set at a terminal', () => {
  it('asks before a move: "n" is exit 1 with the file unchanged, "y" moves the profile', { timeout: 30_000 }, async () => {
    const config = store({ prod: QUAY }, { quay: 'prod' });
    const before = config.text();
    const declined = Terminal.start(['profile', 'set', 'prod', '--server', 'https://other.example.com'], config.env);
    await declined.waitFor('Move profile prod to https://other.example.com? Its token (for https://quay.example.com) will be removed from it.');
    declined.answer('n');
    expect(await declined.exitCode()).toBe(1);
    expect(declined.screen).toContain('error: cancelled. Nothing changed.');
    expect(config.text()).toBe(before);

    const accepted = Terminal.start(['profile', 'set', 'prod', '--server', 'https://other.example.com'], config.env);
    await accepted.waitFor('Move profile prod');
    accepted.answer('y');
    expect(await accepted.exitCode()).toBe(0);
    expect(config.file().profiles.prod).toEqual({ platform: 'quay', server: 'https://other.example.com', namespace: 'acme' });
  });
});

/** Each refused `profile set` (args after `profile set`, the profiles stored) and the error it must give. */
const REFUSED: Array<[string, string[], string]> = [
  ['no field', ['prod'], 'error: nothing to change (give one or more of --server, --namespace, --ca-file, --insecure, --no-insecure)\n'],
  ['no field, CodeArts', ['cn'], 'error: nothing to change (give one or more of --server, --region, --project-id, --ca-file, --insecure, --no-insecure)\n'],
  ['an unknown profile', ['nope', '--namespace', 'acme'], 'error: no profile named "nope"\nhint: list profiles with: regnotify profile list\n'],
  ['--region on a quay profile', ['prod', '--region', 'cn-north-4'], 'error: --region does not apply to quay profiles\n'],
  ['--project-id on a quay profile', ['prod', '--project-id', 'p1'], 'error: --project-id does not apply to quay profiles\n'],
  ['--namespace on an alauda profile', ['al', '--namespace', 'acme'], 'error: --namespace does not apply to alauda profiles\n'],
  ['--namespace on a codearts profile', ['cn', '--namespace', 'acme'], 'error: --namespace does not apply to codearts profiles\n'],
  ['a bad namespace', ['prod', '--namespace', 'Acme'], 'error: invalid namespace "Acme" (2-255 lowercase letters and digits, separated by single ".", "_" or "-")\n'],
  ['a bad server URL', ['prod', '--server', 'ftp://quay.io'], 'error: --server: unsupported scheme "ftp" in "ftp://quay.io" (allowed: http, https)\n'],
  [
    'a server URL with a password',
    ['prod', '--server', 'https://robot:pa55word@quay.example.com'],
    'error: --server: a server URL may not hold a user name or password ("https://***@quay.example.com")\nhint: give the URL without them, and the credentials on standard input (e.g. --token-stdin)\n',
  ],
  ['a missing CA file', ['prod', '--ca-file', '/nonexistent/ca.pem'], 'error: cannot read CA file "/nonexistent/ca.pem" (ENOENT)\n'],
  ['a CA file without a certificate', ['prod', '--ca-file', 'package.json'], 'error: CA file "package.json" holds no PEM certificate\n'],
  [
    'an unknown region of a server-less CodeArts profile',
    ['cn', '--region', 'cn-north-5'],
    'error: unknown CodeArts region "cn-north-5" (known: cn-east-2, cn-south-1, cn-east-3, cn-north-4, cn-north-1, cn-south-2, cn-southwest-2, sa-brazil-1, la-north-2, ap-southeast-3, la-south-2, me-east-1, tr-west-1, af-south-1, af-north-1, eu-west-101)\nhint: did you mean "cn-north-4"? Otherwise pass --server with the API URL of your region\n',
  ],
  [
    'a bad project id',
    ['cn', '--project-id', 'a b'],
    'error: --project-id: invalid project id "a b" (allowed: 1 to 64 letters, digits, "_" and "-", e.g. 0b8e4c1a2f3d4e5f60718293a4b5c6d7)\n',
  ],
  ['--insecure with --no-insecure', ['prod', '--insecure', '--no-insecure'], 'error: --insecure and --no-insecure cannot be given together\n'],
];

describe('profile set refuses, exit 2, the file unchanged', () => {
  it.each(REFUSED)('%s', async (_what, args, stderr) => {
    const config = store({ prod: QUAY, al: { platform: 'alauda', token: 'alauda-token-1234' }, cn: CODEARTS }, { quay: 'prod' });
    const before = config.text();
    const result = await regnotify(['profile', 'set', ...args], { env: config.env });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
    expect(config.text()).toBe(before);
  });
});
