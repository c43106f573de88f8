// More of plan and apply end to end, in process against the emulator: a file naming all three platforms with two Quay
// targets through stored profiles, Alauda creates and prune, Quay duplicates and untitled notifications, drift on the
// server, and no secret printed even with --verbose.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-more');

const run = (args: string[], env: Record<string, string>) => regnotify(args, { env });
const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => ({ call: `${request.method} ${request.path}${request.search}`, body: request.json }));

const SLACK = 'https://hooks.slack.com/services/T0/B0/SLACKSECRETPART';
const ALAUDA_SECRET = 'alauda-secret-VALUE-77';
const CODEARTS_TOKEN = 'codearts-webhook-TOKEN-99';

/** Four stored profiles on the emulator: two Quay (q1, q2), one Alauda, one CodeArts. */
async function profiles(): Promise<Record<string, string>> {
  const env = { REGNOTIFY_CONFIG_DIR: tempConfigDir() };
  const add = async (name: string, platform: string, token: string) => {
    const result = await regnotify(['profile', 'add', name, '--platform', platform, '--server', fx.url, '--token-stdin'], { env, input: token });
    expect(result.code, result.stderr).toBe(0);
  };
  await add('q1', 'quay', EMULATOR_CREDENTIALS.quayToken);
  await add('q2', 'quay', EMULATOR_CREDENTIALS.quayToken);
  await add('al', 'alauda', EMULATOR_CREDENTIALS.alaudaToken);
  await add('ca', 'codearts', EMULATOR_CREDENTIALS.codeartsToken);
  fx.emulator.requests.length = 0;
  return env;
}

/** An Alauda hook entry (under `hooks:`) that the emulator's seeded hooks do not have yet. */
const RELEASE_BUILDS_HOOK = `    - name: release builds
      subject_type: build_repo
      subject: alaudauser/docker_images_test
      events: ["build:complete"]
      url: https://ci.example.com/alauda
      secret: "\${ALAUDA_SECRET}"
`;

/** Only acme/website's "Site pushed" webhook on Quay (no profile named). */
const SITE_PUSHED = `version: 1
quay:
  repositories:
    acme/website:
      notifications:
        - { title: Site pushed, event: repo_push, method: webhook, config: { url: "https://ci.example.com/site" } }
`;

const MIXED = `version: 1
quay:
  - profile: q1
    repositories:
      acme/app:
        notifications:
          - title: Deploy on push
            event: repo_push
            method: webhook
            config: { url: "https://ci.example.com/hooks/quay" }
          - title: Chat
            event: build_failure
            method: slack
            config: { url: "\${SLACK_URL}" }
  - profile: q2
    repositories:
      acme/website:
        notifications:
          - title: Site pushed
            event: repo_push
            method: webhook
            config: { url: "https://ci.example.com/site" }
alauda:
  profile: al
  hooks:
${RELEASE_BUILDS_HOOK}codearts:
  profile: ca
  repositories:
    demo-group/demo-repo:
      feishu:
        enabled: true
        webhook: { url: "https://open.feishu.cn/open-apis/bot/v2/hook/abc", token: "\${CODEARTS_TOKEN}" }
        events: ["mr:open"]
`;

const base64 = (text: string) => Buffer.from(text).toString('base64');
const secretsEnv = { SLACK_URL: SLACK, ALAUDA_SECRET, CODEARTS_TOKEN };

describe('a file naming Quay (two targets), Alauda and CodeArts', () => {
  it('plans every target with its profile, applies exactly the writes, and then finds nothing to do', async () => {
    const env = { ...(await profiles()), ...secretsEnv };
    const path = file(MIXED);
    const plan = await run(['plan', '-f', path, '-o', 'json'], env);
    expect(plan.code, plan.stderr).toBe(0);
    const changes = JSON.parse(plan.stdout).changes as Array<{ action: string; platform: string; profile: string; target: string }>;
    expect(changes.map(({ action, platform, profile, target }) => `${action} ${platform} ${profile} ${target}`).sort()).toEqual([
      'create alauda al build_repo alaudauser/docker_images_test: release builds',
      'create quay q1 acme/app: Chat',
      'create quay q2 acme/website: Site pushed',
      'update codearts ca demo-group/demo-repo feishu',
    ].sort());
    expect(JSON.parse(plan.stdout).summary).toEqual({ create: 3, update: 1, replace: 0, reset: 0, delete: 0, unchanged: 1, unmanaged: 2, errors: 0 });
    expect(writes()).toEqual([]);

    const apply = await run(['apply', '-f', path, '--yes'], env);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stderr).toContain('Applied 4 of 4 changes.');
    const sent = writes();
    expect(sent.map((write) => write.call).sort()).toEqual([
      'POST /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/website/notification/',
      'POST /v1/hooks',
      'PUT /v4/repositories/123/notification-subscriptions/subscription?type=feishu',
    ].sort());
    const body = (call: string) => sent.find((write) => write.call === call)!.body;
    expect(body('POST /api/v1/repository/acme/app/notification/')).toEqual({ event: 'build_failure', method: 'slack', config: { url: SLACK }, eventConfig: {}, title: 'Chat' });
    expect(body('POST /api/v1/repository/acme/website/notification/')).toEqual({
      event: 'repo_push',
      method: 'webhook',
      config: { url: 'https://ci.example.com/site' },
      eventConfig: {},
      title: 'Site pushed',
    });
    expect(body('POST /v1/hooks')).toEqual({
      subject_type: 'build_repo',
      subject: 'alaudauser/docker_images_test',
      events: ['build:complete'],
      secret: ALAUDA_SECRET,
      url: 'https://ci.example.com/alauda',
      name: 'release builds',
    });
    const put = sent.find((write) => write.call.startsWith('PUT'))!.body as {
      enabled: boolean;
      webhook_config: { url: string; token: string };
      subscript_events: Array<{ resource_type: string; action: string; enabled: boolean }>;
    };
    expect(put.enabled).toBe(true);
    // CodeArts takes the webhook URL and token base64-encoded.
    expect(put.webhook_config).toMatchObject({ url: base64('https://open.feishu.cn/open-apis/bot/v2/hook/abc'), token: base64(CODEARTS_TOKEN) });
    expect(put.subscript_events.filter((event) => event.enabled).map((event) => `${event.resource_type}:${event.action}`)).toEqual(['mr:open']);
    expect(apply.stdout + apply.stderr).not.toContain(SLACK);

    fx.emulator.requests.length = 0;
    const again = await run(['plan', '-f', path, '--detailed-exitcode'], env);
    // CodeArts never returns the token: sent again, and said so, but not a difference.
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('No changes: the servers match the file.');
    expect(writes()).toEqual([]);
  });
});

describe('Alauda', () => {
  const env = () => ({ ...fx.env('alauda'), ALAUDA_SECRET });

  it('creates an inactive hook as a create, then a PUT with is_active false', async () => {
    const path = file(`version: 1
alauda:
  hooks:
    - name: paused
      subject_type: image_repo
      subject: alaudauser/nginx
      events: ["image:push"]
      url: https://ci.example.com/paused
      secret: "\${ALAUDA_SECRET}"
      active: false
`);
    const result = await run(['apply', '-f', path, '--yes'], env());
    expect(result.code, result.stderr).toBe(0);
    const sent = writes();
    expect(sent.map((write) => write.call)).toEqual(['POST /v1/hooks', expect.stringMatching(/^PUT \/v1\/hooks\/\d+$/)]);
    expect(sent[0].body).toEqual({ subject_type: 'image_repo', subject: 'alaudauser/nginx', events: ['image:push'], secret: ALAUDA_SECRET, url: 'https://ci.example.com/paused', name: 'paused' });
    expect(sent[1].body).toEqual({ name: 'paused', events: ['image:push'], url: 'https://ci.example.com/paused', secret: ALAUDA_SECRET, is_active: false });
    fx.emulator.requests.length = 0;
    const again = await run(['plan', '-f', path, '--detailed-exitcode'], env());
    expect(again.code).toBe(0);
  });

  it('prunes an unmanaged hook of a subject the file lists, and leaves other subjects alone', async () => {
    // The file lists only build_repo alaudauser/docker_images_test, where "test hook" (id 4) is unmanaged;
    // the image_repo and job hooks are outside the scope even with --prune.
    const path = file(`version: 1
alauda:
  hooks:
${RELEASE_BUILDS_HOOK}`);
    const plan = await run(['plan', '-f', path], env());
    expect(plan.stdout).toContain('Plan: 1 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 1 unmanaged.');
    const result = await run(['apply', '-f', path, '--yes', '--prune'], env());
    expect(result.code, result.stderr).toBe(0);
    expect(writes().map((write) => write.call).sort()).toEqual(['DELETE /v1/hooks/4', 'POST /v1/hooks']);
  });
});

describe('Quay duplicates and untitled notifications', () => {
  const env = () => fx.env('quay');
  const create = (title?: string) =>
    run(['notification', 'create', 'acme/website', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/site', ...(title ? ['--title', title] : [])], env());

  it('warns about both, matches the first duplicate, and --prune deletes the duplicates beyond the first', async () => {
    expect((await create('Site pushed')).code).toBe(0);
    expect((await create('Site pushed')).code).toBe(0);
    expect((await create()).code).toBe(0);
    const [first, second, untitled] = quayControl(fx.emulator).notifications('acme/website');
    fx.emulator.requests.length = 0;
    const path = file(SITE_PUSHED);
    const plan = await run(['plan', '-f', path], env());
    expect(plan.code).toBe(0);
    expect(plan.stderr).toBe(
      `warning: acme/website: 2 notifications are titled "Site pushed"; the first is matched\n` +
        `warning: acme/website: 1 notification(s) without a title cannot be matched (${untitled.uuid})\n`,
    );
    expect(plan.stdout).toBe('No changes: the servers match the file.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 1 unchanged, 2 unmanaged.\n');

    const apply = await run(['apply', '-f', path, '--yes', '--prune'], env());
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stderr).toContain('the first is matched, --prune deletes the others');
    expect(writes().map((write) => write.call).sort()).toEqual(
      [`DELETE /api/v1/repository/acme/website/notification/${second.uuid}`, `DELETE /api/v1/repository/acme/website/notification/${untitled.uuid}`].sort(),
    );
    expect(quayControl(fx.emulator).notifications('acme/website').map((entry) => entry.uuid)).toEqual([first.uuid]);
  });
});

describe('drift', () => {
  it('shows a URL changed on the server as a replace', async () => {
    const env = fx.env('quay');
    const path = file(SITE_PUSHED);
    expect((await run(['apply', '-f', path, '--yes'], env)).code).toBe(0);
    // Somebody changes the URL by hand: Quay has no update, so it is a delete and a create with the same title.
    const [applied] = quayControl(fx.emulator).notifications('acme/website');
    await run(['notification', 'delete', 'acme/website', applied.uuid, '--yes'], env);
    await run(['notification', 'create', 'acme/website', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://evil.example.com/x', '--title', 'Site pushed'], env);
    fx.emulator.requests.length = 0;
    const plan = await run(['plan', '-f', path, '--detailed-exitcode'], env);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toBe(
      '-/+ replace quay acme/website: Site pushed\n    ~ config.url: "https://evil.example.com/x" → "https://ci.example.com/site"\n\n' +
        'Plan: 0 to create, 0 to update, 1 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
    expect(writes()).toEqual([]);
  });
});

describe('secrets', () => {
  it('never prints a secret value in plan, apply or export, even with --verbose', async () => {
    const env = { ...(await profiles()), ...secretsEnv };
    const path = file(MIXED);
    const outputs: string[] = [];
    for (const args of [
      ['plan', '-f', path, '--verbose'],
      ['plan', '-f', path, '--verbose', '-o', 'json'],
      ['apply', '-f', path, '--yes', '--verbose'],
      ['plan', '-f', path, '--verbose'],
      ['export', '--profile', 'q1', '--platform', 'quay', '--repo', 'acme/app', '--verbose'],
      ['export', '--profile', 'al', '--platform', 'alauda', '--verbose'],
      ['export', '--profile', 'ca', '--platform', 'codearts', '--repo', 'demo-group/demo-repo', '--verbose'],
    ]) {
      const result = await run(args, env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      outputs.push(result.stdout + result.stderr);
    }
    const all = outputs.join('\n');
    // --verbose did log the requests, so the check is not vacuous.
    expect(all).toContain('POST');
    for (const secret of [SLACK, 'SLACKSECRETPART', ALAUDA_SECRET, CODEARTS_TOKEN, EMULATOR_CREDENTIALS.quayToken, EMULATOR_CREDENTIALS.alaudaToken, EMULATOR_CREDENTIALS.codeartsToken]) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(base64(secret));
    }
  });
});

describe('CodeArts in the plan', () => {
  it('names each event that changes, not the whole list of events', async () => {
    const path = file(`version: 1
codearts:
  repositories:
    demo-group/demo-repo:
      email:
        events: ["mr:open", "mr:merge", "mr:review=reviewer"]
`);
    const result = await run(['plan', '-f', path], fx.env('codearts'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      '~ update codearts demo-group/demo-repo email\n' +
        '    ~ events.mr:update: true → false\n' +
        '    ~ events.mr:review: true → ["reviewer"]\n' +
        '    ~ events.mr:approve: true → false\n' +
        '    ~ events.mr:create_note: true → false\n' +
        '    ~ events.mr:resolve_note: true → false\n' +
        '    ~ events.repo:delete: true → false\n' +
        '    ~ events.repo:capacity_warning: true → false\n\n' +
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
  });
});
