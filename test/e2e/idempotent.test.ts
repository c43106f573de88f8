// Scripts that run twice: --if-exists on every delete (absent is exit 0 with a notice and a result object saying so;
// without it, absent is exit 3 in every group) and --if-not-exists on every create (the existing object is printed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const quay = (args: string[]) => regnotify(args, { env: fx.env('quay') });
const alauda = (args: string[]) => regnotify(args, { env: fx.env('alauda') });
const wire = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`);
const PUSH = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('deleting what is absent, without --if-exists: exit 3 in every group', () => {
  it('repo delete reads the repository first (Quay answers 204 for an absent one) and deletes nothing', async () => {
    const result = await quay(['repo', 'delete', 'acme/nope', '--yes']);
    expect(result).toEqual({ code: 3, signal: null, stdout: '', stderr: 'error: repository acme/nope not found\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/nope?includeTags=false']);
  });

  it('profile remove (was exit 2)', async () => {
    const result = await regnotify(['profile', 'remove', 'nope', '--yes'], { env: { REGNOTIFY_CONFIG_DIR: tempConfigDir() } });
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: no profile named "nope"\nhint: list profiles with: regnotify profile list\n' });
  });

  it('notification delete and hook delete (the platform says so)', async () => {
    expect((await quay(['notification', 'delete', 'acme/app', UNKNOWN, '--yes'])).code).toBe(3);
    expect((await quay(['notification', 'delete', '--org', 'acme', UNKNOWN, '--yes'])).code).toBe(3);
    expect((await alauda(['hook', 'delete', '99', '--yes'])).code).toBe(3);
  });
});

describe('--if-exists: absent is exit 0 with a notice, nothing asked, nothing written', () => {
  it('repo delete: one read, no DELETE, no confirmation needed', async () => {
    const result = await quay(['repo', 'delete', 'acme/nope', '--if-exists']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '', stderr: 'repository acme/nope does not exist; nothing deleted\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/nope?includeTags=false']);
  });

  it('the JSON result says nothing was done, and why', async () => {
    const result = await quay(['repo', 'delete', 'acme/nope', '--if-exists', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '{\n  "action": "none",\n  "reason": "absent",\n  "repository": "acme/nope"\n}\n' });
    const yaml = await quay(['notification', 'delete', 'acme/app', UNKNOWN, '--if-exists', '-o', 'yaml']);
    expect(yaml).toMatchObject({ code: 0, stdout: `action: none\nreason: absent\nrepository: acme/app\nuuid: ${UNKNOWN}\n` });
    const query = await alauda(['hook', 'delete', '99', '--if-exists', '--query', 'reason']);
    expect(query).toMatchObject({ code: 0, stdout: 'absent\n' });
  });

  it('a repository that exists is deleted as without the flag (read, confirm, DELETE)', async () => {
    const result = await quay(['repo', 'delete', 'acme/website', '--if-exists', '--yes', '--json']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '{\n  "action": "deleted",\n  "repository": "acme/website"\n}\n', stderr: '✓ Deleted repository acme/website\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/website?includeTags=false', 'DELETE /api/v1/repository/acme/website']);
    expect(quayControl(fx.emulator).repositoryNames('acme')).toEqual(['app']);
  });

  it('one that exists still needs --yes without a terminal: exit 2 after the read, nothing written', async () => {
    const result = await quay(['repo', 'delete', 'acme/website', '--if-exists']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: deleting repository acme/website needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n',
    });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/website?includeTags=false']);
  });

  it("notification delete looks the uuid up in the repository's list (Quay's GET of a uuid finds another repository's too)", async () => {
    const result = await quay(['notification', 'delete', 'acme/website', PUSH, '--if-exists']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '', stderr: `notification ${PUSH} of acme/website does not exist; nothing deleted\n` });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/website/notification/']);
    expect(quayControl(fx.emulator).notifications('acme/app').map((entry) => entry.uuid)).toContain(PUSH);
  });

  it('notification delete of one that exists: the list read, then the DELETE', async () => {
    const result = await quay(['notification', 'delete', 'acme/app', PUSH, '--if-exists', '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `✓ Deleted notification ${PUSH} from acme/app\n` });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app/notification/', `DELETE /api/v1/repository/acme/app/notification/${PUSH}`]);
  });

  it("notification delete --org: Quay's not_found on the uuid", async () => {
    const result = await quay(['notification', 'delete', '--org', 'acme', UNKNOWN, '--if-exists', '--json']);
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout: `{\n  "action": "none",\n  "reason": "absent",\n  "organization": "acme",\n  "uuid": "${UNKNOWN}"\n}\n`,
      stderr: `notification ${UNKNOWN} of organization acme does not exist; nothing deleted\n`,
    });
    expect(wire()).toEqual([`GET /api/v1/organization/acme/notifications/${UNKNOWN}`]);
  });

  it('hook delete: one read, no DELETE', async () => {
    const result = await alauda(['hook', 'delete', '99', '--if-exists']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '', stderr: 'hook 99 does not exist; nothing deleted\n' });
    expect(wire()).toEqual(['GET /v1/hooks/99']);
  });

  it('hook delete: gone between the read and the DELETE is absent all the same', async () => {
    fx.emulator.inject({ method: 'DELETE', path: '/v1/hooks/4', status: 404, contentType: 'application/json', body: '{"detail":"Not found."}' });
    const result = await alauda(['hook', 'delete', '4', '--if-exists', '--yes', '--json']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '{\n  "action": "none",\n  "reason": "absent",\n  "hook": 4\n}\n', stderr: 'hook 4 does not exist; nothing deleted\n' });
    expect(wire()).toEqual(['GET /v1/hooks/4', 'DELETE /v1/hooks/4']);
  });

  it('profile remove: the store is left as it was', async () => {
    const dir = tempConfigDir();
    const env = { REGNOTIFY_CONFIG_DIR: dir };
    await regnotify(['profile', 'add', 'keep', '--platform', 'quay'], { env });
    const before = readFileSync(join(dir, 'profiles.json'), 'utf8');
    const result = await regnotify(['profile', 'remove', 'nope', '--if-exists', '--json'], { env });
    expect(result).toEqual({ code: 0, signal: null, stdout: '{\n  "action": "none",\n  "reason": "absent",\n  "profile": "nope"\n}\n', stderr: 'profile nope does not exist; nothing removed\n' });
    expect(readFileSync(join(dir, 'profiles.json'), 'utf8')).toBe(before);
    const removed = await regnotify(['profile', 'remove', 'keep', '--if-exists', '--yes'], { env });
    expect(removed).toMatchObject({ code: 0, stderr: '✓ Removed profile keep\n' });
  });
});

describe('--if-not-exists: an existing match is printed as get prints it, exit 0, nothing created', () => {
  it('repo create: one read, no POST; the repository as repo get shows it', async () => {
    const result = await quay(['repo', 'create', 'app', '--namespace', 'acme', '--if-not-exists']);
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app?includeTags=false']);
    const get = await quay(['repo', 'get', 'acme/app']);
    expect(result).toEqual({ code: 0, signal: null, stdout: get.stdout, stderr: 'repository acme/app already exists; nothing created\n' });
    expect(quayControl(fx.emulator).repositoryNames('acme')).toEqual(['app', 'website']);
  });

  it('repo create: -o json, --query and -q print the existing repository too', async () => {
    const json = await quay(['repo', 'create', 'app', '--namespace', 'acme', '--if-not-exists', '--json']);
    expect(json.stdout).toBe((await quay(['repo', 'get', 'acme/app', '--json'])).stdout);
    expect((await quay(['repo', 'create', 'app', '--namespace', 'acme', '--if-not-exists', '--query', 'description'])).stdout).toBe('The acme application\n');
    expect((await quay(['repo', 'create', 'app', '--namespace', 'acme', '--if-not-exists', '-q'])).stdout).toBe('acme/app\n');
  });

  it('repo create: a new one is created after the read', async () => {
    const result = await quay(['repo', 'create', 'fresh', '--namespace', 'acme', '--if-not-exists', '-q']);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'acme/fresh\n', stderr: '✓ Created private repository acme/fresh\n' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/fresh?includeTags=false', 'POST /api/v1/repository']);
    expect(fx.emulator.requests[1].json).toEqual({ repository: 'fresh', visibility: 'private', description: '', namespace: 'acme' });
  });

  it("repo create without --namespace looks in the token's own namespace, as Quay creates there", async () => {
    const first = await quay(['repo', 'create', 'mine', '--if-not-exists', '-q']);
    expect(first).toMatchObject({ code: 0, stdout: 'quayadmin/mine\n' });
    expect(wire()).toEqual(['GET /api/v1/user/', 'GET /api/v1/repository/quayadmin/mine?includeTags=false', 'POST /api/v1/repository']);
    fx.emulator.clearRequests();
    const second = await quay(['repo', 'create', 'mine', '--if-not-exists', '-q']);
    expect(second).toEqual({ code: 0, signal: null, stdout: 'quayadmin/mine\n', stderr: 'repository quayadmin/mine already exists; nothing created\n' });
    expect(wire()).toEqual(['GET /api/v1/user/', 'GET /api/v1/repository/quayadmin/mine?includeTags=false']);
  });

  it('notification create: the same title matches, whatever else differs; printed as notification get prints it', async () => {
    const args = ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://elsewhere.example.com/hook', '--title', 'Deploy on push'];
    const result = await quay([...args, '--if-not-exists']);
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app?includeTags=false', 'GET /api/v1/repository/acme/app/notification/']);
    const get = await quay(['notification', 'get', 'acme/app', PUSH]);
    expect(result).toEqual({ code: 0, signal: null, stdout: get.stdout, stderr: `notification "Deploy on push" (${PUSH}) already exists on acme/app; nothing created\n` });
    expect(quayControl(fx.emulator).notifications('acme/app')).toHaveLength(2);
  });

  it('notification create without a title: the same event, method, config and event config match', async () => {
    const same = ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hooks/quay'];
    const result = await quay([...same, '--if-not-exists', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: `notification ${PUSH} with the same event, method and config already exists on acme/app; nothing created\n` });
    expect(JSON.parse(result.stdout)).toMatchObject({ uuid: PUSH, title: 'Deploy on push' });
    expect(wire()).toEqual(['GET /api/v1/repository/acme/app?includeTags=false', 'GET /api/v1/repository/acme/app/notification/']);
  });

  it('notification create: another URL is another notification, created after the reads', async () => {
    const other = ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hooks/other'];
    const result = await quay([...other, '--if-not-exists', '-q']);
    expect(result.code).toBe(0);
    expect(wire()).toEqual([
      'GET /api/v1/repository/acme/app?includeTags=false',
      'GET /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/app/notification/',
    ]);
    expect(quayControl(fx.emulator).notifications('acme/app').map((entry) => entry.uuid)).toContain(result.stdout.trim());
  });

  it('notification create --org: a second run finds the first', async () => {
    const args = ['notification', 'create', '--org', 'acme', '--event', 'quota_warning', '--method', 'webhook', '--url', 'https://ops.example.com/quota', '--if-not-exists', '-q'];
    const first = await quay(args);
    fx.emulator.clearRequests();
    const second = await quay(args);
    expect(second).toEqual({
      code: 0,
      signal: null,
      stdout: first.stdout,
      stderr: `notification ${first.stdout.trim()} with the same event, method and config already exists on organization acme; nothing created\n`,
    });
    expect(wire()).toEqual(['GET /api/v1/organization/acme/notifications']);
  });

  const buildHook = ['hook', 'create', '--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test', '--event', 'build:complete', '--url', 'https://ci.example.com/alauda'];

  it('hook create: the same name on the same subject matches; printed as hook get prints it, no secret generated', async () => {
    const result = await alauda([...buildHook, '--name', 'test hook', '--generate-secret', '--if-not-exists']);
    expect(wire()).toEqual(['GET /v1/hooks?subject_type=build_repo&subject=alaudauser%2Fdocker_images_test']);
    const get = await alauda(['hook', 'get', '4']);
    expect(result).toEqual({ code: 0, signal: null, stdout: get.stdout, stderr: 'hook 4 (test hook) already exists on build_repo alaudauser/docker_images_test; nothing created\n' });
  });

  it('hook create: another name is created after the read; -o yaml of an existing one masks its secret', async () => {
    const created = await alauda([...buildHook, '--name', 'second', '--secret', 'second-secret', '--if-not-exists', '-q']);
    expect(created).toEqual({ code: 0, signal: null, stdout: '7\n', stderr: '✓ Created hook 7 (second)\n' });
    expect(wire()).toEqual(['GET /v1/hooks?subject_type=build_repo&subject=alaudauser%2Fdocker_images_test', 'POST /v1/hooks']);
    const again = await alauda([...buildHook, '--name', 'second', '--secret', 'second-secret', '--if-not-exists', '-o', 'yaml']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('id: 7\n');
    expect(again.stdout).toContain('secret: "***"\n');
  });
});
