// --dry-run on every writing verb: the request that would be sent is the output, reads go out, no write does.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
type Platform = 'quay' | 'alauda' | 'codearts';
const run = (platform: Platform, args: string[], options: { input?: string } = {}) => regnotify(args, { env: fx.env(platform), input: options.input });
const wire = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`);
const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET' && request.method !== 'HEAD');

const PUSH = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
const DISABLED = '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02';
const quay = (path: string) => `${fx.url}/api/v1${path}`;
const alauda = (path: string) => `${fx.url}/v1${path}`;
const SUBSCRIPTION_123 = '/v4/repositories/123/notification-subscriptions/subscription';

interface Case {
  platform: Platform;
  args: string[];
  /** The one request the plan shows. */
  method: string;
  url: () => string;
  body?: unknown;
  /** What went on the wire: the command's reads, and nothing else. */
  reads: string[];
}

const SEED_EVENTS = [
  ...['open', 'update', 'merge', 'review', 'approve', 'create_note', 'resolve_note'].map((action) => ({ resource_type: 'mr', action, enabled: true, role_names: [] })),
  ...['delete', 'capacity_warning'].map((action) => ({ resource_type: 'repo', action, enabled: true, role_ids: [''] })),
];

const hook5 = { events: ['image:push'], secret: '***', url: 'https://deploy.example.com/alauda', name: 'deploy on push' };

const CASES: Record<string, Case> = {
  'repo create': {
    platform: 'quay',
    args: ['repo', 'create', 'payments', '--namespace', 'acme', '--description', 'Payments'],
    method: 'POST',
    url: () => quay('/repository'),
    body: { repository: 'payments', visibility: 'private', description: 'Payments', namespace: 'acme' },
    reads: [],
  },
  'repo update': {
    platform: 'quay',
    args: ['repo', 'update', 'acme/app', '--description', 'Payments'],
    method: 'PUT',
    url: () => quay('/repository/acme/app'),
    body: { description: 'Payments' },
    reads: [],
  },
  'repo visibility': {
    platform: 'quay',
    args: ['repo', 'visibility', 'acme/app', 'public'],
    method: 'POST',
    url: () => quay('/repository/acme/app/changevisibility'),
    body: { visibility: 'public' },
    reads: [],
  },
  // No --yes and no terminal: a dry run asks nothing.
  // Quay answers 204 for an absent repository too, so repo delete reads it first (exit 3 when it is missing).
  'repo delete': { platform: 'quay', args: ['repo', 'delete', 'acme/app'], method: 'DELETE', url: () => quay('/repository/acme/app'), reads: ['GET /api/v1/repository/acme/app?includeTags=false'] },
  'notification create': {
    platform: 'quay',
    args: ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hook', '--title', 'Deploy'],
    method: 'POST',
    url: () => quay('/repository/acme/app/notification/'),
    body: { event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/hook' }, eventConfig: {}, title: 'Deploy' },
    reads: ['GET /api/v1/repository/acme/app?includeTags=false'],
  },
  'notification delete': {
    platform: 'quay',
    args: ['notification', 'delete', 'acme/app', PUSH],
    method: 'DELETE',
    url: () => quay(`/repository/acme/app/notification/${PUSH}`),
    reads: [],
  },
  'notification test': {
    platform: 'quay',
    args: ['notification', 'test', 'acme/app', PUSH],
    method: 'POST',
    url: () => quay(`/repository/acme/app/notification/${PUSH}/test`),
    // The list, where the uuid must be: Quay's test endpoint would queue another repository's notification too.
    reads: ['GET /api/v1/repository/acme/app/notification/'],
  },
  'notification reset': {
    platform: 'quay',
    args: ['notification', 'reset', 'acme/app', DISABLED],
    method: 'POST',
    url: () => quay(`/repository/acme/app/notification/${DISABLED}`),
    reads: [],
  },
  'notification authorize-email': {
    platform: 'quay',
    args: ['notification', 'authorize-email', 'acme/app', 'new@example.com'],
    method: 'POST',
    url: () => quay('/repository/acme/app/authorizedemail/new%40example.com'),
    reads: ['GET /api/v1/repository/acme/app?includeTags=false'],
  },
  'hook create': {
    platform: 'alauda',
    args: ['hook', 'create', '--subject-type', 'job', '--subject', '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60', '--event', 'job:fail', '--url', 'https://alerts.example.com/jobs', '--name', 'alerts', '--secret', 'hook-secret-0123456789'],
    method: 'POST',
    url: () => alauda('/hooks'),
    body: { subject_type: 'job', subject: '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60', events: ['job:fail'], secret: '***', url: 'https://alerts.example.com/jobs', name: 'alerts' },
    reads: [],
  },
  // A PUT that replaces the whole hook: the read is real, the plan is the merged body.
  'hook update': {
    platform: 'alauda',
    args: ['hook', 'update', '4', '--url', 'https://ci.example.com/alauda'],
    method: 'PUT',
    url: () => alauda('/hooks/4'),
    body: { events: ['build:complete'], secret: '***', url: 'https://ci.example.com/alauda', name: 'test hook', is_active: true },
    reads: ['GET /v1/hooks/4'],
  },
  'hook enable': { platform: 'alauda', args: ['hook', 'enable', '5'], method: 'PUT', url: () => alauda('/hooks/5'), body: { ...hook5, is_active: true }, reads: ['GET /v1/hooks/5'] },
  'hook disable': { platform: 'alauda', args: ['hook', 'disable', '5'], method: 'PUT', url: () => alauda('/hooks/5'), body: { ...hook5, is_active: false }, reads: ['GET /v1/hooks/5'] },
  'hook delete': { platform: 'alauda', args: ['hook', 'delete', '4'], method: 'DELETE', url: () => alauda('/hooks/4'), reads: [] },
  'subscription set': {
    platform: 'codearts',
    args: ['subscription', 'set', '123', '--type', 'internal_message', '--usage-warning', '90'],
    method: 'PUT',
    url: () => `${fx.url}${SUBSCRIPTION_123}?type=internal_message`,
    body: { enabled: true, config_source: 'repo', waring_repo_usage_rate: 90, subscript_events: SEED_EVENTS },
    reads: [`GET ${SUBSCRIPTION_123}?type=internal_message`],
  },
  // regnotify api: its POST, PUT, PATCH and DELETE are writes like any verb's (gh api has no dry run).
  'api POST': {
    platform: 'alauda',
    args: ['api', 'POST', '/hooks', '--platform', 'alauda', '-f', 'name=ci', '-f', 'secret=hook-secret-0123456789', '-F', 'active=true'],
    method: 'POST',
    url: () => alauda('/hooks'),
    body: { name: 'ci', secret: '***', active: true },
    reads: [],
  },
  'api DELETE': { platform: 'quay', args: ['api', 'DELETE', '/repository/acme/app', '--platform', 'quay'], method: 'DELETE', url: () => quay('/repository/acme/app'), reads: [] },
};

describe.each(Object.entries(CASES))('%s --dry-run', (_name, spec) => {
  const planned = () => ({ method: spec.method, url: spec.url(), ...(spec.body !== undefined && { body: spec.body }) });

  it('prints the request (method, URL, JSON body) on stdout, sends only the reads, exit 0', async () => {
    const result = await run(spec.platform, [...spec.args, '--dry-run']);
    const body = spec.body === undefined ? '' : `${JSON.stringify(spec.body, null, 2)}\n`;
    expect(result).toMatchObject({ code: 0, stdout: `${spec.method} ${spec.url()}\n${body}`, stderr: 'Dry run: nothing was changed.\n' });
    expect(wire()).toEqual(spec.reads);
  });

  it('-o json prints {"dry_run": true, "requests": [...]}', async () => {
    const result = await run(spec.platform, [...spec.args, '--dry-run', '-o', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ dry_run: true, requests: [planned()] });
    expect(writes()).toEqual([]);
  });
});

describe('dry run output', () => {
  it('exact human form of a create', async () => {
    const result = await run('quay', ['repo', 'create', 'payments', '--namespace', 'acme', '--dry-run']);
    expect(result.stdout).toBe(
      `POST ${fx.url}/api/v1/repository\n{\n  "repository": "payments",\n  "visibility": "private",\n  "description": "",\n  "namespace": "acme"\n}\n`,
    );
  });

  it('exact json, yaml, -q and --query forms', async () => {
    const args = ['repo', 'visibility', 'acme/app', 'public', '--dry-run'];
    const json = await run('quay', [...args, '--json']);
    expect(json.stdout).toBe(
      `{\n  "dry_run": true,\n  "requests": [\n    {\n      "method": "POST",\n      "url": "${fx.url}/api/v1/repository/acme/app/changevisibility",\n      "body": {\n        "visibility": "public"\n      }\n    }\n  ]\n}\n`,
    );
    const yaml = await run('quay', [...args, '-o', 'yaml']);
    expect(yaml.stdout).toBe(`dry_run: true\nrequests:\n  - method: POST\n    url: ${fx.url}/api/v1/repository/acme/app/changevisibility\n    body:\n      visibility: public\n`);
    const quiet = await run('quay', [...args, '-q']);
    expect(quiet.stdout).toBe(`POST ${fx.url}/api/v1/repository/acme/app/changevisibility\n`);
    const queried = await run('quay', [...args, '--query', 'requests[0].body.visibility']);
    expect(queried.stdout).toBe('public\n');
    expect(writes()).toEqual([]);
  });

  it('a hook secret never appears, not even with --show-secrets or --verbose', async () => {
    const secret = 'hook-secret-0123456789';
    const args = [...CASES['hook create'].args, '--dry-run'];
    for (const extra of [[], ['--json'], ['--show-secrets', '--json'], ['--verbose']]) {
      const result = await run('alauda', [...args, ...extra]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('"secret": "***"');
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
    expect(writes()).toEqual([]);
  });

  it('shows no headers: the token never appears', async () => {
    const result = await run('alauda', ['hook', 'delete', '4', '--dry-run', '--json']);
    expect(result.stdout).not.toMatch(/authorization|Token /i);
    expect(result.stdout).not.toContain(EMULATOR_CREDENTIALS.alaudaToken);
  });

  it('a group-bot token is masked in the merged CodeArts body; the base64 URL is shown as it would be sent', async () => {
    const token = 'bot-token-secret-42';
    const result = await regnotify(['subscription', 'set', '123', '--type', 'qyweixin', '--webhook-token-stdin', '--dry-run', '--json'], {
      env: fx.env('codearts'),
      input: `${token}\n`,
    });
    expect(result.code).toBe(0);
    const [request] = JSON.parse(result.stdout).requests;
    expect(request.body.webhook_config.token).toBe('***');
    expect(result.stdout).not.toContain(token);
    expect(result.stdout).not.toContain(Buffer.from(token).toString('base64'));
    expect(wire()).toEqual([`GET ${SUBSCRIPTION_123}?type=qyweixin`]);
  });

  it('a failed read fails the dry run as it would the command (exit 3), and nothing is printed on stdout', async () => {
    const result = await run('alauda', ['hook', 'update', '999', '--name', 'x', '--dry-run']);
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(wire()).toEqual(['GET /v1/hooks/999']);
  });

  it('a bad flag is still exit 2 before any request', async () => {
    const result = await run('quay', ['repo', 'create', 'Bad Name', '--dry-run']);
    expect(result.code).toBe(2);
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('sign-ins are not writes', () => {
  it('an expired CodeArts IAM token is renewed for real (POST /v3/auth/tokens); the plan shows only the PUT, never the token', async () => {
    const dir = tempConfigDir();
    const { codeartsUsername: user, codeartsDomain: domain, codeartsPassword: password } = EMULATOR_CREDENTIALS;
    const add = await regnotify(
      ['profile', 'add', 'iam', '--platform', 'codearts', '--region', 'cn-north-4', '--server', fx.url, '--iam-endpoint', fx.url, '--username', user, '--domain', domain, '--password-stdin', '--save-password'],
      { env: { REGNOTIFY_CONFIG_DIR: dir }, input: `${password}\n` },
    );
    expect(add.code).toBe(0);
    const cacheFile = join(dir, 'codearts-tokens.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { expires_at: string }>;
    for (const entry of Object.values(cache)) entry.expires_at = new Date(Date.now() - 1000).toISOString();
    writeFileSync(cacheFile, JSON.stringify(cache));
    fx.emulator.requests.length = 0;

    const result = await regnotify(['subscription', 'set', '123', '--type', 'internal_message', '--usage-warning', '60', '--dry-run', '--json'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
    });
    expect(result.code).toBe(0);
    expect(wire()).toEqual(['POST /v3/auth/tokens', `GET ${SUBSCRIPTION_123}?type=internal_message`]);
    const plan = JSON.parse(result.stdout);
    expect(plan.requests.map((request: { method: string; url: string }) => `${request.method} ${request.url}`)).toEqual([
      `PUT ${fx.url}${SUBSCRIPTION_123}?type=internal_message`,
    ]);
    const [renewed] = Object.values(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { token: string }>);
    expect(result.stdout + result.stderr).not.toContain(renewed.token);
    expect(result.stdout + result.stderr).not.toContain(password);
  });
});

describe('api --dry-run of a read', () => {
  it('sends the GET, as every dry run sends its reads, and prints an empty plan instead of the body', async () => {
    const result = await run('quay', ['api', 'GET', '/repository/acme/app', '--platform', 'quay', '--dry-run', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '{\n  "dry_run": true,\n  "requests": []\n}\n', stderr: 'Dry run: there is nothing to change.\n' });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v1/repository/acme/app']);
  });
});

describe('apply and local commands', () => {
  it('apply --dry-run is refused with a pointer to plan (exit 2, nothing read or sent)', async () => {
    const result = await run('quay', ['apply', '--dry-run', '--yes']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: apply has no --dry-run (regnotify plan is its dry run: it reads the servers and shows every change, sending nothing)\nhint: run regnotify plan with the same -f and --prune\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('reads and local profile commands have no --dry-run', async () => {
    for (const args of [['repo', 'get', 'acme/app'], ['profile', 'use', 'x']]) {
      const result = await run('quay', [...args, '--dry-run']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: unknown option '--dry-run'\n/);
    }
  });
});
