import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES } from '../../src/cli/help-topics.js';
import { EXIT_CODES_HELP } from '../../src/cli/program.js';
import { regnotify } from '../helpers/cli.js';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Variables the code reads: `env.NAME`, `env['NAME']`, and REGNOTIFY_/HUAWEICLOUD_/proxy names given as text. */
function variablesReadBySource(): Set<string> {
  const found = new Set<string>();
  const patterns = [/\benv\.([A-Z][A-Z0-9_]+)/g, /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g, /['"]((?:REGNOTIFY|HUAWEICLOUD)_[A-Z0-9_]+|(?:HTTPS?|NO)_PROXY)['"]/g];
  for (const file of sourceFiles(SOURCE)) {
    // The emulator is a test server, not the CLI: what it reads is not part of regnotify's contract.
    if (file.includes(`${join('src', 'emulator')}`)) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return found;
}

describe('regnotify help', () => {
  it('lists the exit codes, the same ones --help shows', async () => {
    const result = await regnotify(['help', 'exit-codes']);
    expect(result).toEqual({
      code: 0,
      signal: null,
      stderr: '',
      stdout: `Exit codes:
  0    success (an empty list too)
  1    failed: API error, network failure after retries, a declined confirmation
  2    usage or validation error; nothing was sent
  3    not found (HTTP 404), also deleting what is absent without --if-exists
  4    authentication or permission (no credentials, 401, 403)
  129  hung up (SIGHUP); a held profile lock is released
  130  interrupted (Ctrl-C)
  143  terminated (SIGTERM); a held profile lock is released
`,
    });
    expect(result.stdout).toBe(`${EXIT_CODES_HELP}\n`);
    expect((await regnotify(['--help'])).stdout).toContain(EXIT_CODES_HELP);
  });

  it('lists every environment variable with what it does, one a line', async () => {
    const result = await regnotify(['help', 'environment']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Environment variables (a flag beats its variable; a variable beats the profile):');
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/)[0])).toEqual(ENVIRONMENT_VARIABLES.map((variable) => variable.name));
    expect(lines).toContain("  REGNOTIFY_TOKEN                 API token: Quay OAuth token, Alauda API token or CodeArts X-Auth-Token (beats the profile's)");
    expect(lines).toContain('  NO_PROXY                        hosts reached without the proxy, comma-separated (no_proxy too)');
    for (const name of ['REGNOTIFY_PROFILE', 'REGNOTIFY_SERVER', 'REGNOTIFY_ACCESS_KEY', 'REGNOTIFY_SECRET_KEY', 'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'REGNOTIFY_OUTPUT', 'NO_COLOR', 'FORCE_COLOR', 'CI', 'REGNOTIFY_NO_INPUT', 'REGNOTIFY_DEBUG', 'REGNOTIFY_CA_FILE', 'HTTPS_PROXY', 'HTTP_PROXY', 'REGNOTIFY_CONFIG_DIR', 'XDG_CONFIG_HOME']) {
      expect(lines.some((line) => line.startsWith(`  ${name} `))).toBe(true);
    }
  });

  it('documents every environment variable the source code reads', () => {
    const documented = new Set(ENVIRONMENT_VARIABLES.map((variable) => variable.name));
    const missing = [...variablesReadBySource()].filter((name) => !documented.has(name));
    expect(missing, 'add them to ENVIRONMENT_VARIABLES in src/cli/help-topics.ts').toEqual([]);
  });

  it('shows the help of a group, a verb or an alias, exactly as --help does', async () => {
    expect((await regnotify(['help', 'profile'])).stdout).toBe((await regnotify(['profile', '--help'])).stdout);
    const verb = await regnotify(['help', 'profile', 'add']);
    expect(verb).toMatchObject({ code: 0, stderr: '' });
    expect(verb.stdout).toBe((await regnotify(['profile', 'add', '--help'])).stdout);
    expect((await regnotify(['help', 'profile', 'ls'])).stdout).toBe((await regnotify(['profile', 'list', '--help'])).stdout);
    expect((await regnotify(['help', 'completion'])).stdout).toContain('Usage: regnotify completion [options] <shell>');
    expect((await regnotify(['help', 'help'])).stdout).toContain('Usage: regnotify help [options] [topic-or-command...]');
  });

  it('shows the program help without a topic, with the topics listed', async () => {
    const result = await regnotify(['help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe((await regnotify(['--help'])).stdout);
    expect(result.stdout).toContain(
      'Help topics:\n  regnotify help exit-codes      the exit codes regnotify returns\n  regnotify help environment     every environment variable regnotify reads\n  regnotify help global-options  the options every command accepts\n',
    );
  });

  it('refuses an unknown topic with exit 2 and suggests the closest one', async () => {
    const result = await regnotify(['help', 'enviroment']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: unknown help topic or command "enviroment" \(allowed: exit-codes, environment, .*\); did you mean "environment"\?\nhint: run regnotify --help to see the commands\n$/);
  });

  it('refuses an unknown verb of a group with exit 2, naming its verbs', async () => {
    const result = await regnotify(['help', 'profile', 'delete']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')[0]).toMatch(/^error: unknown profile command "delete" \(allowed: add, list, show, use, remove/);
  });
});
