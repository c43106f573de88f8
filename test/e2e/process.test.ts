// What only a real process shows. Everything else runs the program in-process (test/helpers/cli.ts `regnotify`);
// here the built CLI is spawned through its launcher, bin/regnotify.js: the Node version check, the message when
// dist/ is missing, the `--version` and root `--help` fast paths, each exit code as the shell sees it, and Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRootHelp } from '../../src/cli/root-help.js';
import { BIN, CODE_CACHE_HOME, regnotifyProcess, tempConfigDir } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) => regnotifyProcess(args, { env: { ...fx.env('quay'), ...env } });

describe('the launcher', () => {
  it('answers --version from package.json', async () => {
    const result = await regnotifyProcess(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([['--help'], ['-h'], ['help']])('answers `%s` with the root help page the program prints', async (flag) => {
    expect(await regnotifyProcess([flag])).toEqual({ code: 0, signal: null, stdout: await renderRootHelp(undefined), stderr: '' });
  });

  it.each([[200], [100]])('on a terminal %i columns wide prints the page laid out for that width', async (columns) => {
    const terminal = Terminal.start(['--help'], { COLUMNS: String(columns) });
    expect(await terminal.exitCode()).toBe(0);
    expect(terminal.screen.replaceAll('\r\n', '\n')).toBe(await renderRootHelp(columns));
  });

  it.each([['--help'], ['--version']])('stops quietly when the reader of %s has gone away (exit 0, nothing on stderr)', (flag) => {
    // `true` exits at once, long before Node writes: the write meets a closed pipe (EPIPE). pipefail: Node's status.
    const line = `"${process.execPath}" "${BIN}" ${flag} | true`;
    const result = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', line], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('refuses a Node.js older than 20 with exit 1', async () => {
    // Node 18 cannot be installed here; a preload makes this Node say it is one.
    const pretend = 'Object.defineProperty(process,"versions",{value:{...process.versions,node:"18.19.0"}});Object.defineProperty(process,"version",{value:"v18.19.0"});';
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${pretend}`, BIN, 'profile', 'list'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result).toMatchObject({ status: 1, stdout: '', stderr: 'error: regnotify needs Node.js 20 or newer (this is v18.19.0)\n' });
  });

  it('with NO_COLOR and FORCE_COLOR both set prints no colour and no warning of Node (24 and later warn)', async () => {
    const both = { FORCE_COLOR: '1', NO_COLOR: '1' };
    const saved = await regnotifyProcess(['profile', 'add', 'a', '--platform', 'quay'], { env: both });
    expect(saved).toMatchObject({ code: 0, stdout: '', stderr: '✓ Saved profile a (quay, default)\n' });
    // A request loads undici, whose modules load Node's colouring ones.
    const fetched = await run(['repo', 'get', 'acme/app', '--json'], both);
    expect(fetched).toMatchObject({ code: 0, stderr: '' });
    expect(fetched.stdout).not.toContain('\u001b[');
    const forced = await regnotifyProcess(['profile', 'add', 'a', '--platform', 'quay'], { env: { FORCE_COLOR: '1' } });
    expect(forced).toMatchObject({ code: 0, stdout: '', stderr: '\u001b[32m✓\u001b[39m Saved profile a (quay, default)\n' });
  });

  it('says how to build when dist/ is missing, exit 1', async () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 'regnotify-unbuilt-'));
    mkdirSync(join(unbuilt, 'bin'));
    copyFileSync(BIN, join(unbuilt, 'bin', 'regnotify.js'));
    copyFileSync(new URL('../../package.json', import.meta.url), join(unbuilt, 'package.json'));
    // --help too: without the stored page the launcher runs the program, which is not there either.
    for (const args of [['profile', 'list'], ['--help']]) {
      const result = spawnSync(process.execPath, [join(unbuilt, 'bin', 'regnotify.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect(result).toMatchObject({
        status: 1,
        stdout: '',
        stderr: 'error: regnotify is not built (dist/regnotify.cjs is missing)\nhint: run npm install, or npm run build\n',
      });
    }
  });
});

describe("the launcher's code cache", () => {
  const cacheHome = () => mkdtempSync(join(tmpdir(), 'regnotify-cache-home-'));
  const cacheFiles = (home: string) => readdirSync(join(home, 'regnotify')).sort();
  const get = (home: string, env: Record<string, string> = {}) => run(['repo', 'get', 'acme/app', '--json'], { XDG_CACHE_HOME: home, ...env });

  it('is written by the first run of a group, one file per group, and read by the next without being rewritten', async () => {
    const home = cacheHome();
    const first = await get(home);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const [file] = cacheFiles(home);
    expect(cacheFiles(home)).toEqual([expect.stringMatching(new RegExp(`^[0-9a-f]{8}-\\d+-\\d+-${process.version}-${process.arch}-repo\\.code-cache$`))]);
    const written = statSync(join(home, 'regnotify', file)).mtimeMs;
    expect(await get(home)).toEqual(first);
    expect(statSync(join(home, 'regnotify', file)).mtimeMs).toBe(written);
    expect((await run(['profile', 'list'], { XDG_CACHE_HOME: home })).code).toBe(0);
    expect(cacheFiles(home)).toEqual([file, file.replace(/-repo\.code-cache$/, '-profile.code-cache')].sort());
  });

  it('that V8 refuses (damaged) changes nothing the user sees, and is written anew', async () => {
    const home = cacheHome();
    const expected = await get(home);
    const [file] = cacheFiles(home);
    writeFileSync(join(home, 'regnotify', file), 'not a code cache');
    expect(await get(home)).toEqual(expected);
    expect(readFileSync(join(home, 'regnotify', file)).length).toBeGreaterThan(100_000);
  });

  it("of an earlier build, and a partial one, is removed when one is written; another Node's and another installation's stay", async () => {
    const home = cacheHome();
    await get(home);
    const [file] = cacheFiles(home);
    const installation = file.slice(0, 8);
    const older = `${installation}-12345-67890-${process.version}-${process.arch}-repo.code-cache`;
    const otherNode = file.replace(process.version, 'v99.0.0');
    const otherInstallation = `0000beef-12345-67890-${process.version}-${process.arch}-repo.code-cache`;
    const leftOver = `${file}.12345`;
    for (const name of [older, otherNode, otherInstallation, leftOver]) writeFileSync(join(home, 'regnotify', name), 'another');
    await run(['profile', 'list'], { XDG_CACHE_HOME: home });
    expect(cacheFiles(home)).toEqual([file, file.replace(/-repo\.code-cache$/, '-profile.code-cache'), otherNode, otherInstallation].sort());
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE=1, and a cache directory that cannot be made is no error', async () => {
    const home = cacheHome();
    expect(await get(home, { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(home)).toEqual([]);
    const blocked = join(home, 'a-file');
    writeFileSync(blocked, '');
    const result = await get(blocked);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ namespace: 'acme', name: 'app' });
  });
});

describe("the launcher's code cache without a home", () => {
  it('is no cache where there is neither $XDG_CACHE_HOME nor a home directory', async () => {
    const noHome = 'process.getBuiltinModule("node:os").homedir = () => { throw new Error("no home directory"); };';
    const env = { HOME: undefined, XDG_CACHE_HOME: undefined, NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(noHome)}` };
    const result = await run(['repo', 'get', 'acme/app', '--json'], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ namespace: 'acme', name: 'app' });
  });
});

describe('exit codes of the built program', () => {
  it('0 on success', async () => {
    const result = await run(['repo', 'get', 'acme/app', '--json']);
    expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ namespace: 'acme', name: 'app' });
  });

  it('1 when the request fails', async () => {
    fx.emulator.inject({ path: '/api/v1/repository/acme/app', status: 502, html: true });
    const result = await run(['repo', 'get', 'acme/app', '--retries', '0']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: unexpected response from server (HTTP 502, text/html)\n' });
  });

  it('2 on a usage error, with nothing sent', async () => {
    const result = await run(['repo', 'get', 'acme/app', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: "error: unknown option '--bogus'\nhint: see --help for usage\n" });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('3 when the thing is not found', async () => {
    const result = await run(['repo', 'get', 'acme/nope']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
  });

  it('4 when the credentials are refused', async () => {
    const result = await run(['repo', 'get', 'acme/app'], { REGNOTIFY_TOKEN: 'revoked-token' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: "error: Requires authentication (HTTP 401)\nhint: check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token) and its scopes (repo:admin for notifications)\n",
    });
  });
});

describe('signals', () => {
  it('exits 130 on Ctrl-C', async () => {
    const child = spawn(process.execPath, [BIN, 'emulator'], { env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: CODE_CACHE_HOME, REGNOTIFY_CONFIG_DIR: tempConfigDir() } });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
  });
});
