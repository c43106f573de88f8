import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { useReceiver } from '../helpers/receiver.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });
const bearer = `Bearer ${EMULATOR_CREDENTIALS.quayToken}`;
const PUSH = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
const DISABLED = '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** What get and test print for a uuid the repository's list does not hold. */
const notInList = (repository: string, uuid: string) => ({
  code: 3,
  signal: null,
  stdout: '',
  stderr: `error: notification ${uuid} not found in ${repository} (not in its notification list)\n`,
});
const missingRepository = { code: 3, signal: null, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' };
/** An empty list is checked against the repository: the list, then the repository. */
const listThenRepository = (repository: string) => [`GET /api/v1/repository/${repository}/notification/`, `GET /api/v1/repository/${repository}?includeTags=false`];
const requestLines = () => wire().map((request) => `${request.method} ${request.path}${request.search}`);

function wire() {
  return fx.emulator.requests.map((request) => ({ method: request.method, path: request.path, search: request.search, json: request.json }));
}

const receiver = useReceiver(fx);

describe('notification create', () => {
  it('checks the repository, then POSTs event, method, config, eventConfig and title to .../notification/', async () => {
    const result = await run([
      'notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/build', '--title', 'Build',
    ]);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      { method: 'GET', path: '/api/v1/repository/acme/app', search: '?includeTags=false', json: undefined },
      {
        method: 'POST',
        path: '/api/v1/repository/acme/app/notification/',
        search: '',
        json: { event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/build' }, eventConfig: {}, title: 'Build' },
      },
    ]);
    const post = fx.emulator.requests[1];
    expect(post.headers.authorization).toBe(bearer);
    expect(post.headers['content-type']).toBe('application/json');
    const [created] = quayControl(fx.emulator).notifications('acme/app').filter((entry) => entry.title === 'Build');
    expect(result.stdout).toBe(
      `uuid\t${created.uuid}\ntitle\tBuild\nevent\trepo_push\nevent config\t\nmethod\twebhook\ndestination\thttps://ci.example.com/build\nfailures\t0\nstatus\tenabled\n`,
    );
    expect(result.stderr).toBe(`✓ Created notification ${created.uuid} on acme/app\n`);
  });

  it('prints only the uuid with -q, and the Quay object (event_config) with --json', async () => {
    const quiet = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com/', '-q']);
    expect(quiet.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const json = await run([
      'notification', 'create', 'acme/app', '--event', 'vulnerability_found', '--level', 'high', '--method', 'email', '--email', 'ops@example.com', '--json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      uuid: expect.any(String),
      title: null,
      event: 'vulnerability_found',
      method: 'email',
      config: { email: 'ops@example.com' },
      event_config: { level: 1, vulnerability: { priority: 'High' } },
      number_of_failures: 0,
    });
  });

  it('sends a --config value that parses as JSON as JSON, and convenience flags for each event', async () => {
    await run(['notification', 'create', 'acme/app', '--event', 'build_failure', '--ref-regex', '^refs/heads/main$', '--method', 'quay_notification', '--config', 'target={"kind":"user","name":"devuser"}']);
    await run(['notification', 'create', 'acme/app', '--event', 'repo_image_expiry', '--days', '7', '--method', 'quay_notification', '--target', 'team:owners']);
    const posts = fx.emulator.requests.filter((request) => request.method === 'POST').map((request) => request.json);
    expect(posts).toEqual([
      { event: 'build_failure', method: 'quay_notification', config: { target: { kind: 'user', name: 'devuser' } }, eventConfig: { 'ref-regex': '^refs/heads/main$' } },
      { event: 'repo_image_expiry', method: 'quay_notification', config: { target: { kind: 'team', name: 'owners' } }, eventConfig: { days: 7 } },
    ]);
  });

  it('warns about a Slack URL the Quay UI would refuse, and still creates it', async () => {
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', 'https://chat.example.com/hook', '-q']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "warning: the Slack URL does not look like https://hooks.slack.com/services/<team>/<channel>/<token>; Quay's web UI would refuse it\n" + `✓ Created notification ${result.stdout.trim()} on acme/app\n`,
    );
  });

  it('keeps a Slack URL out of the --verbose trace', async () => {
    const url = 'https://hooks.slack.com/services/T000/B000/s3cr3tXYZ';
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', url, '--verbose', '-q']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('> POST ');
    expect(result.stderr).toContain('"config":{"url":"***"}');
    expect(result.stderr).not.toContain('s3cr3tXYZ');
    expect(fx.emulator.requests[1].json).toMatchObject({ config: { url } });
  });

  const refusals: Array<[string, string[], string]> = [
    ['an unknown event, suggesting the closest', ['--event', 'repo_psh', '--method', 'webhook', '--url', 'https://a.example.com'],
      'error: unknown event "repo_psh" (allowed: repo_push, build_queued, build_start, build_success, build_failure, build_cancelled, vulnerability_found, repo_mirror_sync_started, repo_mirror_sync_success, repo_mirror_sync_failed, repo_image_expiry); did you mean "repo_push"?\nhint: run "regnotify events" to list Quay events and methods\n'],
    ['an unknown method, suggesting the closest', ['--event', 'repo_push', '--method', 'webhok', '--url', 'https://a.example.com'],
      'error: unknown method "webhok" (allowed: quay_notification, email, webhook, slack, flowdock, hipchat); did you mean "webhook"?\nhint: run "regnotify events" to list Quay events and methods\n'],
    ['a webhook without a URL', ['--event', 'repo_push', '--method', 'webhook'],
      'error: missing webhook config "url" (http(s) URL that receives the POST; not localhost or 127.0.0.1)\n'],
    ['a webhook to localhost', ['--event', 'repo_push', '--method', 'webhook', '--url', 'http://localhost:8080/hook'],
      'error: invalid webhook URL "http://localhost:8080/hook" (Quay refuses webhooks to localhost and 127.0.0.1)\n'],
    ['a webhook URL that is not http(s)', ['--event', 'repo_push', '--method', 'webhook', '--url', 'ftp://files.example.com/'],
      'error: invalid webhook URL "ftp://files.example.com/" (only http and https URLs are allowed)\n'],
    ['a webhook template that is not JSON', ['--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com', '--template', '{"text": ${.repository}'],
      expect.stringMatching(/^error: invalid webhook template \(Could not parse template: .+\)\n$/) as unknown as string],
    ['an empty template expression', ['--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com', '--config', 'template={"text":"${}"}'],
      'error: invalid webhook template (Empty expression found)\n'],
    ['an invalid e-mail address', ['--event', 'repo_push', '--method', 'email', '--email', 'ops.example.com'],
      'error: invalid e-mail address "ops.example.com" (expected name@example.com)\n'],
    ['a target without a kind', ['--event', 'repo_push', '--method', 'quay_notification', '--target', 'devuser'],
      'error: invalid target "devuser" (expected user:NAME, team:NAME, org:NAME or {"kind":"user","name":"NAME"})\n'],
    ['a robot target', ['--event', 'repo_push', '--method', 'quay_notification', '--target', 'user:acme+deployer'],
      'error: target "acme+deployer" is a robot account (Quay notifies only users, teams and organizations)\n'],
    ['an unknown target kind', ['--event', 'repo_push', '--method', 'quay_notification', '--target', 'group:x'],
      'error: unknown target kind "group" (allowed: user, team, org)\n'],
    ['a Slack notification without a URL', ['--event', 'repo_push', '--method', 'slack'],
      'error: missing slack config "url" (Slack incoming-webhook URL (https://hooks.slack.com/services/...))\n'],
    ['a HipChat room given by name', ['--event', 'repo_push', '--method', 'hipchat', '--config', 'notification_token=t0k3n', '--config', 'room_id=ops'],
      'error: invalid HipChat room_id "ops" (expected the room number, not its name)\n'],
    ['Flowdock without its token', ['--event', 'repo_push', '--method', 'flowdock'],
      'error: missing flowdock config "flow_api_token" (Flowdock flow API token)\n'],
    ['an unknown severity, suggesting the closest', ['--event', 'vulnerability_found', '--level', 'hgh', '--method', 'email', '--email', 'ops@example.com'],
      'error: unknown severity "hgh" (allowed: critical, high, medium, low, negligible, unknown); did you mean "high"?\nhint: use a severity name or a level number from 0 (critical) to 5 (unknown)\n'],
    ['repo_image_expiry without days', ['--event', 'repo_image_expiry', '--method', 'email', '--email', 'ops@example.com'],
      'error: missing repo_image_expiry event config "days" (notify this many days (1 or more) before a tag expires)\n'],
    ['every missing key at once: repo_image_expiry by e-mail without days or address', ['--event', 'repo_image_expiry', '--method', 'email'],
      'error: missing repo_image_expiry event config "days" (notify this many days (1 or more) before a tag expires) and email config "email" (recipient address; it must be authorized for the repository first)\n'],
    ['a missing --event together with the config the method needs', ['--method', 'email'],
      'error: missing --event, --email (regnotify asks only on a terminal)\nhint: pass --event and --email\n'],
    ['a missing --method together with the event config the event needs', ['--event', 'repo_image_expiry', '--email', 'ops@example.com'],
      'error: missing --method, --days (regnotify asks only on a terminal)\nhint: pass --method and --days\n'],
    ['repo_image_expiry with 0 days', ['--event', 'repo_image_expiry', '--days', '0', '--method', 'email', '--email', 'ops@example.com'],
      'error: invalid days "0" for repo_image_expiry (expected a whole number of days, 1 or more)\n'],
    ['a ref-regex that does not compile', ['--event', 'build_success', '--ref-regex', '(unclosed', '--method', 'email', '--email', 'ops@example.com'],
      expect.stringMatching(/^error: invalid ref-regex "\(unclosed" \(.+\)\n$/) as unknown as string],
    ['event config on an event that takes none', ['--event', 'repo_push', '--days', '3', '--method', 'email', '--email', 'ops@example.com'],
      'error: unknown repo_push event config key "days" (repo_push takes no event config)\n'],
    ['a config key the method does not have', ['--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com', '--config', 'secret=x'],
      'error: unknown webhook config key "secret" (allowed: url, template)\n'],
    ['quay_notification without a target', ['--event', 'repo_push', '--method', 'quay_notification'],
      'error: missing quay_notification config "target" (who is notified: user:NAME, team:NAME, org:NAME or {"kind":"user","name":"NAME"})\n'],
    ['email without an address', ['--event', 'repo_push', '--method', 'email'],
      'error: missing email config "email" (recipient address; it must be authorized for the repository first)\n'],
    ['HipChat without its room', ['--event', 'repo_push', '--method', 'hipchat', '--config', 'notification_token=t0k3n'],
      'error: missing hipchat config "room_id" (HipChat room number (not its name))\n'],
    ['a level number out of range', ['--event', 'vulnerability_found', '--level', '7', '--method', 'email', '--email', 'ops@example.com'],
      'error: invalid vulnerability level "7" (allowed: 0-5, 0 = critical … 5 = unknown)\nhint: use a severity name or a level number from 0 (critical) to 5 (unknown)\n'],
    ['a level that contradicts vulnerability.priority', ['--event', 'vulnerability_found', '--level', 'high', '--event-config', 'vulnerability={"priority":"Low"}', '--method', 'email', '--email', 'ops@example.com'],
      'error: vulnerability level 1 (high) and vulnerability.priority "Low" disagree\nhint: give only level; regnotify sets vulnerability.priority to match\n'],
    ['an event config key the event does not have', ['--event', 'vulnerability_found', '--event-config', 'severity=high', '--method', 'email', '--email', 'ops@example.com'],
      'error: unknown vulnerability_found event config key "severity" (allowed: level, vulnerability)\n'],
    ['a title over 255 characters', ['--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com', '--title', 'x'.repeat(256)],
      'error: title is 256 characters long (Quay allows at most 255)\n'],
    ['a malformed --config pair', ['--event', 'repo_push', '--method', 'webhook', '--config', 'url'],
      'error: invalid --config "url" (expected key=value)\n'],
    ['a key given twice', ['--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com', '--config', 'url=https://b.example.com'],
      'error: --url and --config url=… both set "url" (give it once)\n'],
  ];

  for (const [what, flags, stderr] of refusals) {
    it(`refuses ${what} before sending anything (exit 2)`, async () => {
      const result = await run(['notification', 'create', 'acme/app', ...flags]);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toEqual(stderr);
      expect(fx.emulator.requests).toEqual([]);
    });
  }

  it('exits 3 for a missing repository without posting the notification (Quay would answer 500)', async () => {
    const result = await run(['notification', 'create', 'acme/nope', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
    expect(wire().map((request) => request.method)).toEqual(['GET']);
  });

  it("reports Quay's own 400s: an e-mail not authorized for the repository, an unknown user", async () => {
    // The address was authorized when regnotify checked, and no longer when it created: Quay's own refusal shows.
    fx.emulator.inject({
      method: 'GET',
      path: '/api/v1/repository/acme/app/authorizedemail/someone%40example.org',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ email: 'someone@example.org', repository: 'app', namespace: 'acme', confirmed: true }),
      times: 1,
    });
    const email = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'email', '--email', 'someone@example.org']);
    expect(email).toMatchObject({
      code: 1,
      stderr: 'error: The specified e-mail address is not authorized to receive notifications for this repository (HTTP 400)\n',
    });
    const user = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'quay_notification', '--target', 'user:ghost']);
    expect(user).toMatchObject({ code: 1, stderr: 'error: Unknown user ghost (HTTP 400)\n' });
  });
});

describe('notification list and get', () => {
  it('lists uuid, title, event, method, destination, failures and status ("disabled" at 3 failures)', async () => {
    const result = await run(['notification', 'list', 'acme/app']);
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        `${PUSH}\tDeploy on push\trepo_push\twebhook\thttps://ci.example.com/hooks/quay\t0\tenabled\n` +
        `${DISABLED}\tCritical CVEs\tvulnerability_found\temail\tops@example.com\t3\tdisabled\n`,
    });
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/repository/acme/app/notification/', search: '', json: undefined }]);
    expect(fx.emulator.requests[0].headers.authorization).toBe(bearer);
  });

  it("prints Quay's notifications as a plain JSON array, and uuids with -q", async () => {
    const json = await run(['notification', 'list', 'acme/app', '--json']);
    const list = JSON.parse(json.stdout);
    expect(list).toHaveLength(2);
    expect(list[1]).toEqual({
      uuid: DISABLED,
      title: 'Critical CVEs',
      event: 'vulnerability_found',
      method: 'email',
      config: { email: 'ops@example.com' },
      event_config: { level: 0, vulnerability: { priority: 'Critical' } },
      number_of_failures: 3,
    });
    const quiet = await run(['notification', 'list', 'acme/app', '-q']);
    expect(quiet.stdout).toBe(`${PUSH}\n${DISABLED}\n`);
  });

  it('prints an empty JSON array for a repository without notifications', async () => {
    expect(await run(['notification', 'list', 'acme/website', '--json'])).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('shows one notification with its event config', async () => {
    const result = await run(['notification', 'get', 'acme/app', DISABLED]);
    expect(result).toMatchObject({
      code: 0,
      stdout: `uuid\t${DISABLED}\ntitle\tCritical CVEs\nevent\tvulnerability_found\nevent config\tlevel=critical\nmethod\temail\ndestination\tops@example.com\nfailures\t3\nstatus\tdisabled\n`,
    });
    // Picked from the list: Quay's GET of a uuid alone would answer another repository's notification too.
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/repository/acme/app/notification/', search: '', json: undefined }]);
  });

  it('prints the same JSON object as the list holds for that uuid', async () => {
    const result = await run(['notification', 'get', 'acme/app', PUSH, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      uuid: PUSH,
      title: 'Deploy on push',
      event: 'repo_push',
      method: 'webhook',
      config: { url: 'https://ci.example.com/hooks/quay' },
      event_config: {},
      number_of_failures: 0,
    });
  });

  it('exits 3 for an unknown uuid', async () => {
    expect(await run(['notification', 'get', 'acme/app', UNKNOWN])).toEqual(notInList('acme/app', UNKNOWN));
    expect(requestLines()).toEqual(['GET /api/v1/repository/acme/app/notification/']);
  });

  it("exits 3 for another repository's uuid, which Quay's GET of the uuid alone would answer", async () => {
    expect(await run(['notification', 'get', 'acme/website', PUSH])).toEqual(notInList('acme/website', PUSH));
    expect(requestLines()).toEqual(listThenRepository('acme/website'));
  });

  it('exits 3 naming a missing repository (its list is empty, so the repository is read)', async () => {
    expect(await run(['notification', 'get', 'acme/nope', PUSH])).toEqual(missingRepository);
    expect(requestLines()).toEqual(listThenRepository('acme/nope'));
  });
});

describe('notification test', () => {
  async function createWebhook(url: string): Promise<string> {
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', url, '-q']);
    expect(result.code).toBe(0);
    fx.emulator.clearRequests();
    return result.stdout.trim();
  }

  it("POSTs .../test and Quay delivers the event's sample payload to the webhook", async () => {
    const uuid = await createWebhook(`${receiver.url}/hook`);
    const result = await run(['notification', 'test', 'acme/app', uuid]);
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: `✓ Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get acme/app ${uuid})\n`,
    });
    expect(wire()).toEqual([
      { method: 'GET', path: '/api/v1/repository/acme/app/notification/', search: '', json: undefined },
      { method: 'POST', path: `/api/v1/repository/acme/app/notification/${uuid}/test`, search: '', json: undefined },
    ]);
    const delivered = await receiver.next();
    expect(delivered).toMatchObject({ method: 'POST', path: '/hook' });
    expect(delivered.headers['content-type']).toBe('application/json');
    expect(delivered.json).toEqual({
      repository: 'acme/app',
      namespace: 'acme',
      name: 'app',
      docker_url: `${fx.url.replace('http://', '')}/acme/app`,
      homepage: `${fx.url}/repository/acme/app`,
      updated_tags: ['latest', 'foo'],
      pruned_image_count: 3,
    });
  });

  it('counts failed deliveries; after three the notification is disabled and nothing more is delivered', async () => {
    receiver.status = 500;
    const uuid = await createWebhook(`${receiver.url}/hook`);
    const quay = quayControl(fx.emulator);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await run(['notification', 'test', 'acme/app', uuid])).code).toBe(0);
      await quay.settled();
    }
    expect(receiver.received).toHaveLength(3);
    const list = await run(['notification', 'list', 'acme/app', '--json']);
    expect(JSON.parse(list.stdout).find((entry: { uuid: string }) => entry.uuid === uuid).number_of_failures).toBe(3);
    const fourth = await run(['notification', 'test', 'acme/app', uuid]);
    expect(fourth.code).toBe(0);
    expect(fourth.stderr).toBe(
      `warning: notification ${uuid} is disabled after 3 failed deliveries: Quay accepts the test but will not deliver it; pass --reset to re-enable it first\n` +
        `✓ Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get acme/app ${uuid})\n`,
    );
    await quay.settled();
    expect(receiver.received).toHaveLength(3);
    expect(quay.deliveries.map((delivery) => delivery.outcome)).toEqual(['failed', 'failed', 'failed', 'skipped']);
  });

  it('with --reset, re-enables a disabled notification first and then tests it', async () => {
    const uuid = await createWebhook(`${receiver.url}/hook`);
    const quay = quayControl(fx.emulator);
    receiver.status = 503;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await run(['notification', 'test', 'acme/app', uuid]);
      await quay.settled();
    }
    receiver.status = 200;
    fx.emulator.clearRequests();
    const result = await run(['notification', 'test', 'acme/app', uuid, '--reset']);
    expect(result).toMatchObject({ code: 0, stderr: `✓ Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get acme/app ${uuid})\n` });
    expect(wire().map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v1/repository/acme/app/notification/',
      `POST /api/v1/repository/acme/app/notification/${uuid}`,
      `POST /api/v1/repository/acme/app/notification/${uuid}/test`,
    ]);
    await quay.settled();
    expect(quay.deliveries.at(-1)).toMatchObject({ outcome: 'delivered', status: 200 });
    expect(quay.notifications('acme/app').find((entry) => entry.uuid === uuid)?.number_of_failures).toBe(0);
  });

  it('counts a refused connection as a failure', async () => {
    const url = `${receiver.url}/gone`;
    await receiver.stop();
    const uuid = await createWebhook(url);
    await run(['notification', 'test', 'acme/app', uuid]);
    const quay = quayControl(fx.emulator);
    await quay.settled();
    expect(quay.deliveries).toEqual([expect.objectContaining({ outcome: 'failed', error: 'ECONNREFUSED' })]);
  });

  it('applies a webhook template to the payload', async () => {
    const result = await run([
      'notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', `${receiver.url}/t`,
      '--template', '{"text":"pushed ${repository}: ${updated_tags}","tags":"${updated_tags}"}', '-q',
    ]);
    await run(['notification', 'test', 'acme/app', result.stdout.trim()]);
    expect((await receiver.next()).json).toEqual({ text: 'pushed acme/app: latest,foo', tags: ['latest', 'foo'] });
  });

  it("delivers Slack's message shape to a Slack notification's URL", async () => {
    const created = await run(['notification', 'create', 'acme/app', '--event', 'vulnerability_found', '--level', 'high', '--method', 'slack', '--url', `${receiver.url}/slack`, '-q']);
    await run(['notification', 'test', 'acme/app', created.stdout.trim()]);
    expect((await receiver.next()).json).toEqual({
      text: 'High vulnerability detected in repository acme/app in 5 tags',
      username: 'quayiobot',
      attachments: [
        {
          fallback: 'High vulnerability detected in repository acme/app in 5 tags',
          text: `<${fx.url}/repository/acme/app|acme/app>: High vulnerability detected in repository acme/app in 5 tags`,
          color: 'warning',
          mrkdwn_in: ['text'],
        },
      ],
    });
  });

  it('exits 3 for an unknown uuid, and POSTs nothing', async () => {
    expect(await run(['notification', 'test', 'acme/app', UNKNOWN])).toEqual(notInList('acme/app', UNKNOWN));
    expect(requestLines()).toEqual(['GET /api/v1/repository/acme/app/notification/']);
  });

  // Another repository's uuid: test/e2e/quay-notification-fidelity.test.ts (beside the emulator delivering it as Quay does).
  it("with --dry-run, reads the list and plans nothing for another repository's uuid (exit 3)", async () => {
    expect(await run(['notification', 'test', 'acme/website', PUSH, '--dry-run'])).toEqual(notInList('acme/website', PUSH));
    expect(requestLines()).toEqual(listThenRepository('acme/website'));
  });

  it('exits 3 naming a missing repository, and POSTs nothing', async () => {
    expect(await run(['notification', 'test', 'acme/nope', PUSH, '--reset'])).toEqual(missingRepository);
    expect(requestLines()).toEqual(listThenRepository('acme/nope'));
  });
});

describe('notification reset', () => {
  it('POSTs to the notification (204) and the failure count is 0 again', async () => {
    const result = await run(['notification', 'reset', 'acme/app', DISABLED]);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `✓ Reset the failure count of ${DISABLED}; Quay delivers it again\n` });
    expect(wire()).toEqual([{ method: 'POST', path: `/api/v1/repository/acme/app/notification/${DISABLED}`, search: '', json: undefined }]);
    expect(fx.emulator.requests[0].body).toBe('');
    expect(quayControl(fx.emulator).notifications('acme/app')[1].number_of_failures).toBe(0);
  });

  it("exits 3 for an unknown uuid (Quay's 400 No repository notification found)", async () => {
    expect(await run(['notification', 'reset', 'acme/app', UNKNOWN])).toMatchObject({
      code: 3,
      stderr: `error: notification ${UNKNOWN} not found in acme/app (No repository notification found for: acme, app, ${UNKNOWN}; HTTP 400)\n`,
    });
  });

  it("exits 3 for a uuid of another repository (Quay's {message} variant)", async () => {
    expect(await run(['notification', 'reset', 'acme/website', DISABLED])).toMatchObject({
      code: 3,
      stderr: `error: notification ${DISABLED} not found in acme/website (No repository notification found with uuid: ${DISABLED}; HTTP 400)\n`,
    });
  });
});

describe('notification delete', () => {
  it('needs --yes without a terminal, and sends nothing', async () => {
    expect(await run(['notification', 'delete', 'acme/app', PUSH])).toMatchObject({
      code: 2,
      stderr: `error: deleting notification ${PUSH} needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n`,
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('DELETEs with --yes', async () => {
    const result = await run(['notification', 'delete', 'acme/app', PUSH, '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `✓ Deleted notification ${PUSH} from acme/app\n` });
    expect(wire()).toEqual([{ method: 'DELETE', path: `/api/v1/repository/acme/app/notification/${PUSH}`, search: '', json: undefined }]);
    expect(quayControl(fx.emulator).notifications('acme/app').map((entry) => entry.uuid)).toEqual([DISABLED]);
  });

  it("reports Quay's 400 for an unknown uuid as not found, exit 3", async () => {
    expect(await run(['notification', 'delete', 'acme/app', UNKNOWN, '--yes'])).toMatchObject({
      code: 3,
      stdout: '',
      stderr: `error: notification ${UNKNOWN} not found in acme/app (No repository notification found for: acme, app, ${UNKNOWN}; HTTP 400)\n`,
    });
  });
});
