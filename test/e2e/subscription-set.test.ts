import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { codeartsStateOf } from '../../src/emulator/codearts/index.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], options: { env?: Record<string, string>; input?: string } = {}) =>
  regnotify(['subscription', 'set', ...args], { env: { ...fx.env('codearts'), ...options.env }, input: options.input });

const PATH_123 = '/v4/repositories/123/notification-subscriptions/subscription';

// The example request of Huawei's UpdateNotificationSubscription page: plain text in, these exact base64
// strings on the wire.
const SEED_URL = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=6012181a-e34f-4645-b561-57ab4b3cd566';
const SEED_URL_BASE64 = 'aHR0cHM6Ly9xeWFwaS53ZWl4aW4ucXEuY29tL2NnaS1iaW4vd2ViaG9vay9zZW5kP2tleT02MDEyMTgxYS1lMzRmLTQ2NDUtYjU2MS01N2FiNGIzY2Q1NjY=';
const SEED_TOKEN = 'asdfasdf2@123';
const SEED_TOKEN_BASE64 = 'YXNkZmFzZGYyQDEyMw==';
const SEED_PHONES = '17812341234;18512341234;16712345678';
const SEED_PHONES_BASE64 = 'MTc4MTIzNDEyMzQ7MTg1MTIzNDEyMzQ7MTY3MTIzNDU2Nzg=';

const mrEvent = (action: string, extra: Record<string, unknown> = {}) => ({ resource_type: 'mr', action, enabled: true, role_names: [], ...extra });
const repoEvent = (action: string, extra: Record<string, unknown> = {}) => ({ resource_type: 'repo', action, enabled: true, role_ids: [''], ...extra });
const SEED_EVENTS_BODY = [
  ...['open', 'update', 'merge', 'review', 'approve', 'create_note', 'resolve_note'].map((action) => mrEvent(action)),
  repoEvent('delete'),
  repoEvent('capacity_warning'),
];

function puts() {
  return fx.emulator.requests.filter((request) => request.method === 'PUT');
}

describe('subscription set', () => {
  it('reads the current settings, then PUTs them back whole with only the named field changed', async () => {
    const result = await run(['123', '--type', 'internal_message', '--usage-warning', '90']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✓ Updated internal_message notifications of repository 123\n');
    expect(fx.emulator.requests.map((request) => [request.method, request.path, request.search])).toEqual([
      ['GET', PATH_123, '?type=internal_message'],
      ['PUT', PATH_123, '?type=internal_message'],
    ]);
    const expected = { enabled: true, config_source: 'repo', waring_repo_usage_rate: 90, subscript_events: SEED_EVENTS_BODY };
    expect(puts()[0].body).toBe(JSON.stringify(expected));
    expect(puts()[0].headers['content-type']).toBe('application/json');
    expect(result.stdout).toContain('usage warning\t90%\n');
  });

  it('sends url, mention_phone and token base64-encoded exactly as the documented example does, and shows them in plain text', async () => {
    const result = await run(['123', '--type', 'qyweixin', '--webhook-url', SEED_URL, '--mention-phone', SEED_PHONES, '--webhook-token-stdin'], {
      input: `${SEED_TOKEN}\n`,
    });
    expect(result.code).toBe(0);
    expect(puts()[0].json).toEqual({
      enabled: true,
      config_source: 'repo',
      webhook_config: { url: SEED_URL_BASE64, mention_users: '1;2', mention_phone: SEED_PHONES_BASE64, token: SEED_TOKEN_BASE64 },
      waring_repo_usage_rate: 60,
      subscript_events: SEED_EVENTS_BODY,
    });
    expect(result.stdout).toContain(`webhook url\t${SEED_URL}\nmention users\t1;2\nmention phones\t${SEED_PHONES}\nwebhook token\tset\n`);
    expect(result.stdout + result.stderr).not.toContain(SEED_TOKEN);

    const shown = await regnotify(['subscription', 'get', '123', '--type', 'qyweixin', '--json'], { env: fx.env('codearts') });
    expect(JSON.parse(shown.stdout).webhook_config).toEqual({ url: SEED_URL, mention_users: '1;2', mention_phone: SEED_PHONES, has_token: true });
  });

  // Huawei's field table says only url and mention_phone are base64; its example body encodes the token too.
  it('sends the token as typed with --webhook-token-encoding plain, to a server that reads it so', async () => {
    codeartsStateOf(fx.emulator)!.webhookTokenEncoding = 'plain';
    const result = await run(['123', '--type', 'qyweixin', '--webhook-token-stdin', '--webhook-token-encoding', 'plain'], { input: SEED_TOKEN });
    expect(result.code).toBe(0);
    expect(puts()[0].json).toMatchObject({ webhook_config: { url: expect.any(String), token: SEED_TOKEN } });
    expect(result.stdout).toContain('webhook token\tset\n');
    expect(result.stdout + result.stderr).not.toContain(SEED_TOKEN);
  });

  it('switches how the emulator reads the token through POST /_emulator/codearts/webhook-token-encoding; base64 (the default) refuses a plain one', async () => {
    const refused = await run(['123', '--type', 'feishu', '--webhook-token-stdin', '--webhook-token-encoding', 'plain'], { input: SEED_TOKEN });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: CH\.00400001: invalid webhook_config: webhook_config\.token is not base64-encoded UTF-8 \(HTTP 400/);
    const set = await fetch(`${fx.url}/_emulator/codearts/webhook-token-encoding`, { method: 'POST', body: JSON.stringify({ encoding: 'plain' }), headers: { 'content-type': 'application/json' } });
    expect([set.status, await set.json()]).toEqual([200, { encoding: 'plain' }]);
    const plainToken = await run(['123', '--type', 'feishu', '--webhook-token-stdin', '--webhook-token-encoding', 'plain'], { input: 'bot-token' });
    expect(plainToken.code).toBe(0);
    expect(puts().at(-1)!.json).toMatchObject({ webhook_config: { token: 'bot-token' } });
  });

  it('sends back the current webhook url and phones base64-encoded when only mention users change, and no token', async () => {
    const result = await run(['123', '--type', 'qyweixin', '--mention-users', ' u1 ;u2;; '], {});
    expect(result.code).toBe(0);
    expect(puts()[0].json).toMatchObject({
      webhook_config: {
        url: Buffer.from('https://example.com/cgi-bin/webhook/send?key=xxxx').toString('base64'),
        mention_users: 'u1;u2',
        mention_phone: SEED_PHONES_BASE64,
      },
    });
    expect(Object.keys((puts()[0].json as { webhook_config: object }).webhook_config)).toEqual(['url', 'mention_users', 'mention_phone']);
  });

  it('clears the mention lists with an empty value', async () => {
    await run(['123', '--type', 'qyweixin', '--mention-users', '', '--mention-phone', '']);
    expect(puts()[0].json).toMatchObject({ webhook_config: { mention_users: '', mention_phone: '' } });
    const shown = await regnotify(['subscription', 'get', '123', '--type', 'qyweixin', '--json'], { env: fx.env('codearts') });
    expect(JSON.parse(shown.stdout).webhook_config).toMatchObject({ mention_users: '', mention_phone: '' });
  });

  it('keeps a stored webhook token when another field changes (the API never returns it to send back)', async () => {
    await run(['123', '--type', 'feishu', '--webhook-url', 'https://open.feishu.cn/hook/1', '--webhook-token-stdin'], { input: 'feishu-secret' });
    await run(['123', '--type', 'feishu', '--enable']);
    expect(puts()[1].json).not.toHaveProperty('webhook_config.token');
    const shown = await regnotify(['subscription', 'get', '123', '--type', 'feishu', '--json'], { env: fx.env('codearts') });
    expect(JSON.parse(shown.stdout)).toMatchObject({ enabled: true, webhook_config: { url: 'https://open.feishu.cn/hook/1', has_token: true } });
  });

  it('--event enables an existing event and adds a missing one with its roles; --disable-event switches one off; the rest stay', async () => {
    const result = await run([
      '123',
      '--type',
      'email',
      '--event',
      'mr:review=reviewer,approver',
      '--event',
      'note:mention',
      '--event',
      'member:create=creator',
      '--disable-event',
      'repo:delete',
    ]);
    expect(result.code).toBe(0);
    expect(puts()[0].json).toEqual({
      enabled: false,
      config_source: 'repo',
      waring_repo_usage_rate: 60,
      subscript_events: [
        ...['open', 'update', 'merge'].map((action) => mrEvent(action)),
        mrEvent('review', { role_names: ['reviewer', 'approver'] }),
        ...['approve', 'create_note', 'resolve_note'].map((action) => mrEvent(action)),
        repoEvent('delete', { enabled: false }),
        repoEvent('capacity_warning'),
        { resource_type: 'note', action: 'mention', enabled: true },
        { resource_type: 'member', action: 'create', enabled: true, role_names: ['creator'] },
      ],
    });
    expect(result.stdout).toContain('\nrepo\tdelete\tno\t\n');
    expect(result.stdout).toContain('\nmember\tcreate\tyes\tcreator\n');
  });

  it('re-enables a disabled event and keeps its roles when --event names none; "=" clears them', async () => {
    await run(['123', '--type', 'email', '--event', 'mr:open=creator', '--disable-event', 'mr:merge']);
    await run(['123', '--type', 'email', '--event', 'mr:merge', '--event', 'mr:open']);
    expect((puts()[1].json as { subscript_events: unknown[] }).subscript_events.slice(0, 3)).toEqual([
      mrEvent('open', { role_names: ['creator'] }),
      mrEvent('update'),
      mrEvent('merge'),
    ]);
    await run(['123', '--type', 'email', '--event', 'mr:open=']);
    expect((puts()[2].json as { subscript_events: unknown[] }).subscript_events[0]).toEqual(mrEvent('open', { role_names: [] }));
  });

  it('switches a channel on and off and changes its config source', async () => {
    await run(['123', '--type', 'dingding', '--enable', '--config-source', 'repo']);
    expect(puts()[0].json).toMatchObject({ enabled: true, config_source: 'repo' });
    await run(['123', '--type', 'dingding', '--disable']);
    expect(puts()[1].json).toMatchObject({ enabled: false, config_source: 'repo' });
  });

  it('accepts the usage warning with a percent sign', async () => {
    const result = await run(['123', '--type', 'email', '--usage-warning', '80%']);
    expect(result.code).toBe(0);
    expect(puts()[0].json).toMatchObject({ waring_repo_usage_rate: 80 });
  });

  it('resolves group/repo, then reads and writes that repository', async () => {
    const result = await run(['codearts-team/notifications', '--type', 'feishu', '--enable', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: '2111978605\n' });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v4/user/repositories',
      'GET /v4/repositories/2111978605/notification-subscriptions/subscription',
      'PUT /v4/repositories/2111978605/notification-subscriptions/subscription',
    ]);
  });

  it('prints the PUT response as returned with --json', async () => {
    const result = await run(['123', '--type', 'feishu', '--enable', '--json']);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ repository_id: 123, enabled: true, webhook_config: { url: '', has_token: false } });
    expect(result.stderr).toBe('✓ Updated feishu notifications of repository 123\n');
  });

  it('exits 3 and sends no PUT when the repository does not exist', async () => {
    const result = await run(['777', '--type', 'email', '--enable']);
    expect(result.code).toBe(3);
    expect(puts()).toHaveLength(0);
  });

  const refusals: Array<[string, string[], string, string?]> = [
    [
      'no change flag',
      ['123', '--type', 'email'],
      'error: nothing to change (pass at least one of --enable, --disable, --config-source, --webhook-url, --webhook-token-stdin, --mention-users, --mention-phone, --usage-warning, --event, --disable-event)\n',
    ],
    ['a missing --type', ['123', '--enable'], 'error: missing --type (regnotify asks only on a terminal)\nhint: pass --type\n'],
    ['a missing --type and no change, both at once', ['123'],
      'error: missing --type, a change (regnotify asks only on a terminal)\nhint: pass --type and one of --enable, --disable, --config-source, --webhook-url, --webhook-token-stdin, --mention-users, --mention-phone, --usage-warning, --event, --disable-event\n'],
    [
      'a channel outside the five',
      ['123', '--type', 'wechat', '--enable'],
      "error: option '--type <channel>' argument 'wechat' is invalid. Allowed choices are internal_message, email, qyweixin, feishu, dingding.\nhint: see --help for usage\n",
    ],
    ['--enable with --disable', ['123', '--type', 'email', '--enable', '--disable'], "error: option '--enable' cannot be used with option '--disable'\nhint: see --help for usage\n"],
    [
      'a config source outside repo/product',
      ['123', '--type', 'email', '--config-source', 'team'],
      "error: option '--config-source <source>' argument 'team' is invalid. Allowed choices are repo, product.\nhint: see --help for usage\n",
    ],
    ['a usage warning outside 60/80/90', ['123', '--type', 'email', '--usage-warning', '70'], 'error: invalid usage warning rate "70" (allowed: 60, 80, 90)\n'],
    ['an unknown resource', ['123', '--type', 'email', '--event', 'pipeline:open'], 'error: unknown resource type "pipeline" (allowed: repo, mr, member, note)\n'],
    [
      'an unknown action',
      ['123', '--type', 'email', '--event', 'mr:explode'],
      'error: unknown action "explode" (allowed: create, open, update, delete, merge, review, approve, create_note, resolve_note, capacity_warning, mention)\n',
    ],
    [
      'an unknown action to disable',
      ['123', '--type', 'email', '--disable-event', 'mr:close'],
      'error: unknown action "close" (allowed: create, open, update, delete, merge, review, approve, create_note, resolve_note, capacity_warning, mention)\n',
    ],
    ['an unknown role', ['123', '--type', 'email', '--event', 'mr:open=boss'], 'error: unknown role "boss" (allowed: creator, assignee, reviewer, scorer, approver)\n'],
    ['an event without an action', ['123', '--type', 'email', '--event', 'mr'], 'error: invalid event "mr" (expected resource:action, e.g. mr:open)\n'],
    ['an event both enabled and disabled', ['123', '--type', 'email', '--event', 'mr:open', '--disable-event', 'mr:open'], 'error: event "mr:open" is both enabled and disabled (name it once)\n'],
    ['a webhook URL that is not http(s)', ['123', '--type', 'feishu', '--webhook-url', 'ftp://bot.example.com/hook'], 'error: invalid webhook URL "ftp://bot.example.com/hook" (expected an absolute http:// or https:// URL)\n'],
    ['a relative webhook URL', ['123', '--type', 'feishu', '--webhook-url', '/hook'], 'error: invalid webhook URL "/hook" (expected an absolute http:// or https:// URL)\n'],
    [
      'a mention user longer than 100 characters',
      ['123', '--type', 'feishu', '--mention-users', `ok;${'u'.repeat(101)}`],
      `error: mention user "${'u'.repeat(101)}" is too long (101 characters; at most 100 each)\n`,
    ],
    [
      'a mention user list longer than 1000 characters',
      ['123', '--type', 'feishu', '--mention-users', Array.from({ length: 11 }, () => 'u'.repeat(99)).join(';')],
      'error: mention user list is too long (1099 characters; at most 1000 in all, ";"-separated)\n',
    ],
    [
      'a phone longer than 30 characters',
      ['123', '--type', 'feishu', '--mention-phone', '1'.repeat(31)],
      `error: mention phone "${'1'.repeat(31)}" is too long (31 characters; at most 30 each)\n`,
    ],
    [
      'a phone list longer than 1000 characters',
      ['123', '--type', 'feishu', '--mention-phone', Array.from({ length: 40 }, () => '1'.repeat(25)).join(';')],
      'error: mention phone list is too long (1039 characters; at most 1000 in all, ";"-separated)\n',
    ],
    ['a phone with letters', ['123', '--type', 'feishu', '--mention-phone', '138abc'], 'error: invalid mention phone "138abc" (allowed: digits, an optional leading +, and -)\n'],
    [
      'a webhook URL on a channel without a group bot',
      ['123', '--type', 'email', '--webhook-url', 'https://bot.example.com'],
      'error: --webhook-url does not apply to the email channel (only qyweixin, feishu, dingding post to a webhook)\n',
    ],
    [
      'mention users on internal messages',
      ['123', '--type', 'internal_message', '--mention-users', 'u1'],
      'error: --mention-users does not apply to the internal_message channel (only qyweixin, feishu, dingding post to a webhook)\n',
    ],
    [
      'a webhook token on email',
      ['123', '--type', 'email', '--webhook-token-stdin'],
      'error: --webhook-token-stdin does not apply to the email channel (only qyweixin, feishu, dingding post to a webhook)\n',
      'bot-token',
    ],
    [
      'an empty webhook token',
      ['123', '--type', 'feishu', '--webhook-token-stdin'],
      'error: --webhook-token-stdin: nothing was read from standard input\nhint: pipe it in, e.g. --webhook-token-stdin < token.txt\n',
    ],
    [
      'a token encoding without a token',
      ['123', '--type', 'feishu', '--enable', '--webhook-token-encoding', 'plain'],
      'error: --webhook-token-encoding only applies with --webhook-token-stdin\n',
    ],
    [
      'a token encoding that is neither base64 nor plain',
      ['123', '--type', 'feishu', '--webhook-token-stdin', '--webhook-token-encoding', 'hex'],
      "error: option '--webhook-token-encoding <encoding>' argument 'hex' is invalid. Allowed choices are base64, plain.\nhint: see --help for usage\n",
      'bot-token',
    ],
    ['a repository id of 0', ['0', '--type', 'email', '--enable'], 'error: invalid repository id "0" (allowed: 1..2147483647, or a group/repo path)\n'],
    [
      'a repository id past 2147483647',
      ['2147483648', '--type', 'email', '--enable'],
      'error: invalid repository id "2147483648" (allowed: 1..2147483647, or a group/repo path)\n',
    ],
  ];
  for (const [what, args, stderr, input] of refusals) {
    it(`refuses ${what} with exit 2 and sends nothing`, async () => {
      const result = await run(args, { input });
      expect(result).toMatchObject({ code: 2, stdout: '', stderr });
      expect(fx.emulator.requests).toHaveLength(0);
    });
  }
});
