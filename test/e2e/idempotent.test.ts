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
