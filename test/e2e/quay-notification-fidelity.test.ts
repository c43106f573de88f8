// What real Quay does that the first clients and emulator got wrong: jsonpath-rw templates, an organization target
// outside the namespace, Python ref-regex matched from the start, and the test of another repository's uuid (which
// the emulator delivers as Quay does, and regnotify refuses).
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { useReceiver } from '../helpers/receiver.js';

const fx = useEmulator();
const run = (args: string[]) => regnotify(args, { env: fx.env('quay') });
const PUSH = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';

async function post(path: string, body?: unknown) {
  const response = await fetch(`${fx.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${EMULATOR_CREDENTIALS.quayToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: (() => { try { return JSON.parse(text) as Record<string, unknown>; } catch { return undefined; } })() };
}

const receiver = useReceiver(fx);

async function createWebhook(extra: string[]): Promise<string> {
  const result = await run(['notification', 'create', 'acme/app', '--method', 'webhook', '--url', `${receiver.url}/hook`, ...extra, '-q']);
  expect(result).toMatchObject({ code: 0, stderr: expect.stringContaining('✓ Created notification') });
  return result.stdout.trim();
}

describe('webhook templates are jsonpath-rw, as Quay parses them (quay/quay util/jsontemplate.py)', () => {
  const hint = "hint: Quay reads ${...} with Python's jsonpath-rw, where a path starts with a field name: ${repository}, ${updated_tags[0]}, ${trigger_metadata.ref}\n";
  const refusals: Array<[string, string, string]> = [
    ['a path with a leading dot', '{"text":"${.repository}"}', 'error: invalid webhook template (For expression `.repository`: Parse error at 1:0 near token . (.))\n' + hint],
    ['a path jsonpath-rw cannot finish', '{"text":"${updated_tags[}"}', "error: invalid webhook template (For expression `updated_tags[`: 'NoneType' object has no attribute 'lineno')\n"],
    ['an unclosed ${', '{"text":"pushed ${repository"}', 'error: invalid webhook template (the ${ in "pushed ${repository" has no closing }; Quay would send it as plain text)\n'],
    ['an expression Quay crashes on', '{"text":"${name & namespace}"}', 'error: invalid webhook template (Quay fails on it with HTTP 500: for expression `name & namespace`: NotImplementedError (jsonpath-rw has no `&`))\n' + hint],
  ];
  for (const [what, template, stderr] of refusals) {
    it(`refuses ${what} before sending anything (exit 2)`, async () => {
      const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hook', '--template', template]);
      expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr });
      expect(fx.emulator.requests).toEqual([]);
    });
  }

  it("the emulator answers Quay's 400 for a leading dot and its 500 for `&`", async () => {
    const body = (template: string) => ({ event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/hook', template }, eventConfig: {} });
    const dot = await post('/repository/acme/app/notification/', body('{"text":"${.repository}"}'));
    expect(dot.status).toBe(400);
    expect(dot.json).toMatchObject({ detail: 'For expression `.repository`: Parse error at 1:0 near token . (.)', error_type: 'invalid_request' });
    const ampersand = await post('/repository/acme/app/notification/', body('{"text":"${name & namespace}"}'));
    expect(ampersand.status).toBe(500);
  });

  it('delivers JSON null where a whole-string path finds nothing, "(none)" inside text, and the JSON type of what it finds', async () => {
    const uuid = await createWebhook([
      '--event', 'repo_push',
      '--template', '{"repo":"${repository}","first":"${updated_tags[0]}","count":"${pruned_image_count}","missing":"${trigger_metadata.ref}","text":"ref ${trigger_metadata.ref} of ${name}"}',
    ]);
    await run(['notification', 'test', 'acme/app', uuid]);
    expect((await receiver.next()).json).toEqual({ repo: 'acme/app', first: 'latest', count: 3, missing: null, text: 'ref (none) of app' });
  });
});

describe('--target org:NAME (quay/quay notifications/notificationmethod.py find_targets)', () => {
  it("refuses an organization other than the repository's namespace before sending anything (exit 2)", async () => {
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'quay_notification', '--target', 'org:globex']);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'error: target org:globex is not the namespace of acme/app (Quay notifies an organization only of its own events; another one makes it fail with HTTP 500)\n' +
        'hint: use org:acme, or a team:NAME or user:NAME target\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it("accepts the repository's own organization", async () => {
    const result = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'quay_notification', '--target', 'org:acme', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.at(-1)?.json).toEqual({ event: 'repo_push', method: 'quay_notification', config: { target: { kind: 'org', name: 'acme' } }, eventConfig: {} });
  });

  it('the emulator answers 500 to another organization, as Quay does', async () => {
    const answer = await post('/repository/acme/app/notification/', { event: 'repo_push', method: 'quay_notification', config: { target: { kind: 'org', name: 'globex' } }, eventConfig: {} });
    expect(answer.status).toBe(500);
  });
});

describe("--ref-regex is Python's re, matched from the start of the ref (quay/quay notifications/notificationevent.py)", () => {
  it('sends a Python named group and its back-reference as written', async () => {
    const pattern = 'refs/heads/(?P<name>main|release)(-(?P=name))?$';
    const result = await run(['notification', 'create', 'acme/app', '--event', 'build_success', '--ref-regex', pattern, '--method', 'email', '--email', 'ops@example.com', '-q']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.at(-1)?.json).toMatchObject({ eventConfig: { 'ref-regex': pattern } });
  });

  it("refuses JavaScript's (?<name>...) with Python's message and the Python spelling (exit 2)", async () => {
    const result = await run(['notification', 'create', 'acme/app', '--event', 'build_success', '--ref-regex', '(?<branch>main)', '--method', 'email', '--email', 'ops@example.com']);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr:
        'error: invalid ref-regex "(?<branch>main)" (unknown extension ?<b at position 1)\n' +
        'hint: Quay uses Python regular expressions: name a group (?P<name>...) and refer to it with (?P=name)\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('shows the start-anchored matching in --help', async () => {
    const help = await run(['notification', 'create', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('only builds whose git ref matches this Python regex, from its start');
  });

  it("delivers a test when the regex matches the sample ref's start, and skips it when it matches only further on", async () => {
    // Quay's sample build ref is refs/heads/somebranch.
    const prefix = await createWebhook(['--event', 'build_start', '--ref-regex', 'refs/heads/some']);
    const inside = await createWebhook(['--event', 'build_start', '--ref-regex', 'heads/somebranch']);
    const quay = quayControl(fx.emulator);
    await run(['notification', 'test', 'acme/app', prefix]);
    await run(['notification', 'test', 'acme/app', inside]);
    await quay.settled();
    expect(quay.deliveries.map(({ uuid, outcome, error }) => ({ uuid, outcome, error }))).toEqual(
      expect.arrayContaining([
        { uuid: prefix, outcome: 'delivered', error: undefined },
        { uuid: inside, outcome: 'skipped', error: 'ref-regex heads/somebranch does not match refs/heads/somebranch' },
      ]),
    );
    expect(receiver.received).toHaveLength(1);
  });
});

describe("the test of another repository's uuid (quay/quay endpoints/api/repositorynotification.py, queue_test_notification)", () => {
  it('is queued and delivered as Quay does: its test endpoint does not check the repository', async () => {
    const answer = await post(`/repository/acme/website/notification/${PUSH}/test`);
    expect(answer).toMatchObject({ status: 200, json: {} });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /api/v1/repository/acme/website/notification/${PUSH}/test`,
    ]);
    const quay = quayControl(fx.emulator);
    await quay.settled();
    expect(quay.deliveries).toEqual([expect.objectContaining({ uuid: PUSH, repository: 'acme/app' })]);
  });

  it("regnotify refuses it: the uuid is not in acme/website's list (empty, so the repository is read), nothing is POSTed, exit 3", async () => {
    const result = await run(['notification', 'test', 'acme/website', PUSH]);
    expect(result).toEqual({
      code: 3,
      signal: null,
      stdout: '',
      stderr: `error: notification ${PUSH} not found in acme/website (not in its notification list)\n`,
    });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`)).toEqual([
      'GET /api/v1/repository/acme/website/notification/',
      'GET /api/v1/repository/acme/website?includeTags=false',
    ]);
    const quay = quayControl(fx.emulator);
    await quay.settled();
    expect(quay.deliveries).toEqual([]);
  });
});
