import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, regnotifyProcess, tempConfigDir } from '../helpers/cli.js';

function inDir(dir: string) {
  return { REGNOTIFY_CONFIG_DIR: dir };
}

describe('profile', () => {
  it('stores a profile with its token read from stdin, in a 0600 file under a 0700 directory', async () => {
    const dir = tempConfigDir();
    const result = await regnotify(['profile', 'add', 'prod', '--platform', 'quay', '--server', 'https://quay.example.com/', '--token-stdin'], {
      env: inDir(dir),
      input: 's3cr3t-token-value\n',
    });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('✓ Saved profile prod (quay, default)\n');
    const file = join(dir, 'profiles.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored.profiles.prod).toEqual({ platform: 'quay', server: 'https://quay.example.com', token: 's3cr3t-token-value' });
    expect(stored.defaults).toEqual({ quay: 'prod' });
  });

  it('lists profiles as a JSON array of {name, platform, server, default} without any secret', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'a', '--platform', 'quay', '--token-stdin'], { env: inDir(dir), input: 'token-aaaa' });
    await regnotify(['profile', 'add', 'b', '--platform', 'alauda', '--server', 'https://api.alauda.io', '--token-stdin'], { env: inDir(dir), input: 'token-bbbb' });
    const result = await regnotify(['profile', 'list', '-o', 'json'], { env: inDir(dir) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { name: 'a', platform: 'quay', server: null, default: true },
      { name: 'b', platform: 'alauda', server: 'https://api.alauda.io', default: true },
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/token-aaaa|token-bbbb/);
  });

  it('prints tab-separated rows without header or colour when piped', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'a', '--platform', 'quay'], { env: inDir(dir) });
    const result = await regnotify(['profile', 'list'], { env: { ...inDir(dir), FORCE_COLOR: undefined } });
    expect(result.stdout).toBe('a\tquay\t\tyes\n');
  });

  it('shows one profile with the token masked in every format', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'p', '--platform', 'codearts', '--region', 'cn-north-4', '--token-stdin'], { env: inDir(dir), input: 'iam-token-xyz' });
    const table = await regnotify(['profile', 'show', 'p'], { env: inDir(dir) });
    expect(table.stdout).toBe('name\tp\nplatform\tcodearts\nregion\tcn-north-4\ntoken\t***\ndefault\ttrue\n');
    const json = await regnotify(['profile', 'show', 'p', '--json', '--show-secrets'], { env: inDir(dir) });
    expect(JSON.parse(json.stdout)).toEqual({ name: 'p', platform: 'codearts', region: 'cn-north-4', token: '***', default: true });
    const yaml = await regnotify(['profile', 'show', 'p', '-o', 'yaml'], { env: inDir(dir) });
    expect(yaml.stdout).toBe('name: p\nplatform: codearts\nregion: cn-north-4\ntoken: "***"\ndefault: true\n');
  });

  it('makes another profile the default of its platform with `use`', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'one', '--platform', 'quay'], { env: inDir(dir) });
    await regnotify(['profile', 'add', 'two', '--platform', 'quay'], { env: inDir(dir) });
    const use = await regnotify(['profile', 'use', 'two'], { env: inDir(dir) });
    expect(use).toMatchObject({ code: 0, stderr: '✓ two is now the default quay profile\n' });
    const list = await regnotify(['profile', 'list', '--json'], { env: inDir(dir) });
    expect(JSON.parse(list.stdout).map((row: { name: string; default: boolean }) => [row.name, row.default])).toEqual([
      ['one', false],
      ['two', true],
    ]);
  });

  it('refuses to remove without --yes when no terminal can confirm, and removes with it', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'old', '--platform', 'alauda'], { env: inDir(dir) });
    const refused = await regnotify(['profile', 'remove', 'old'], { env: inDir(dir) });
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: removing profile old needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n',
    });
    const removed = await regnotify(['profile', 'remove', 'old', '--yes'], { env: inDir(dir) });
    expect(removed).toMatchObject({ code: 0, stderr: '✓ Removed profile old\n' });
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(stored).toEqual({ profiles: {}, defaults: {} });
  });

  it('refuses to overwrite a profile without --force', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'x', '--platform', 'quay'], { env: inDir(dir) });
    const again = await regnotify(['profile', 'add', 'x', '--platform', 'alauda'], { env: inDir(dir) });
    expect(again).toMatchObject({ code: 2, stderr: 'error: a profile named "x" already exists\nhint: pass --force to replace it, or pick another name\n' });
  });

  it('rejects a bad profile name and a bad server URL with exit 2', async () => {
    const badName = await regnotify(['profile', 'add', '-x', '--platform', 'quay']);
    expect(badName.code).toBe(2);
    const badServer = await regnotify(['profile', 'add', 'x', '--platform', 'quay', '--server', 'ftp://quay.io']);
    expect(badServer).toMatchObject({ code: 2, stderr: 'error: --server: unsupported scheme "ftp" in "ftp://quay.io" (allowed: http, https)\n' });
  });

  // Twenty Node start-ups at once take a while on a busy two-core machine: the time limits are generous.
  it('loses nothing when 20 processes add profiles at once', { timeout: 90_000 }, async () => {
    const dir = tempConfigDir();
    const names = Array.from({ length: 20 }, (_, index) => `p${String(index).padStart(2, '0')}`);
    const results = await Promise.all(
      names.map((name) => regnotifyProcess(['profile', 'add', name, '--platform', 'quay', '--token-stdin'], { env: inDir(dir), input: `token-${name}`, timeoutMs: 60_000 })),
    );
    expect(results.map((result) => result.code)).toEqual(names.map(() => 0));
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(Object.keys(stored.profiles).sort()).toEqual(names);
    expect(statSync(join(dir, 'profiles.json')).mode & 0o777).toBe(0o600);
  });
});
