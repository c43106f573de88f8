// The setup wizard, driven in a real pseudo-terminal: arrow keys, typing, Enter, Ctrl-C.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { type Exchange, KEYS, keys, Terminal } from '../helpers/pty.js';

const fx = useEmulator();

const { down, up, enter } = KEYS;

/** Starts `regnotify init` on a terminal that keeps profiles in `dir`, lets `drive` answer, and returns the exit code. */
async function runInit(dir: string, drive: (terminal: Terminal) => Promise<void>, flags: string[] = []): Promise<{ terminal: Terminal; code: number | null }> {
  const terminal = Terminal.start(['init', ...flags], { REGNOTIFY_CONFIG_DIR: dir });
  try {
    await drive(terminal);
    return { terminal, code: await terminal.exitCode() };
  } finally {
    terminal.kill();
  }
}

// The wizard's questions, in the order it asks them, as steps the tests put together.
const PLATFORM = 'Which platform do you want to set up?';
const ALAUDA: Exchange = [PLATFORM, keys(down, enter)];
const CODEARTS: Exchange = [PLATFORM, keys(down, down, enter)];
/** "Another Alauda deployment" is the third choice; it asks for the URL. */
const alaudaServer = (url: string): Exchange[] => [
  ['Which Alauda server?', keys(down, down, enter)],
  ['Server URL', url],
];
const alaudaToken = (token: string): Exchange[] => [
  ['How do you want to sign in?', keys(enter)],
  ['Alauda API token', token],
];
const alaudaPassword = (password: string): Exchange[] => [
  ['How do you want to sign in?', keys(down, enter)],
  ['User name', EMULATOR_CREDENTIALS.alaudaUsername],
  ['Password', password],
];
/** "Another endpoint" is the last choice (up from the first wraps to it); it asks for the URL and the IAM region. */
const codeartsServer = (iamRegion: string): Exchange[] => [
  CODEARTS,
  ['Which CodeArts region?', keys(up, enter)],
  ['CodeArts API URL', fx.url],
  ['Region id for IAM sign-in', iamRegion],
];
/** Accepts the suggested profile name and whether to make it the default. */
const saveSuggested = (platform: string): Exchange[] => [
  ['Name for this profile', ''],
  [`default ${platform} profile?`, ''],
];

describe('regnotify init', () => {
  // With --json it ends with the result object profile add prints.
  it.each([[[]], [['--json']]])('sets up an Alauda profile: server, pasted token, a real check, name, default (%j)', async (flags: string[]) => {
    const dir = tempConfigDir();
    const { terminal, code } = await runInit(
      dir,
      (terminal) =>
        terminal.converse([
          ALAUDA,
          ...alaudaServer(fx.url),
          ...alaudaToken(EMULATOR_CREDENTIALS.alaudaToken),
          ['Name for this profile', 'lab'],
          ['Make lab the default alauda profile?', 'y'],
        ]),
      flags,
    );
    expect(code).toBe(0);
    expect(terminal.screen).toContain('✓ Credentials work: the token can read');
    expect(terminal.screen).toContain('✓ Saved profile lab (alauda, default)');
    const result = '{\r\n  "action": "saved",\r\n  "profile": "lab",\r\n  "platform": "alauda",\r\n  "default": true\r\n}';
    if (flags.length) expect(terminal.screen).toContain(result);
    else expect(terminal.screen).not.toContain('"action"');
    expect(terminal.screen).not.toContain(EMULATOR_CREDENTIALS.alaudaToken);
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(stored).toEqual({ profiles: { lab: { platform: 'alauda', server: fx.url, token: EMULATOR_CREDENTIALS.alaudaToken } }, defaults: { alauda: 'lab' } });
    expect(fx.emulator.requests.map((request) => [request.method, request.path, request.headers.authorization])).toEqual([
      ['GET', '/v1/hooks', `Token ${EMULATOR_CREDENTIALS.alaudaToken}`],
    ]);
  });

  it('sets up a CodeArts profile with AK/SK against a custom endpoint; the signed check passes the verifier', async () => {
    const dir = tempConfigDir();
    const { terminal, code } = await runInit(dir, (terminal) =>
      terminal.converse([
        ...codeartsServer(''),
        ['How do you want to authenticate?', keys(down, enter)],
        ['Access key id (AK)', EMULATOR_CREDENTIALS.codeartsAccessKey],
        ['Secret access key (SK)', EMULATOR_CREDENTIALS.codeartsSecretKey],
        ['IAM project id (optional', ''],
        ...saveSuggested('codearts'),
      ]),
    );
    expect(code).toBe(0);
    expect(terminal.screen).toContain('✓ Credentials work');
    expect(terminal.screen).not.toContain(EMULATOR_CREDENTIALS.codeartsSecretKey);
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(stored.profiles.codearts).toEqual({
      platform: 'codearts',
      server: fx.url,
      accessKey: EMULATOR_CREDENTIALS.codeartsAccessKey,
      secretKey: EMULATOR_CREDENTIALS.codeartsSecretKey,
    });
    const [check] = fx.emulator.requests;
    expect(check.path).toBe('/v4/user/repositories');
    expect(check.headers.authorization).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${EMULATOR_CREDENTIALS.codeartsAccessKey}, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$`));
  });

  it('exchanges an Alauda user name and password for a token and never stores the password', async () => {
    const dir = tempConfigDir();
    const { code } = await runInit(dir, (terminal) =>
      terminal.converse([ALAUDA, ...alaudaServer(fx.url), ...alaudaPassword(EMULATOR_CREDENTIALS.alaudaPassword), ...saveSuggested('alauda')]),
    );
    expect(code).toBe(0);
    const file = readFileSync(join(dir, 'profiles.json'), 'utf8');
    expect(file).not.toContain(EMULATOR_CREDENTIALS.alaudaPassword);
    expect(JSON.parse(file).profiles.alauda.token).toBe(EMULATOR_CREDENTIALS.alaudaToken);
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/generate-api-token/', 'GET /v1/hooks']);
  });

  it('says what failed and lets the person enter the credentials again', async () => {
    const dir = tempConfigDir();
    const { terminal, code } = await runInit(dir, async (terminal) => {
      await terminal.converse([ALAUDA, ...alaudaServer(fx.url), ...alaudaToken('wrong-token-0000')]);
      await terminal.waitFor('What now?');
      expect(terminal.screen).toMatch(/warning: the check failed: .*\(HTTP 401\)/);
      terminal.type(enter);
      await terminal.converse([...alaudaToken(EMULATOR_CREDENTIALS.alaudaToken), ...saveSuggested('alauda')]);
    });
    expect(code).toBe(0);
    expect(terminal.screen).not.toContain('wrong-token-0000');
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(stored.profiles.alauda.token).toBe(EMULATOR_CREDENTIALS.alaudaToken);
  });

  it('offers to try again after a wrong Alauda password, as after a wrong token (it used to exit 4)', async () => {
    const dir = tempConfigDir();
    const { terminal, code } = await runInit(dir, async (terminal) => {
      await terminal.converse([ALAUDA, ...alaudaServer(fx.url), ...alaudaPassword('not-the-password')]);
      await terminal.waitFor('What now?');
      expect(terminal.screen).toContain(`warning: signing in failed: signing in to Alauda as ${EMULATOR_CREDENTIALS.alaudaUsername} failed`);
      // Nothing was signed in, so there is nothing to save anyway.
      expect(terminal.screen).not.toContain('Save the profile anyway');
      terminal.type(enter);
      await terminal.converse([...alaudaPassword(EMULATOR_CREDENTIALS.alaudaPassword), ...saveSuggested('alauda')]);
    });
    expect(code).toBe(0);
    expect(terminal.screen).not.toContain('not-the-password');
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.alauda.token).toBe(EMULATOR_CREDENTIALS.alaudaToken);
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/generate-api-token/',
      'POST /v1/generate-api-token/',
      'GET /v1/hooks',
    ]);
  });

  it('lets the person change a wrong server after the check fails (entering the credentials again kept it)', async () => {
    const dir = tempConfigDir();
    const { code } = await runInit(dir, async (terminal) => {
      await terminal.converse([ALAUDA, ...alaudaServer(`${fx.url}/not-alauda`), ...alaudaToken(EMULATOR_CREDENTIALS.alaudaToken)]);
      await terminal.waitFor('What now?');
      expect(terminal.screen).toContain('warning: the check failed');
      expect(terminal.screen).toContain(`Change the server (${fx.url}/not-alauda)`);
      terminal.type(down + enter);
      await terminal.converse([...alaudaServer(fx.url), ...alaudaToken(EMULATOR_CREDENTIALS.alaudaToken), ...saveSuggested('alauda')]);
    });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.alauda).toEqual({
      platform: 'alauda',
      server: fx.url,
      token: EMULATOR_CREDENTIALS.alaudaToken,
    });
  });

  it('asks for the IAM endpoint when CodeArts IAM sign-in goes to another endpoint, and signs in there', async () => {
    const dir = tempConfigDir();
    const { terminal, code } = await runInit(dir, (terminal) =>
      terminal.converse([
        ...codeartsServer('cn-north-4'),
        ['How do you want to authenticate?', keys(down, down, enter)],
        ['IAM user name', EMULATOR_CREDENTIALS.codeartsUsername],
        ['Account (domain) name', EMULATOR_CREDENTIALS.codeartsDomain],
        ['IAM endpoint', fx.url],
        ['Password', EMULATOR_CREDENTIALS.codeartsPassword],
        ['Keep the password', ''],
        ...saveSuggested('codearts'),
      ]),
    );
    expect(code).toBe(0);
    expect(terminal.screen).toContain('✓ Credentials work');
    expect(terminal.screen).not.toContain(EMULATOR_CREDENTIALS.codeartsPassword);
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v3/auth/tokens', 'GET /v4/user/repositories']);
    expect(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.codearts).toEqual({
      platform: 'codearts',
      server: fx.url,
      region: 'cn-north-4',
      username: EMULATOR_CREDENTIALS.codeartsUsername,
      domain: EMULATOR_CREDENTIALS.codeartsDomain,
      iamEndpoint: fx.url,
    });
  });

  it('leaves the profile file byte-identical when interrupted with Ctrl-C', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'keep', '--platform', 'quay', '--token-stdin'], { env: { REGNOTIFY_CONFIG_DIR: dir }, input: 'kept-token' });
    const before = readFileSync(join(dir, 'profiles.json'));
    const { code } = await runInit(dir, async (terminal) => {
      await terminal.converse([
        [PLATFORM, keys(enter)],
        ['Which Red Hat Quay server?', keys(enter)],
      ]);
      await terminal.waitFor('Quay OAuth access token');
      terminal.type('half-typed');
      terminal.type(KEYS.ctrlC);
    });
    expect(code).toBe(130);
    expect(readFileSync(join(dir, 'profiles.json')).equals(before)).toBe(true);
  });

  it('refuses to run without a terminal and says what to use instead, exit 2 at once', async () => {
    // In-process, the first run also loads (and the test runner compiles) the command's modules: time a second run.
    await regnotify(['init']);
    const started = Date.now();
    const result = await regnotify(['init']);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: regnotify init asks questions and needs a terminal (stdin and stdout), without --no-input or CI\n' +
        'hint: in scripts use: regnotify profile add NAME --platform quay|alauda|codearts --server URL --token-stdin\n',
    });
  });

  it('does not prompt in a terminal when CI is set', async () => {
    const terminal = Terminal.start(['init'], { CI: 'true' });
    expect(await terminal.exitCode()).toBe(2);
    expect(terminal.screen).toContain('error: regnotify init asks questions and needs a terminal');
  });
});

