import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { alaudaStateOf } from '../../src/emulator/alauda/state.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) => regnotify(['hook', 'list', ...args], { env: { ...fx.env('alauda'), ...env } });

const SEED = [
  {
    id: 4,
    subject: 'alaudauser/docker_images_test',
    subject_type: 'build_repo',
    events: ['build:complete'],
    name: 'test hook',
    secret: '123456',
    url: 'http://example.com:8080/v1/builds',
    is_active: true,
    created_by: 'alaudauser',
    created_at: '2015-08-27T09:53:43.563Z',
    updated_at: '2015-08-27T09:53:43.566Z',
  },
  {
    id: 5,
    subject: 'alaudauser/nginx',
    subject_type: 'image_repo',
    events: ['image:push'],
    name: 'deploy on push',
    secret: 'push-secret-0005',
    url: 'https://deploy.example.com/alauda',
    is_active: false,
    created_by: 'alaudauser',
    created_at: '2016-03-01T08:00:00.000Z',
    updated_at: '2016-03-02T10:30:00.000Z',
  },
  {
    id: 6,
    subject: '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60',
    subject_type: 'job',
    events: ['job:succeed', 'job:fail'],
    name: 'nightly job alerts',
    secret: 'job-secret-0006',
    url: 'https://alerts.example.com/jobs',
    is_active: true,
    created_by: 'alaudauser',
    created_at: '2016-04-11T02:15:07.120Z',
    updated_at: '2016-04-11T02:15:07.120Z',
  },
];
const masked = SEED.map((hook) => ({ ...hook, secret: '***' }));

describe('hook list', () => {
  it('prints id, name, subject type, subject, events, url and active as tab-separated rows when piped', async () => {
    const result = await run([]);
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        '4\ttest hook\tbuild_repo\talaudauser/docker_images_test\tbuild:complete\thttp://example.com:8080/v1/builds\tyes\n' +
        '5\tdeploy on push\timage_repo\talaudauser/nginx\timage:push\thttps://deploy.example.com/alauda\tno\n' +
        '6\tnightly job alerts\tjob\t5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60\tjob:succeed,job:fail\thttps://alerts.example.com/jobs\tyes\n',
    });
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/v1/hooks', search: '', body: '' });
    expect(request.headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    expect(request.headers['content-type']).toBeUndefined();
  });

  it('prints Alauda\'s hooks as a JSON array with every secret masked', async () => {
    const result = await run(['--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(masked);
  });

  it('prints YAML with every secret masked', async () => {
    const result = await run(['-o', 'yaml', '--subject-type', 'image_repo']);
    expect(result.stdout).toBe(
      [
        '- id: 5',
        '  subject: alaudauser/nginx',
        '  subject_type: image_repo',
        '  events:',
        '    - image:push',
        '  name: deploy on push',
        '  secret: "***"',
        '  url: https://deploy.example.com/alauda',
        '  is_active: false',
        '  created_by: alaudauser',
        '  created_at: 2016-03-01T08:00:00.000Z',
        '  updated_at: 2016-03-02T10:30:00.000Z',
        '',
      ].join('\n'),
    );
  });

  it('shows the secrets with --show-secrets in json and yaml', async () => {
    const json = await run(['--json', '--show-secrets']);
    expect(JSON.parse(json.stdout)).toEqual(SEED);
    const yaml = await run(['-o', 'yaml', '--show-secrets', '--subject-type', 'job']);
    expect(yaml.stdout).toContain('  secret: job-secret-0006\n');
  });

  it('never prints a secret in the table (it has no secret column) or anywhere with --verbose', async () => {
    const result = await run(['--verbose']);
    for (const hook of SEED) expect(result.stdout + result.stderr).not.toContain(hook.secret);
    expect(result.stderr).not.toContain(EMULATOR_CREDENTIALS.alaudaToken);
    expect(result.stderr).toContain(`> GET ${fx.url}/v1/hooks\n`);
  });

  it('filters by subject type and subject, sending only the filters given', async () => {
    const both = await run(['--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test', '-q']);
    expect(both).toMatchObject({ code: 0, stdout: '4\n' });
    const typeOnly = await run(['--subject-type', 'job', '-q']);
    expect(typeOnly.stdout).toBe('6\n');
    const subjectOnly = await run(['--subject', 'alaudauser/nginx', '-q']);
    expect(subjectOnly.stdout).toBe('5\n');
    expect(fx.emulator.requests.map((request) => request.search)).toEqual([
      '?subject_type=build_repo&subject=alaudauser%2Fdocker_images_test',
      '?subject_type=job',
      '?subject=alaudauser%2Fnginx',
    ]);
  });

  it('prints ids only with -q', async () => {
    const result = await run(['-q']);
    expect(result).toMatchObject({ code: 0, stdout: '4\n5\n6\n', stderr: '' });
  });

  it('prints an empty JSON array and exits 0 when nothing matches', async () => {
    const result = await run(['--subject-type', 'image_repo', '--subject', 'nobody/nothing', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('refuses an unknown subject type and a malformed subject before sending anything (exit 2)', async () => {
    const type = await run(['--subject-type', 'image']);
    expect(type).toMatchObject({ code: 2, stdout: '', stderr: 'error: unknown subject type "image" (allowed: build_repo, image_repo, job)\n' });
    const subject = await run(['--subject-type', 'build_repo', '--subject', 'docker_images_test']);
    expect(subject).toMatchObject({
      code: 2,
      stderr: 'error: invalid build_repo subject "docker_images_test" (expected namespace/repo, e.g. alaudauser/docker_images_test)\n',
    });
    const empty = await run(['--subject', '']);
    expect(empty).toMatchObject({ code: 2, stderr: 'error: invalid subject "" (expected namespace/repo or a job id)\n' });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('exits 4 with a hint on a wrong token', async () => {
    const result = await run([], { REGNOTIFY_TOKEN: 'not-the-token' });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr: 'error: Invalid token. (HTTP 401)\nhint: check the Alauda API token (REGNOTIFY_TOKEN or the profile\'s token)\n',
    });
    expect(fx.emulator.requests[0].headers.authorization).toBe('Token not-the-token');
  });

  it('exits 4 without sending anything when there is no token at all', async () => {
    const result = await run([], { REGNOTIFY_TOKEN: undefined });
    expect(result).toMatchObject({
      code: 4,
      stdout: '',
      stderr:
        'error: no credentials for Alauda (no profile and no REGNOTIFY_TOKEN)\n' +
        'hint: set REGNOTIFY_TOKEN, or store one with: regnotify profile add NAME --platform alauda --server URL --token-stdin\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('names the status and content type when a proxy answers with an HTML page', async () => {
    fx.emulator.inject({ path: '/v1/hooks', status: 502, html: true });
    const result = await run(['--retries', '0']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: unexpected response from server (HTTP 502, text/html)\n' });
  });

  // Alauda's sibling lists answer Django REST pages {"count", "next", "previous", "results"}; the documented
  // hook list is a bare array. Both are read, and `next` is followed to the end.
  describe('when the server pages the list', () => {
    function paged(pageSize: number): void {
      const state = alaudaStateOf(fx.emulator)!;
      state.listShape = 'paginated';
      state.pageSize = pageSize;
    }

    it('reads every page through next and prints all the hooks', async () => {
      paged(2);
      const all = await run(['-q']);
      expect(all).toMatchObject({ code: 0, stdout: '4\n5\n6\n', stderr: '' });
      expect(fx.emulator.requests.map((request) => [request.path, request.search])).toEqual([
        ['/v1/hooks', ''],
        ['/v1/hooks', '?page=2'],
      ]);
      expect(fx.emulator.requests[1].headers.authorization).toBe(`Token ${EMULATOR_CREDENTIALS.alaudaToken}`);
    });

    it('prints the same JSON array as the unpaged list', async () => {
      paged(1);
      const result = await run(['--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(masked);
      expect(fx.emulator.requests.map((request) => request.search)).toEqual(['', '?page=2', '?page=3']);
    });

    it('refuses a next link to another server, not sending the token there', async () => {
      fx.emulator.inject({
        path: '/v1/hooks',
        status: 200,
        body: JSON.stringify({ count: 4, next: 'https://elsewhere.example.com/v1/hooks?page=2', previous: null, results: [SEED[0]] }),
        contentType: 'application/json',
      });
      const result = await run(['-q']);
      expect(result).toMatchObject({
        code: 1,
        stdout: '',
        stderr: 'error: Alauda named a next page outside its API (https://elsewhere.example.com/v1/hooks); not following it with the token\n',
      });
      expect(fx.emulator.requests).toHaveLength(1);
    });

    it('stops when the server hands out the same next link twice', async () => {
      const page = (id: number) =>
        JSON.stringify({ count: 9, next: `${fx.url}/v1/hooks?page=2`, previous: null, results: [{ ...SEED[0], id }] });
      fx.emulator.inject({ path: '/v1/hooks', status: 200, body: page(4), contentType: 'application/json', times: 1 });
      fx.emulator.inject({ path: '/v1/hooks', status: 200, body: page(5), contentType: 'application/json', times: 1 });
      const result = await run(['-q']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: Alauda restarted the hook list after 2 hooks \(it handed out the same next page link twice\); the list is incomplete\n/);
    });
  });
});
