// Server data with terminal control sequences is shown escaped everywhere but JSON (which escapes it itself);
// a reader that closes the pipe early ends the run quietly.
import { spawn } from 'node:child_process';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { BIN, regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const hook = (args: string[]) => regnotify(['hook', ...args], { env: fx.env('alauda') });

// Clear screen, retitle the window (OSC … BEL), a C1 CSI and a bidi override.
const HOSTILE = 'ci\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202edone';
const SHOWN = 'ci\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202edone';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const create = ['create', '--subject-type', 'job', '--subject', 'job-1', '--event', 'job:fail', '--url', 'https://ci.example.com/h', '--secret', 'hook-secret-1', '--name', HOSTILE];

describe('control characters from the server', () => {
  it('are escaped in tab-separated output and in the ✓ line, even with --no-color', async () => {
    const result = await hook([...create, '--no-color']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`name\t${SHOWN}\n`);
    expect(result.stderr).toBe(`✓ Created hook 7 (${SHOWN})\n`);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('are escaped in JSON and YAML, which still read back as the server sent them', async () => {
    await hook(create);
    const json = await hook(['get', '7', '--json']);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).name).toBe(HOSTILE);
    const yaml = await hook(['get', '7', '-o', 'yaml']);
    expect(yaml.stdout).not.toMatch(RAW_CONTROL);
    expect(YAML.parse(yaml.stdout).name).toBe(HOSTILE);
  });

  it('are escaped in an error message quoted from the server', async () => {
    fx.emulator.inject({ method: 'GET', path: '/v1/hooks/4', status: 400, contentType: 'application/json', body: JSON.stringify({ name: [HOSTILE] }) });
    const result = await hook(['get', '4']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: `error: name: ${SHOWN} (HTTP 400)\n` });
  });

  it('are escaped in the --verbose trace (a C1 CSI in a response header)', async () => {
    fx.emulator.inject({ method: 'GET', path: '/v1/hooks/4', status: 200, contentType: 'application/json\u009b2J', body: '{}' });
    const result = await hook(['get', '4', '--verbose', '--retries', '0']);
    expect(result.stderr).toMatch(/< 200 application\/json\\x9b2J \(\d+ ms\)\n/);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends `repo list --all | head -1` quietly with exit 0', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 3000);
    const script = `"${process.execPath}" "${BIN}" repo list --namespace bulk --all | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...fx.env('quay') } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', () => resolve({ stdout, stderr }));
    });
    expect(result.stdout).toMatch(/^bulk\/repo-00001\t[^\n]*\n$/);
    expect(result.stderr).toBe('status=0\n');
  });
});

describe('regnotify api', () => {
  it('prints a JSON body with its control characters as JSON escapes, and other text with them written out', async () => {
    fx.emulator.inject({ method: 'GET', path: '/v1/hooks', status: 200, contentType: 'application/json', body: `{"name":"a\\u001b[2J\u009b1m\u202e"}`, times: 1 });
    const json = await regnotify(['api', 'GET', '/hooks', '--platform', 'alauda'], { env: fx.env('alauda') });
    expect(json).toMatchObject({ code: 0, stdout: '{"name":"a\\u001b[2J\\u009b1m\\u202e"}\n' });
    expect(JSON.parse(json.stdout).name).toBe('a\u001b[2J\u009b1m\u202e');
    fx.emulator.inject({ method: 'GET', path: '/v1/hooks', status: 200, contentType: 'text/plain', body: 'ok\u001b]0;title\u0007\n' });
    const text = await regnotify(['api', 'GET', '/hooks', '--platform', 'alauda'], { env: fx.env('alauda') });
    expect(text).toMatchObject({ code: 0, stdout: 'ok\\x1b]0;title\\x07\n' });
  });
});
