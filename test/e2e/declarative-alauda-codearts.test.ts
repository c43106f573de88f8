// Alauda hooks and CodeArts channels in declarative files, as a demanding user meets them: odd server data through
// export and back through plan, each field edited on its own and the request it makes, and mixed files of several targets.
import { describe, expect, it } from 'vitest';
import { alaudaStateOf } from '../../src/emulator/alauda/state.js';
import { codeartsStateOf } from '../../src/emulator/codearts/index.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-alauda-codearts');

const run = (args: string[], env: Record<string, string>) => regnotify(args, { env });
const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => [`${request.method} ${request.path}${request.search}`, request.json]);

/**
 * Plans an exported file with the variables its header names set to what `valueOf` gives each: no change, only reads.
 * Returns the variables.
 */
async function expectInSync(exported: string, env: Record<string, string>, unchanged: number, valueOf: (name: string, index: number) => string = () => '') {
  const variables = Object.fromEntries([...exported.matchAll(/^# {3}(\w+):/gm)].map(([, name], index) => [name, valueOf(name, index)]));
  fx.emulator.requests.length = 0;
  const plan = await run(['plan', '-f', file(exported), '--detailed-exitcode'], { ...env, ...variables });
  expect(plan.stderr).toBe('');
  expect(plan.stdout).toBe(`No changes: the servers match the file.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; ${unchanged} unchanged, 0 unmanaged.\n`);
  expect(plan.code).toBe(0);
  expect(writes()).toEqual([]);
  return variables;
}

describe('export, then plan, of odd Alauda hooks', () => {
  it('keeps the file valid when a hook name has a newline, and matches names with spaces around them as they are', async () => {
    const env = fx.env('alauda');
    const state = alaudaStateOf(fx.emulator)!;
    const job = state.hooks.get(6)!;
    const odd = [
      { ...job, id: 20, name: 'two\nlines "quoted" ${X}', url: 'https://a.example.com/x?q=${y}"', secret: 'odd-secret-one' },
      { ...job, id: 21, name: '  padded  ', secret: 'odd-secret-two' },
    ];
    for (const hook of odd) state.hooks.set(hook.id, hook);
    const exported = await run(['export', '--platform', 'alauda', '--subject-type', 'job'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(
      '#   ALAUDA_5F0C1A2E_8D3B_4C6A_9E7F_1B2C3D4E5F60_TWO_LINES_QUOTED_X_SECRET: secret of hook "two\\x0alines "quoted" ${X}" on job 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60\n',
    );
    expect(exported.stdout).toContain('    - name: "  padded  "\n');
    const secrets: Record<string, string> = { TWO_LINES: 'odd-secret-one', PADDED: 'odd-secret-two', NIGHTLY: 'job-secret-0006' };
    const variables = await expectInSync(exported.stdout, env, 3, (name) => Object.entries(secrets).find(([part]) => name.includes(part))![1]);
    expect(Object.keys(variables)).toHaveLength(3);
  });
});

describe('Alauda hook secrets shorter than hook create allows', () => {
  it('exports and plans the seed hooks of every subject type without a change, "123456" of Alauda\'s example included', async () => {
    const env = fx.env('alauda');
    const exported = await run(['export', '--platform', 'alauda'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('subject_type: build_repo\n');
    expect(exported.stdout).toContain('subject_type: image_repo\n');
    expect(exported.stdout).toContain('subject_type: job\n');
    const secrets = [...alaudaStateOf(fx.emulator)!.hooks.values()].map((hook) => hook.secret);
    expect(secrets).toContain('123456');
    // The header names the hooks' variables in the server's order.
    await expectInSync(exported.stdout, env, 3, (_name, index) => secrets[index]);
  });

  it('refuses a short secret that would be sent new, for that hook alone, and --prune keeps the hook', async () => {
    const path = file(`version: 1
alauda:
  hooks:
    - { name: test hook, subject_type: build_repo, subject: alaudauser/docker_images_test, events: [build:complete], url: "http://example.com:8080/v1/builds", secret: "1234567" }
    - { name: fresh, subject_type: build_repo, subject: alaudauser/docker_images_test, events: [build:complete], url: "https://ci.example.com/fresh", secret: "short" }
    - { name: deploy on push, subject_type: image_repo, subject: alaudauser/nginx, events: [image:push], url: "https://deploy.example.com/alauda", secret: push-secret-0005 }
`);
    const apply = await run(['apply', '-f', path, '--yes', '--prune'], fx.env('alauda'));
    expect(apply.stdout).toBe(
      '~ update alauda image_repo alaudauser/nginx: deploy on push\n    ~ active: false → true\n\n' +
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged, 2 with errors.\n',
    );
    expect(apply.stderr).toContain(
      'error: 2 targets could not be read\n' +
        '  alauda build_repo alaudauser/docker_images_test: test hook: invalid hook secret (7 characters; at least 8 are needed)\n' +
        '  alauda build_repo alaudauser/docker_images_test: fresh: invalid hook secret (5 characters; at least 8 are needed)\n',
    );
    expect(apply.code).toBe(1);
    expect(writes()).toEqual([['PUT /v1/hooks/5', { name: 'deploy on push', events: ['image:push'], url: 'https://deploy.example.com/alauda', secret: 'push-secret-0005', is_active: true }]]);
  });
});

describe('bad values for Alauda and CodeArts', () => {
  it('reports every problem of a hook and a channel at once, each event at its own position, even with a value of the wrong kind among them', async () => {
    const path = file(`version: 1
alauda:
  hooks:
    - name: "   "
      subject_type: build_repos
      events: [build:complete]
      url: ftp://x
      secret: "  "
      active: "yes"
    - { name: b, subject_type: job, subject: j1, events: [job:fail, build:complete, image:pull], url: "https://a.example.com", secret: long-enough-1 }
codearts:
  repositories:
    g/r:
      email:
        enabled: maybe
        webhook: { url: "https://x.example.com" }
        usage_warning: 70
        events: ["mr:opn", "mr:review=boss", "repo"]
      qyweixin:
        webhook: { url: "not a url", mention_users: 5, mention_phone: "abc" }
`);
    const plan = await run(['plan', '-f', path], { ...fx.env('alauda') });
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toBe(
      `error: ${path} has 17 problems; nothing was sent\n` +
        `  ${path}:4:7: subject: required\n` +
        `  ${path}:4:13: invalid hook name "   " (expected non-empty text)\n` +
        `  ${path}:5:21: unknown subject type "build_repos" (allowed: build_repo, image_repo, job); did you mean "build_repo"?\n` +
        `  ${path}:7:12: invalid hook URL "ftp://x" (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)\n` +
        `  ${path}:8:15: invalid hook secret (expected non-empty text)\n` +
        `  ${path}:9:15: active: expected true or false, got text "yes"\n` +
        `  ${path}:10:69: unknown job event "build:complete" (allowed: job:succeed, job:fail)\n` +
        `  ${path}:10:85: unknown job event "image:pull" (allowed: job:succeed, job:fail)\n` +
        `  ${path}:15:18: enabled: expected true or false, got text "maybe"\n` +
        `  ${path}:16:18: the email channel takes no webhook (only qyweixin, feishu and dingding post to one)\n` +
        `  ${path}:17:24: invalid usage warning rate "70" (allowed: 60, 80, 90)\n` +
        `  ${path}:18:18: unknown action "opn" (allowed: create, open, update, delete, merge, review, approve, create_note, resolve_note, capacity_warning, mention); did you mean "open"?\n` +
        `  ${path}:18:28: unknown role "boss" (allowed: creator, assignee, reviewer, scorer, approver)\n` +
        `  ${path}:18:46: invalid event "repo" (expected resource:action, e.g. mr:open)\n` +
        `  ${path}:20:25: invalid webhook URL "not a url" (expected an absolute http:// or https:// URL)\n` +
        `  ${path}:20:53: mention_users: expected text, got the number 5\n` +
        `  ${path}:20:71: invalid mention phone "abc" (allowed: digits, an optional leading +, and -)\n` +
        'hint: the format is described by: regnotify schema (and docs/declarative.md)\n',
    );
    expect(plan.code).toBe(2);
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('CodeArts webhook tokens in a plan', () => {
  const feishu = 'version: 1\ncodearts:\n  repositories:\n    demo-group/demo-repo:\n      feishu: { usage_warning: 80, webhook: { token: "${FEISHU_TOKEN}" } }\n';
  const env = () => ({ ...fx.env('codearts'), FEISHU_TOKEN: 'feishu-token-NEW-1234' });

  it('shows a token the server has as *** before the change, not as none, and sends the file\'s again', async () => {
    codeartsStateOf(fx.emulator)!.stored(123, 'feishu').webhook = { url: 'https://open.feishu.cn/hook/x', mention_users: '', mention_phone: '', token: 'feishu-token-OLD-1234' };
    const path = file(feishu);
    const plan = await run(['plan', '-f', path], env());
    expect(plan.stdout).toBe(
      '~ update codearts demo-group/demo-repo feishu\n    ~ usage_warning: 60 → 80\n    note: the webhook token is sent again but not compared: CodeArts never returns it\n\n' +
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
    const json = JSON.parse((await run(['plan', '-f', path, '-o', 'json'], env())).stdout);
    expect(json.changes[0].before.webhook).toEqual({ url: 'https://open.feishu.cn/hook/x', mention_users: '', mention_phone: '', token: '***' });
    expect(json.changes[0].after.webhook).toEqual({ url: 'https://open.feishu.cn/hook/x', mention_users: '', mention_phone: '', token: '***' });
    fx.emulator.requests.length = 0;
    const apply = await run(['apply', '-f', path, '--yes'], env());
    expect(apply.code, apply.stderr).toBe(0);
    const put = writes();
    expect(put.map(([call]) => call)).toEqual(['PUT /v4/repositories/123/notification-subscriptions/subscription?type=feishu']);
    expect((put[0][1] as { webhook_config: unknown }).webhook_config).toEqual({
      url: Buffer.from('https://open.feishu.cn/hook/x').toString('base64'),
      mention_users: '',
      mention_phone: '',
      token: Buffer.from('feishu-token-NEW-1234').toString('base64'),
    });
    expect(codeartsStateOf(fx.emulator)!.stored(123, 'feishu').webhook?.token).toBe('feishu-token-NEW-1234');
    fx.emulator.requests.length = 0;
    expect((await run(['apply', '-f', path, '--yes'], env())).stdout).toContain('No changes: the servers match the file.');
    expect(writes()).toEqual([]);
  });

  it('shows a token the server does not have as a change from none', async () => {
    const plan = await run(['plan', '-f', file(feishu)], env());
    expect(plan.stdout).toBe(
      '~ update codearts demo-group/demo-repo feishu\n    ~ usage_warning: 60 → 80\n    ~ webhook.token: (none) → "***"\n\n' +
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
  });
});

describe('CodeArts values that the server spells otherwise', () => {
  it('finds a webhook with spaces and empty entries in sync after export, and sends an edited field in its normal form', async () => {
    const env = fx.env('codearts');
    const stored = codeartsStateOf(fx.emulator)!.stored(123, 'dingding');
    stored.enabled = true;
    stored.webhook = { url: ' https://oapi.dingtalk.com/robot/send?access_token=x ', mention_users: 'u1; u2;;', mention_phone: '138 ;139;', token: '' };
    const exported = await run(['export', '--platform', 'codearts', '--repo', 'demo-group/demo-repo'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('        webhook:\n          url: " https://oapi.dingtalk.com/robot/send?access_token=x "\n          mention_users: u1; u2;;\n          mention_phone: 138 ;139;\n');
    await expectInSync(exported.stdout, env, 5);
    const edited = file('version: 1\ncodearts:\n  repositories:\n    demo-group/demo-repo:\n      dingding: { webhook: { url: "https://oapi.dingtalk.com/robot/send?access_token=x", mention_users: "u1;u3 ;", mention_phone: "138;139" } }\n');
    const apply = await run(['apply', '-f', edited, '--yes'], env);
    expect(apply.stdout).toBe('~ update codearts demo-group/demo-repo dingding\n    ~ webhook.mention_users: "u1; u2;;" → "u1;u3"\n\nPlan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n');
    expect(apply.code).toBe(0);
    const put = writes();
    expect(put.map(([call]) => call)).toEqual(['PUT /v4/repositories/123/notification-subscriptions/subscription?type=dingding']);
    expect((put[0][1] as { webhook_config: unknown }).webhook_config).toEqual({
      url: Buffer.from(' https://oapi.dingtalk.com/robot/send?access_token=x ').toString('base64'),
      mention_users: 'u1;u3',
      mention_phone: Buffer.from('138 ;139;').toString('base64'),
    });
  });

  it('takes the roles of an event as a set: another order is no change', async () => {
    const env = fx.env('codearts');
    const email = codeartsStateOf(fx.emulator)!.stored(123, 'email');
    email.subscript_events = email.subscript_events.map((event) => (event.action === 'review' ? { ...event, role_names: ['approver', 'reviewer'] } : event));
    const events = email.subscript_events.map((event) => `${event.resource_type}:${event.action}${event.action === 'review' ? '=reviewer,approver' : ''}`);
    const path = file(`version: 1\ncodearts:\n  repositories:\n    demo-group/demo-repo:\n      email: { events: ${JSON.stringify(events)} }\n`);
    const apply = await run(['apply', '-f', path, '--yes'], env);
    expect(apply.stdout).toBe('No changes: the servers match the file.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 1 unchanged, 0 unmanaged.\n');
    expect(writes()).toEqual([]);
  });

  it('refuses an event listed twice, and a bad webhook field at its own key', async () => {
    const path = file('version: 1\ncodearts:\n  repositories:\n    g/r:\n      feishu:\n        webhook: { url: "https://x.example.com", mention_phone: "12;x" }\n        events: ["mr:open=creator", "mr:merge", "mr:open"]\n');
    const plan = await run(['plan', '-f', path], fx.env('codearts'));
    expect(plan.stderr).toBe(
      `error: ${path} has 2 problems; nothing was sent\n` +
        `  ${path}:6:65: invalid mention phone "x" (allowed: digits, an optional leading +, and -)\n` +
        `  ${path}:7:49: event "mr:open" is listed twice (name each event once, with all its roles)\n` +
        'hint: the format is described by: regnotify schema (and docs/declarative.md)\n',
    );
    expect(plan.code).toBe(2);
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('several Alauda targets in one file', () => {
  it('applies the target that can be read, and names the profile of the one that cannot and of a change that failed', async () => {
    const env = { REGNOTIFY_CONFIG_DIR: tempConfigDir(), SECRET: 'inactive-secret-1' };
    for (const [name, token] of [['cn', EMULATOR_CREDENTIALS.alaudaToken], ['old', 'f'.repeat(40)]]) {
      const added = await regnotify(['profile', 'add', name, '--platform', 'alauda', '--server', fx.url, '--token-stdin'], { env, input: token });
      expect(added.code, added.stderr).toBe(0);
    }
    fx.emulator.inject({ path: '/v1/hooks/6', method: 'PUT', status: 400, body: '{"url": ["Enter a valid URL."]}', contentType: 'application/json' });
    fx.emulator.requests.length = 0;
    const path = file(`version: 1
alauda:
  - profile: old
    hooks:
      - { name: x, subject_type: image_repo, subject: alaudauser/nginx, events: [image:push], url: "https://a.example.com", secret: "\${SECRET}" }
  - profile: cn
    hooks:
      - { name: inactive, subject_type: image_repo, subject: alaudauser/nginx, events: [image:push], url: "https://a.example.com", secret: "\${SECRET}", active: false }
      - { name: nightly job alerts, subject_type: job, subject: 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60, events: [job:succeed, job:fail], url: "https://alerts.example.com/v2", secret: job-secret-0006 }
`);
    const apply = await run(['apply', '-f', path, '--yes'], env);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(
      'error: 1 of 2 changes failed, 1 target could not be read\n' +
        '  update alauda job 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60: nightly job alerts (profile cn): url: Enter a valid URL. (HTTP 400)\n' +
        '  alauda image_repo alaudauser/nginx (profile old): Invalid token. (HTTP 401)\n',
    );
    // The two targets' changes run concurrently: their order on the wire is not fixed, the create's PUT follows its POST.
    const sent = writes();
    expect(sent.findIndex(([call]) => call === 'POST /v1/hooks')).toBeLessThan(sent.findIndex(([call]) => call === 'PUT /v1/hooks/7'));
    expect(sent.sort(([one], [other]) => String(one).localeCompare(String(other)))).toEqual([
      ['POST /v1/hooks', { subject_type: 'image_repo', subject: 'alaudauser/nginx', events: ['image:push'], secret: 'inactive-secret-1', url: 'https://a.example.com', name: 'inactive' }],
      ['PUT /v1/hooks/6', { name: 'nightly job alerts', events: ['job:fail', 'job:succeed'], url: 'https://alerts.example.com/v2', secret: 'job-secret-0006', is_active: true }],
      ['PUT /v1/hooks/7', { name: 'inactive', events: ['image:push'], url: 'https://a.example.com', secret: 'inactive-secret-1', is_active: false }],
    ]);
  });
});

describe('a CodeArts channel named twice', () => {
  it('plans it once (by the id, which needs no lookup) and makes the other names errors, so two PUTs never undo each other', async () => {
    const env = { REGNOTIFY_CONFIG_DIR: tempConfigDir() };
    const added = await regnotify(['profile', 'add', 'hw', '--platform', 'codearts', '--server', fx.url, '--token-stdin', '--default'], { env, input: EMULATOR_CREDENTIALS.codeartsToken });
    expect(added.code, added.stderr).toBe(0);
    fx.emulator.requests.length = 0;
    const path = file(`version: 1
codearts:
  - repositories:
      "123": { email: { enabled: true } }
      demo-group/demo-repo: { email: { enabled: false }, feishu: { enabled: true } }
  - profile: hw
    repositories:
      demo-group/demo-repo: { email: { usage_warning: 80 } }
`);
    const apply = await run(['apply', '-f', path, '--yes'], env);
    expect(apply.stdout).toBe(
      '~ update codearts 123 email (profile hw)\n    ~ enabled: false → true\n\n' +
        '~ update codearts demo-group/demo-repo feishu (profile hw)\n    ~ enabled: false → true\n\n' +
        'Plan: 0 to create, 2 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged, 2 with errors.\n',
    );
    const twice = '  codearts demo-group/demo-repo email (profile hw): the file names this channel already, as 123 (profile hw) (repository id 123): name each channel of a repository once\n';
    expect(apply.stderr).toContain(`error: 2 targets could not be read\n${twice}${twice}`);
    expect(apply.code).toBe(1);
    expect(writes().map(([call]) => call).sort()).toEqual([
      'PUT /v4/repositories/123/notification-subscriptions/subscription?type=email',
      'PUT /v4/repositories/123/notification-subscriptions/subscription?type=feishu',
    ]);
  });
});

describe('--prune on Alauda', () => {
  it('deletes only hooks of the subjects the file lists, even from a server that answers the list without its filter', async () => {
    const everyHook = JSON.stringify([...alaudaStateOf(fx.emulator)!.hooks.values()]);
    fx.emulator.inject({ path: '/v1/hooks', method: 'GET', status: 200, contentType: 'application/json', body: everyHook });
    const path = file(`version: 1
alauda:
  hooks:
    - { name: new, subject_type: image_repo, subject: alaudauser/nginx, events: [image:push], url: "https://n.example.com", secret: new-secret-123 }
`);
    const apply = await run(['apply', '-f', path, '--yes', '--prune'], { ...fx.env('alauda') });
    expect(apply.stdout.split('\n').filter((line) => /^[-+~] /.test(line))).toEqual([
      '+ create alauda image_repo alaudauser/nginx: new',
      '- delete alauda image_repo alaudauser/nginx: deploy on push',
    ]);
    expect(apply.code, apply.stderr).toBe(0);
    expect(writes().map(([call]) => call).sort()).toEqual(['DELETE /v1/hooks/5', 'POST /v1/hooks']);
  });
});

describe('each field edited on its own', () => {
  const job = { name: 'nightly job alerts', subject_type: 'job', subject: '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60', events: ['job:succeed', 'job:fail'], url: 'https://alerts.example.com/jobs', secret: 'job-secret-0006', active: true };
  const wire = { name: 'nightly job alerts', events: ['job:fail', 'job:succeed'], url: 'https://alerts.example.com/jobs', secret: 'job-secret-0006', is_active: true };
  it.each([
    ['events', { events: ['job:fail'] }, '    ~ events: ["job:fail","job:succeed"] → ["job:fail"]\n', { events: ['job:fail'] }],
    ['url', { url: 'https://alerts.example.com/v2' }, '    ~ url: "https://alerts.example.com/jobs" → "https://alerts.example.com/v2"\n', { url: 'https://alerts.example.com/v2' }],
    ['secret', { secret: 'job-secret-0007' }, '    note: secret changes (secrets are not shown)\n', { secret: 'job-secret-0007' }],
    ['active', { active: false }, '    ~ active: true → false\n', { is_active: false }],
  ])('Alauda %s: the diff, one PUT of the whole writable set, then nothing', async (_field, edit, diff, sent) => {
    const path = file(`version: 1\nalauda:\n  hooks:\n    - ${JSON.stringify({ ...job, ...edit })}\n`);
    const apply = await run(['apply', '-f', path, '--yes'], fx.env('alauda'));
    expect(apply.stdout).toBe(`~ update alauda job 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60: nightly job alerts\n${diff}\nPlan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n`);
    expect(writes()).toEqual([['PUT /v1/hooks/6', { ...wire, ...sent }]]);
    fx.emulator.requests.length = 0;
    expect((await run(['apply', '-f', path, '--yes'], fx.env('alauda'))).code).toBe(0);
    expect(writes()).toEqual([]);
  });

  // qyweixin of demo-group/demo-repo as seeded: on, repo, the seed's bot with two users and three phones, 60 %, every event on.
  const seededEvents = ['mr:open', 'mr:update', 'mr:merge', 'mr:review', 'mr:approve', 'mr:create_note', 'mr:resolve_note', 'repo:delete', 'repo:capacity_warning'];
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const seededBody = {
    enabled: true,
    config_source: 'repo',
    webhook_config: { url: b64('https://example.com/cgi-bin/webhook/send?key=xxxx'), mention_users: '1;2', mention_phone: b64('17812341234;18512341234;16712345678') },
    waring_repo_usage_rate: 60,
  };
  it.each([
    ['enabled', 'enabled: false', '    ~ enabled: true → false\n', { enabled: false }],
    ['config_source', 'config_source: product', '    ~ config_source: "repo" → "product"\n', { config_source: 'product' }],
    ['usage_warning', 'usage_warning: 90', '    ~ usage_warning: 60 → 90\n', { waring_repo_usage_rate: 90 }],
    ['webhook.url', 'webhook: { url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new" }', '    ~ webhook.url: "https://example.com/cgi-bin/webhook/send?key=xxxx" → "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new"\n', { webhook_config: { ...seededBody.webhook_config, url: b64('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=new') } }],
    ['webhook.mention_users', 'webhook: { mention_users: "1;3" }', '    ~ webhook.mention_users: "1;2" → "1;3"\n', { webhook_config: { ...seededBody.webhook_config, mention_users: '1;3' } }],
    ['webhook.mention_phone', 'webhook: { mention_phone: "" }', '    ~ webhook.mention_phone: "17812341234;18512341234;16712345678" → ""\n', { webhook_config: { ...seededBody.webhook_config, mention_phone: '' } }],
  ])('CodeArts %s: the diff, one PUT of the whole channel, then nothing', async (_field, edit, diff, sent) => {
    const path = file(`version: 1\ncodearts:\n  repositories:\n    demo-group/demo-repo:\n      qyweixin: { ${edit} }\n`);
    const apply = await run(['apply', '-f', path, '--yes'], fx.env('codearts'));
    expect(apply.stdout).toBe(`~ update codearts demo-group/demo-repo qyweixin\n${diff}\nPlan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n`);
    const put = writes();
    expect(put.map(([call]) => call)).toEqual(['PUT /v4/repositories/123/notification-subscriptions/subscription?type=qyweixin']);
    const { subscript_events: events, ...rest } = put[0][1] as { subscript_events: Array<{ resource_type: string; action: string; enabled: boolean }> };
    expect(rest).toEqual({ ...seededBody, ...sent });
    expect(events.map((event) => `${event.resource_type}:${event.action}=${event.enabled}`)).toEqual(seededEvents.map((event) => `${event}=true`));
    fx.emulator.requests.length = 0;
    expect((await run(['apply', '-f', path, '--yes'], fx.env('codearts'))).code).toBe(0);
    expect(writes()).toEqual([]);
  });
});

describe('CodeArts repositories named by their numeric id', () => {
  it('are planned in the file\'s order, not first as JavaScript lists integer keys', async () => {
    const path = file(`version: 1
codearts:
  repositories:
    demo-group/demo-repo: { email: { enabled: true } }
    "4001": { email: { enabled: true } }
    group-b/shared: { email: { enabled: true } }
    "2111978605": { email: { enabled: true } }
`);
    const plan = await run(['plan', '-f', path], fx.env('codearts'));
    expect(plan.stdout.split('\n').filter((line) => line.startsWith('~'))).toEqual([
      '~ update codearts demo-group/demo-repo email',
      '~ update codearts 4001 email',
      '~ update codearts group-b/shared email',
      '~ update codearts 2111978605 email',
    ]);
  });
});
