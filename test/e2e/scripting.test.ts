// What scripts rely on: one JSON (or YAML) document from every command, --query, and conflicting flags refused.
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const quay = (args: string[], env: Record<string, string | undefined> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });
const PUSH = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
const DISABLED = '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02';
const wire = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`);

describe('one document from every command with -o json / -o yaml', () => {
  it('notification delete: a result object naming what was done', async () => {
    const result = await quay(['notification', 'delete', 'acme/app', PUSH, '--yes', '-o', 'json']);
    expect(result).toMatchObject({ code: 0, stdout: `{\n  "action": "deleted",\n  "repository": "acme/app",\n  "uuid": "${PUSH}"\n}\n` });
  });

  it('notification test: the result object, in yaml too', async () => {
    const result = await quay(['notification', 'test', 'acme/app', PUSH, '-o', 'yaml']);
    expect(result).toMatchObject({ code: 0, stdout: `action: test queued\nrepository: acme/app\nuuid: ${PUSH}\nreset: false\n` });
  });

  it('notification reset: the notification read back (Quay answers 204)', async () => {
    const result = await quay(['notification', 'reset', 'acme/app', DISABLED, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ uuid: DISABLED, number_of_failures: 0 });
    expect(wire()).toEqual([
      `POST /api/v1/repository/acme/app/notification/${DISABLED}`,
      // Read back from the list, as notification get reads it (Quay's GET of the uuid ignores the repository).
      'GET /api/v1/repository/acme/app/notification/',
    ]);
  });

  it('repo update and repo visibility: the repository read back; a table run sends no extra read', async () => {
    const updated = await quay(['repo', 'update', 'acme/app', '--description', 'Payments', '--json']);
    expect(JSON.parse(updated.stdout)).toMatchObject({ namespace: 'acme', name: 'app', description: 'Payments' });
    const visible = await quay(['repo', 'visibility', 'acme/app', 'public', '-o', 'yaml']);
    expect(visible.stdout).toContain('is_public: true\n');
    fx.emulator.requests.length = 0;
    const table = await quay(['repo', 'visibility', 'acme/app', 'private']);
    expect(table).toMatchObject({ code: 0, stdout: '' });
    expect(wire()).toEqual(['POST /api/v1/repository/acme/app/changevisibility']);
  });

  it('repo delete: {"action": "deleted", "repository": ...}', async () => {
    const result = await quay(['repo', 'delete', 'acme/website', '--yes', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '{\n  "action": "deleted",\n  "repository": "acme/website"\n}\n' });
  });

  it('profile use and profile remove: result objects', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'q', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    const used = await regnotify(['profile', 'use', 'q', '--json'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(JSON.parse(used.stdout)).toEqual({ action: 'made default', profile: 'q', platform: 'quay' });
    const removed = await regnotify(['profile', 'remove', 'q', '--yes', '--json'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(JSON.parse(removed.stdout)).toEqual({ action: 'removed', profile: 'q' });
  });
});

describe('--query', () => {
  it('a list of scalars prints one a line on a table', async () => {
    const result = await quay(['notification', 'list', 'acme/app', '--query', '[].uuid']);
    expect(result).toMatchObject({ code: 0, stdout: `${PUSH}\n${DISABLED}\n`, stderr: '' });
  });

  it('json prints the result as JSON; a scalar prints plainly on a table', async () => {
    const json = await quay(['notification', 'list', 'acme/app', '--query', "[?event=='repo_push'].title", '--json']);
    expect(json.stdout).toBe('[\n  "Deploy on push"\n]\n');
    const scalar = await quay(['repo', 'get', 'acme/app', '--query', 'description']);
    expect(scalar.stdout).toBe('The acme application\n');
  });

  it('objects become rows with their keys as columns; secrets stay masked', async () => {
    const result = await quay(['notification', 'list', 'acme/app', '--query', '[].{uuid: uuid, failures: number_of_failures}']);
    expect(result.stdout).toBe(`${PUSH}\t0\n${DISABLED}\t3\n`);
  });

  it('applies to result objects too', async () => {
    const result = await quay(['repo', 'delete', 'acme/website', '--yes', '--query', 'action']);
    expect(result.stdout).toBe('deleted\n');
  });

  it('events reads the catalog document on a table too, as -o json prints it (it queried the rows)', async () => {
    const result = await regnotify(['events', '--platform', 'quay', '--query', 'quay.methods[].name']);
    expect(result).toMatchObject({ code: 0, stdout: 'quay_notification\nemail\nwebhook\nslack\nflowdock\nhipchat\n', stderr: '' });
  });

  it('schema honours --query and -o yaml (it wrote its JSON whatever was asked), its "secret" properties unmasked', async () => {
    const keys = await regnotify(['schema', '--query', 'keys(properties)']);
    expect(keys).toMatchObject({ code: 0, stdout: 'version\nquay\nalauda\ncodearts\n', stderr: '' });
    const yaml = await regnotify(['schema', '-o', 'yaml']);
    expect(yaml.stdout).toMatch(/^\$id: https:\/\/regnotify\.dev\/schema\/v1\.json\ntitle: regnotify declarative file, version 1\n/);
    expect(yaml.stdout).not.toContain('***');
  });

  it('a bad expression is exit 2 before any request', async () => {
    const result = await quay(['notification', 'list', 'acme/app', '--query', '[?event==']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --query: invalid JMESPath expression "\[\?event==" \(/);
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('conflicting output flags are refused (exit 2), not silently picked', () => {
  it.each([
    [['-q', '--json'], 'error: -q and --json cannot be used together (-q prints only identifiers)\n'],
    [['--json', '-o', 'yaml'], 'error: --json and --output yaml cannot be used together (pick one format)\n'],
    [['-q', '-o', 'yaml'], 'error: -q and --output yaml cannot be used together (-q prints only identifiers)\n'],
    [['-q', '--query', '[].uuid'], 'error: -q and --query cannot be used together (use --query alone to pick the values)\n'],
  ])('%j', async (flags, stderr) => {
    const result = await quay(['notification', 'list', 'acme/app', ...flags]);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('rough edges', () => {
  it('a profile of another platform: the hint says "an Alauda profile"', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'q', '--platform', 'quay'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    const result = await regnotify(['hook', 'list', '--profile', 'q'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hint: pick an Alauda profile with --profile');
  });
});
