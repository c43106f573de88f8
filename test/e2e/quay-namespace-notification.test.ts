// A namespace's own notifications (Quay 3.18+, quay/quay endpoints/api/namespacenotification.py): --org ORG or
// --user in place of the repository argument, and a clear word when the server has the feature off.
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { useReceiver } from '../helpers/receiver.js';

const fx = useEmulator();
const run = (args: string[]) => regnotify(args, { env: fx.env('quay') });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

function wire() {
  return fx.emulator.requests.map((request) => ({ method: request.method, path: request.path, json: request.json }));
}

const receiver = useReceiver(fx);

async function createQuotaWebhook(scope: string[]): Promise<string> {
  const result = await run(['notification', 'create', ...scope, '--event', 'quota_warning', '--method', 'webhook', '--url', `${receiver.url}/quota`, '-q']);
  expect(result.code).toBe(0);
  fx.emulator.clearRequests();
  return result.stdout.trim();
}

describe('notification create --org / --user', () => {
  it('POSTs the body to /organization/{org}/notifications (no trailing slash) and prints the notification', async () => {
    const result = await run(['notification', 'create', '--org', 'acme', '--event', 'quota_error', '--method', 'webhook', '--url', 'https://ops.example.com/quota', '--title', 'Over quota']);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      {
        method: 'POST',
        path: '/api/v1/organization/acme/notifications',
        json: { event: 'quota_error', method: 'webhook', config: { url: 'https://ops.example.com/quota' }, eventConfig: {}, title: 'Over quota' },
      },
    ]);
    expect(fx.emulator.requests[0].headers.authorization).toBe(`Bearer ${EMULATOR_CREDENTIALS.quayToken}`);
    const [created] = quayControl(fx.emulator).namespaceNotifications('acme');
    expect(result.stdout).toBe(
      `uuid\t${created.uuid}\ntitle\tOver quota\nevent\tquota_error\nevent config\t\nmethod\twebhook\ndestination\thttps://ops.example.com/quota\nfailures\t0\nstatus\tenabled\n`,
    );
    expect(result.stderr).toBe(`✓ Created notification ${created.uuid} on organization acme\n`);
  });

  it("with --user, POSTs to /user/namespacenotifications; e-mail needs no authorization there (Quay mails the namespace's own address)", async () => {
    const result = await run(['notification', 'create', '--user', '--event', 'quota_warning', '--method', 'email', '--email', 'new@example.com', '-q']);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      { method: 'POST', path: '/api/v1/user/namespacenotifications', json: { event: 'quota_warning', method: 'email', config: { email: 'new@example.com' }, eventConfig: {} } },
    ]);
    expect(quayControl(fx.emulator).namespaceNotifications('quayadmin').map((entry) => entry.uuid)).toEqual([result.stdout.trim()]);
  });

  const refusals: Array<[string, string[], string]> = [
    ['a repository event', ['--org', 'acme', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://a.example.com'],
      'error: unknown event "repo_push" (allowed: quota_warning, quota_error)\nhint: a namespace notification (--org, --user) takes only the quota events\n'],
    ['a repository as well as --org', ['acme/app', '--org', 'acme', '--event', 'quota_warning', '--method', 'webhook', '--url', 'https://a.example.com'],
      'error: unexpected argument "acme/app" (--org acme replaces the repository argument)\n'],
    ['--org with --user', ['--org', 'acme', '--user', '--event', 'quota_warning', '--method', 'webhook', '--url', 'https://a.example.com'],
      'error: --org and --user cannot be combined (give one namespace)\n'],
    ['another organization as the target', ['--org', 'acme', '--event', 'quota_warning', '--method', 'quay_notification', '--target', 'org:globex'],
      'error: target org:globex is not organization acme (Quay notifies an organization only of its own events; another one makes it fail with HTTP 500)\nhint: use org:acme, or a team:NAME or user:NAME target\n'],
  ];
  for (const [what, args, stderr] of refusals) {
    it(`refuses ${what} before sending anything (exit 2)`, async () => {
      expect(await run(['notification', 'create', ...args])).toEqual({ code: 2, signal: null, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  }
});

describe('notification list/get/test/reset/delete --org / --user', () => {
  it('lists, shows, resets and deletes under /organization/{org}/notifications[/{uuid}]', async () => {
    const uuid = await createQuotaWebhook(['--org', 'acme']);
    expect(await run(['notification', 'list', '--org', 'acme', '-q'])).toMatchObject({ code: 0, stdout: `${uuid}\n` });
    expect((await run(['notification', 'get', '--org', 'acme', uuid, '--json'])).stdout).toContain('"event": "quota_warning"');
    expect(await run(['notification', 'reset', '--org', 'acme', uuid])).toMatchObject({ code: 0, stderr: `✓ Reset the failure count of ${uuid}; Quay delivers it again\n` });
    expect(await run(['notification', 'delete', '--org', 'acme', uuid, '--yes'])).toMatchObject({ code: 0, stderr: `✓ Deleted notification ${uuid} from organization acme\n` });
    expect(wire().map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v1/organization/acme/notifications',
      `GET /api/v1/organization/acme/notifications/${uuid}`,
      `POST /api/v1/organization/acme/notifications/${uuid}`,
      `DELETE /api/v1/organization/acme/notifications/${uuid}`,
    ]);
    expect(quayControl(fx.emulator).namespaceNotifications('acme')).toEqual([]);
  });

  it("tests under .../test: Quay delivers the quota event's sample to the webhook", async () => {
    const uuid = await createQuotaWebhook(['--user']);
    const result = await run(['notification', 'test', '--user', uuid]);
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: '',
      stderr: `✓ Test of ${uuid} queued; a failed delivery raises its failure count (regnotify notification get --user ${uuid})\n`,
    });
    expect(wire().map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /api/v1/user/namespacenotifications/${uuid}`,
      `POST /api/v1/user/namespacenotifications/${uuid}/test`,
    ]);
    expect((await receiver.next()).json).toEqual({
      namespace: 'quayadmin',
      homepage: `${fx.url}/organization/quayadmin`,
      threshold_percent: 80,
      usage_bytes: 858993459,
      limit_bytes: 1073741824,
      usage_percent: 80,
      usage_bytes_formatted: '819.20 MB',
      limit_bytes_formatted: '1.00 GB',
    });
  });

  it('prints an empty JSON array for a namespace without notifications', async () => {
    const result = await run(['notification', 'list', '--org', 'acme', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it("exits 3 for an unknown uuid (Quay's own 404 here, unlike the repository routes)", async () => {
    expect(await run(['notification', 'get', '--org', 'acme', UNKNOWN])).toEqual({
      code: 3,
      signal: null,
      stdout: '',
      stderr: `error: notification ${UNKNOWN} of organization acme not found (HTTP 404)\n`,
    });
  });

  it('says the feature is off when the server answers 404 to the route itself (exit 3)', async () => {
    quayControl(fx.emulator).quotaNotifications = false;
    expect(await run(['notification', 'list', '--org', 'acme'])).toEqual({
      code: 3,
      signal: null,
      stdout: '',
      stderr:
        'error: this Quay has no namespace notifications: the feature is off (HTTP 404)\n' +
        'hint: namespace notifications need Quay 3.18 or later with FEATURE_QUOTA_NOTIFICATIONS: true in its config.yaml; ask the Quay administrator\n',
    });
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/organization/acme/notifications', json: undefined }]);
  });

  it('needs the uuid', async () => {
    expect(await run(['notification', 'get', '--org', 'acme'])).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: 'error: missing argument uuid (the notification uuid, see notification list)\n',
    });
  });
});

describe("the emulator's namespace notification routes", () => {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${fx.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it("answers Quay's 400s for a repository event and an unknown method, 403 for an organization the caller does not administer", async () => {
    const event = await call('POST', '/organization/acme/notifications', { event: 'repo_push', method: 'email', config: {}, eventConfig: {} });
    expect(await event.json()).toMatchObject({ status: 400, detail: "Invalid event 'repo_push'. Must be one of: quota_error, quota_warning" });
    const method = await call('POST', '/organization/acme/notifications', { event: 'quota_error', method: 'pager', config: {}, eventConfig: {} });
    expect(await method.json()).toMatchObject({ status: 400, detail: "Unknown notification method 'pager'" });
    expect((await call('GET', '/organization/globex/notifications')).status).toBe(403);
  });

  it("answers flask's plain 404 on every route when FEATURE_QUOTA_NOTIFICATIONS is off", async () => {
    quayControl(fx.emulator).quotaNotifications = false;
    const response = await call('GET', '/user/namespacenotifications');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' });
  });
});
