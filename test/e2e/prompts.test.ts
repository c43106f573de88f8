// Asking for what is missing: on a real terminal the create/set commands ask, then print the equivalent command;
// without one (closed stdin, CI, --no-input) they never wait and exit 2 naming the flag.
import { describe, expect, it } from 'vitest';
import { QUAY_EVENTS, QUAY_METHODS } from '../../src/platforms/quay/catalog/index.js';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { KEYS, keys, Terminal } from '../helpers/pty.js';

const fx = useEmulator();
const down = (times: number) => KEYS.down.repeat(times);

describe('notification create on a terminal', () => {
  it('asks for the event, the method and the URL (checked as typed), then shows the command line', async () => {
    const terminal = Terminal.start(['notification', 'create', 'quayadmin/nginx'], fx.env('quay'));
    await terminal.waitFor('Which event should trigger it?');
    terminal.type(down(QUAY_EVENTS.findIndex((event) => event.name === 'repo_push')) + KEYS.enter);
    await terminal.waitFor('How should it be delivered?');
    terminal.type(down(QUAY_METHODS.findIndex((method) => method.name === 'webhook')) + KEYS.enter);
    await terminal.waitFor('url:');
    terminal.answer('http://localhost/hook');
    await terminal.waitFor('localhost');
    terminal.type('\u007f'.repeat('http://localhost/hook'.length));
    terminal.answer('https://ci.example.com/hook');
    await terminal.converse([
      ['template', ''],
      ['Title', 'Deploy'],
    ]);
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toContain('To do this without questions:');
    expect(terminal.screen).toContain(
      'regnotify notification create quayadmin/nginx --event repo_push --method webhook --url https://ci.example.com/hook --title Deploy',
    );
    const created = fx.emulator.requests.find((request) => request.method === 'POST');
    expect(created).toMatchObject({
      path: '/api/v1/repository/quayadmin/nginx/notification/',
      json: { event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/hook' }, eventConfig: {}, title: 'Deploy' },
    });
  });

  it('asks only for the config the method needs when event and method are given', async () => {
    const terminal = Terminal.start(['notification', 'create', 'quayadmin/nginx', '--event', 'repo_image_expiry', '--method', 'email'], fx.env('quay'));
    await terminal.converse([
      ['email:', 'ops@example.com'],
      ['days:', '0'],
      // Erase the 0 and answer 7.
      ['invalid days', keys('\u007f', '7', KEYS.enter)],
      ['Title', ''],
    ]);
    await terminal.finish();
    expect(terminal.screen).toContain(
      'regnotify notification create quayadmin/nginx --event repo_image_expiry --method email --email ops@example.com --days 7',
    );
    const sent = fx.emulator.requests.filter((request) => request.method === 'POST');
    expect(sent.map((request) => request.json)).toEqual([{ event: 'repo_image_expiry', method: 'email', config: { email: 'ops@example.com' }, eventConfig: { days: 7 } }]);
  });
});

describe('the command line printed after questions keeps what the run was asked to do', () => {
  it('notification create keeps --if-not-exists and --dry-run, and the dry run sends no POST', async () => {
    const terminal = Terminal.start(
      ['notification', 'create', 'quayadmin/nginx', '--event', 'repo_push', '--method', 'webhook', '--if-not-exists', '--dry-run'],
      fx.env('quay'),
    );
    await terminal.converse([
      ['url:', 'https://ci.example.com/hook'],
      ['template', ''],
      ['Title', 'Deploy'],
    ]);
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toContain(
      'regnotify notification create quayadmin/nginx --event repo_push --method webhook --url https://ci.example.com/hook --title Deploy --if-not-exists --dry-run',
    );
    expect(fx.emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('hook create keeps --if-not-exists, --dry-run and where the secret comes from (--secret-env VAR), never the secret', async () => {
    const terminal = Terminal.start(
      ['hook', 'create', '--subject-type', 'job', '--subject', 'job-42', '--event', 'job:fail', '--url', 'https://alerts.example.com/jobs', '--secret-env', 'HOOK_SECRET', '--if-not-exists', '--dry-run'],
      { ...fx.env('alauda'), HOOK_SECRET: 'kept-out-of-the-line-0123456789' },
    );
    await terminal.waitFor('Name of the hook');
    terminal.answer('alerts');
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toContain(
      'regnotify hook create --subject-type job --subject job-42 --event job:fail --url https://alerts.example.com/jobs --name alerts --secret-env HOOK_SECRET --if-not-exists --dry-run',
    );
    expect(terminal.screen).not.toContain('kept-out-of-the-line');
    expect(fx.emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('subscription set keeps --dry-run, and the dry run sends no PUT', async () => {
    const terminal = Terminal.start(['subscription', 'set', '123', '--enable', '--dry-run'], fx.env('codearts'));
    await terminal.waitFor('Which channel?');
    terminal.type(KEYS.enter);
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toMatch(/regnotify subscription set 123 --type \S+ --enable --dry-run/);
    expect(fx.emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });
});

describe('hook create on a terminal', () => {
  it('asks for subject type, subject, events, URL, name and secret', async () => {
    const terminal = Terminal.start(['hook', 'create'], fx.env('alauda'));
    await terminal.waitFor('What should the hook watch?');
    terminal.type(down(2) + KEYS.enter);
    await terminal.waitFor('Subject (job id)');
    terminal.answer('job-42');
    await terminal.waitFor('Which events?');
    terminal.type(' ' + KEYS.down + ' ' + KEYS.enter);
    await terminal.waitFor('URL Alauda should POST deliveries to');
    terminal.answer('https://alerts.example.com/jobs');
    await terminal.waitFor('Name of the hook');
    terminal.answer('alerts');
    await terminal.waitFor('Secret that signs deliveries');
    terminal.type(KEYS.enter);
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toContain(
      'regnotify hook create --subject-type job --subject job-42 --event job:succeed --event job:fail --url https://alerts.example.com/jobs --name alerts --generate-secret',
    );
    expect(terminal.screen).toMatch(/Generated secret for hook \d+: [0-9a-f]{64}/);
    const created = fx.emulator.requests.find((request) => request.method === 'POST');
    expect(created?.json).toMatchObject({ subject_type: 'job', subject: 'job-42', events: ['job:succeed', 'job:fail'], url: 'https://alerts.example.com/jobs', name: 'alerts' });
  });
});

describe('subscription set on a terminal', () => {
  it('asks for the channel and the change', async () => {
    const terminal = Terminal.start(['subscription', 'set', '123'], fx.env('codearts'));
    await terminal.waitFor('Which channel?');
    terminal.type(down(3) + KEYS.enter);
    await terminal.waitFor('What do you want to change?');
    terminal.type(down(2) + KEYS.enter);
    await terminal.waitFor('Webhook URL');
    terminal.answer('https://open.feishu.cn/open-apis/bot/v2/hook/abc');
    expect(await terminal.finish()).toBe(0);
    expect(terminal.screen).toContain('regnotify subscription set 123 --type feishu --webhook-url https://open.feishu.cn/open-apis/bot/v2/hook/abc');
    const put = fx.emulator.requests.find((request) => request.method === 'PUT');
    expect(put?.search).toBe('?type=feishu');
    expect((put?.json as { webhook_config: { url: string } }).webhook_config.url).toBe(Buffer.from('https://open.feishu.cn/open-apis/bot/v2/hook/abc').toString('base64'));
  });
});

describe('never waiting for input without a terminal', () => {
  const cases: Array<[string, string[], Record<string, string>, string]> = [
    ['notification create', ['notification', 'create', 'quayadmin/nginx'], fx.env('quay'), 'error: missing --event, --method (regnotify asks only on a terminal)\n'],
    ['hook create', ['hook', 'create'], fx.env('alauda'), 'error: missing --subject-type, --subject, --event, --url, --name, --secret or --generate-secret (regnotify asks only on a terminal)\n'],
    // The missing change is named with --type (it took a second run to learn it).
    ['subscription set', ['subscription', 'set', '123'], fx.env('codearts'), 'error: missing --type, a change (regnotify asks only on a terminal)\n'],
  ];

  it.each(cases)('%s with stdin closed exits 2 within a second and sends nothing', async (_name, args, env, firstLine) => {
    // In-process, a command's first run also loads (and the test runner compiles) its modules: time a second run.
    await regnotify(args, { env });
    const started = Date.now();
    const result = await regnotify(args, { env });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0] + '\n').toBe(firstLine);
    expect(fx.emulator.requests).toEqual([]);
  });

  // A terminal is there, so the error names what turned the questions off (it said "asks only on a terminal").
  it.each(cases)('%s on a terminal with CI set or --no-input exits 2 without asking, saying which', async (_name, args, env, firstLine) => {
    const runs = [
      [[], { CI: 'true' }, 'CI is set'],
      [['--no-input'], {}, '--no-input was given'],
      [[], { REGNOTIFY_NO_INPUT: '1' }, 'REGNOTIFY_NO_INPUT is set'],
    ] as const;
    for (const [extraArgs, extraEnv, reason] of runs) {
      const terminal = Terminal.start([...args, ...extraArgs], { ...env, ...extraEnv });
      expect(await terminal.finish()).toBe(2);
      expect(terminal.screen).toContain(firstLine.trim().replace('regnotify asks only on a terminal', reason));
    }
    expect(fx.emulator.requests).toEqual([]);
  });
});

