import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string> = {}) => regnotify(['subscription', 'get', ...args], { env: { ...fx.env('codearts'), ...env } });

const SUBSCRIPTION_PATH = '/v4/repositories/2111978605/notification-subscriptions/subscription';

const SEED_EVENT_ROWS = [
  'mr\topen\tyes\t',
  'mr\tupdate\tyes\t',
  'mr\tmerge\tyes\t',
  'mr\treview\tyes\t',
  'mr\tapprove\tyes\t',
  'mr\tcreate_note\tyes\t',
  'mr\tresolve_note\tyes\t',
  'repo\tdelete\tyes\t',
  'repo\tcapacity_warning\tyes\t',
];

// The example response of Huawei's UpdateNotificationSubscription page, as the emulator serves it for a
// group-bot channel.
const SEED_QYWEIXIN = {
  repository_id: 2111978605,
  enabled: true,
  config_source: 'repo',
  webhook_config: {
    url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
    mention_users: '1;2',
    mention_phone: '17812341234;18512341234;16712345678',
    has_token: false,
  },
  waring_repo_usage_rate: 60,
  subscript_events: [
    ...['open', 'update', 'merge', 'review', 'approve', 'create_note', 'resolve_note'].map((action) => ({
      resource_type: 'mr',
      action,
      enabled: true,
      role_ids: null,
      role_names: [],
    })),
    ...['delete', 'capacity_warning'].map((action) => ({ resource_type: 'repo', action, enabled: true, role_ids: [''], role_names: null })),
  ],
};

describe('subscription get', () => {
  it('sends GET .../subscription?type= and prints the settings, the webhook in plain text, then the events', async () => {
    const result = await run(['2111978605', '--type', 'qyweixin']);
    expect(result).toMatchObject({
      code: 0,
      stdout: [
        'repository\t2111978605',
        'channel\tqyweixin',
        'enabled\tyes',
        'config source\trepo',
        'usage warning\t60%',
        'webhook url\thttps://example.com/cgi-bin/webhook/send?key=xxxx',
        'mention users\t1;2',
        'mention phones\t17812341234;18512341234;16712345678',
        'webhook token\tnot set',
        '',
        ...SEED_EVENT_ROWS,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(fx.emulator.requests).toHaveLength(1);
    expect(fx.emulator.requests[0]).toMatchObject({ method: 'GET', path: SUBSCRIPTION_PATH, search: '?type=qyweixin', body: '' });
    expect(fx.emulator.requests[0].headers['x-auth-token']).toBe(EMULATOR_CREDENTIALS.codeartsToken);
  });

  it('prints the platform object as returned with --json', async () => {
    const result = await run(['2111978605', '--type', 'qyweixin', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(SEED_QYWEIXIN);
  });

  it('leaves the webhook lines out for a channel without a group bot', async () => {
    const result = await run(['123', '--type', 'email']);
    expect(result.stdout).toBe(
      ['repository\t123', 'channel\temail', 'enabled\tno', 'config source\trepo', 'usage warning\t60%', '', ...SEED_EVENT_ROWS, ''].join('\n'),
    );
    expect(fx.emulator.requests[0].search).toBe('?type=email');
  });

  it('shows the roles of each event, comma-separated', async () => {
    await regnotify(['subscription', 'set', '123', '--type', 'feishu', '--event', 'mr:review=reviewer,approver'], { env: fx.env('codearts') });
    const result = await run(['123', '--type', 'feishu']);
    expect(result.stdout).toContain('\nmr\treview\tyes\treviewer,approver\n');
  });

  it('prints the repository id with -q', async () => {
    const result = await run(['demo-group/demo-repo', '--type', 'dingding', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '123\n', stderr: '' });
  });

  it('requires --type and sends nothing without it', async () => {
    const result = await run(['123']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "error: required option '--type <channel>' not specified\nhint: see --help for usage\n",
    });
    expect(fx.emulator.requests).toHaveLength(0);
  });

  it('refuses a channel outside the five and sends nothing', async () => {
    const result = await run(['123', '--type', 'slack']);
    expect(result).toMatchObject({
      code: 2,
      stderr:
        "error: option '--type <channel>' argument 'slack' is invalid. Allowed choices are internal_message, email, qyweixin, feishu, dingding.\nhint: see --help for usage\n",
    });
    expect(fx.emulator.requests).toHaveLength(0);
  });

  it('refuses a repository id out of range and sends nothing', async () => {
    const result = await run(['99999999999', '--type', 'email']);
    expect(result).toMatchObject({ code: 2, stderr: 'error: invalid repository id "99999999999" (allowed: 1..2147483647, or a group/repo path)\n' });
    expect(fx.emulator.requests).toHaveLength(0);
  });
});
