import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify, tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[], env: Record<string, string | undefined> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });
const bearer = `Bearer ${EMULATOR_CREDENTIALS.quayToken}`;

function wire() {
  return fx.emulator.requests.map((request) => ({ method: request.method, path: request.path, search: request.search, json: request.json }));
}

describe('repo create', () => {
  it('posts name, visibility, description and namespace as JSON with the bearer token, and prints the repository', async () => {
    const result = await run(['repo', 'create', 'payments', '--namespace', 'acme', '--description', 'Payments API', '--visibility', 'public']);
    expect(result).toMatchObject({ code: 0, stdout: 'repository\tacme/payments\nkind\timage\n', stderr: '✓ Created public repository acme/payments\n' });
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/api/v1/repository', search: '' });
    expect(request.headers.authorization).toBe(bearer);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toBe('{"repository":"payments","visibility":"public","description":"Payments API","namespace":"acme"}');
  });

  it('defaults to private with an empty description and no namespace (the token user), and -q prints ns/name', async () => {
    const result = await run(['repo', 'create', 'scratch', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'quayadmin/scratch\n' });
    expect(fx.emulator.requests[0].json).toEqual({ repository: 'scratch', visibility: 'private', description: '' });
  });

  it("uses the profile's namespace when none is given", async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'q', '--platform', 'quay', '--namespace', 'acme'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    const result = await run(['repo', 'create', 'tools', '-q'], { REGNOTIFY_CONFIG_DIR: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'acme/tools\n' });
    expect(fx.emulator.requests[0].json).toMatchObject({ namespace: 'acme' });
  });

  it('refuses a name Quay would refuse, before sending anything', async () => {
    const result = await run(['repo', 'create', 'My_App']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: invalid repository name "My_App" (lowercase letters, digits, ".", "_" and "-"; each "/"-separated part starts with a letter or digit; at most 255 characters)\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('refuses a name longer than 255 characters and an unknown visibility, before sending anything', async () => {
    const long = await run(['repo', 'create', 'a'.repeat(256)]);
    expect(long.code).toBe(2);
    const visibility = await run(['repo', 'create', 'app', '--visibility', 'internal']);
    expect(visibility).toMatchObject({ code: 2, stdout: '' });
    expect(visibility.stderr).toBe(
      "error: option '--visibility <visibility>' argument 'internal' is invalid. Allowed choices are private, public.\nhint: see --help for usage\n",
    );
    expect(fx.emulator.requests).toEqual([]);
  });

  it("reports Quay's 400 for an existing repository as one line, exit 1", async () => {
    const result = await run(['repo', 'create', 'app', '--namespace', 'acme']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'error: Repository already exists (HTTP 400)\n' });
  });

  it('exits 4 with a token hint when the namespace is not yours (403)', async () => {
    const result = await run(['repo', 'create', 'app', '--namespace', 'globex']);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(
      "error: Unauthorized (HTTP 403)\nhint: check the Quay OAuth token (REGNOTIFY_TOKEN or the profile's token) and its scopes (repo:admin for notifications)\n",
    );
  });
});

describe('repo list', () => {
  it('lists a namespace as tab-separated rows when piped', async () => {
    const result = await run(['repo', 'list', '--namespace', 'acme']);
    expect(result).toMatchObject({ code: 0, stdout: 'acme/app\tprivate\tThe acme application\nacme/website\tpublic\tPublic web site\n', stderr: '' });
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/repository', search: '?namespace=acme', json: undefined }]);
    expect(fx.emulator.requests[0].headers.authorization).toBe(bearer);
  });

  it('sends every filter as true and prints Quay objects as a JSON array', async () => {
    const result = await run(['repo', 'list', '--namespace', 'globex', '--public', '--last-modified', '--popularity', '--json']);
    expect(result.code).toBe(0);
    expect(fx.emulator.requests[0].search).toBe('?namespace=globex&public=true&last_modified=true&popularity=true');
    expect(JSON.parse(result.stdout)).toEqual([
      {
        namespace: 'globex',
        name: 'tools',
        description: 'Shared tools',
        is_public: true,
        kind: 'image',
        state: 'NORMAL',
        last_modified: 1767243600,
        popularity: 1,
        is_starred: false,
      },
    ]);
  });

  it('adds last-modified and popularity columns when asked', async () => {
    const result = await run(['repo', 'list', '--namespace', 'quayadmin', '--last-modified', '--popularity']);
    expect(result.stdout).toBe('quayadmin/busybox\tprivate\t2026-01-01T01:00:00Z\t2\t\nquayadmin/nginx\tpublic\t2026-01-01T02:00:00Z\t1\tWeb server\n');
  });

  it('lists starred repositories and -q prints ns/name', async () => {
    const result = await run(['repo', 'list', '--starred', '-q']);
    expect(result).toMatchObject({ code: 0, stdout: 'quayadmin/busybox\nacme/app\n' });
    expect(fx.emulator.requests[0].search).toBe('?starred=true');
  });

  it('warns that Quay ignores --namespace with --starred', async () => {
    const result = await run(['repo', 'list', '--starred', '--namespace', 'acme', '-q']);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'quayadmin/busybox\nacme/app\n',
      stderr: 'warning: Quay ignores --namespace with --starred: it lists every starred repository\n',
    });
  });

  it('needs a namespace, --public or --starred, and says so before sending anything', async () => {
    const result = await run(['repo', 'list']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: repo list needs --namespace, --public or --starred (Quay requires one of them)\nhint: pass --namespace NS, or store a default namespace with: regnotify profile add NAME --platform quay --namespace NS\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('points a person with a profile at profile set, keeping the credentials they stored', async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'q', '--platform', 'quay', '--server', fx.env('quay').REGNOTIFY_SERVER!, '--token-stdin'], {
      env: { REGNOTIFY_CONFIG_DIR: dir },
      input: `${EMULATOR_CREDENTIALS.quayToken}\n`,
    });
    const result = await regnotify(['repo', 'list'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: repo list needs --namespace, --public or --starred (Quay requires one of them)\nhint: pass --namespace NS, or store a default namespace in profile "q" with: regnotify profile set q --namespace NS\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it("falls back to the profile's namespace", async () => {
    const dir = tempConfigDir();
    await regnotify(['profile', 'add', 'q', '--platform', 'quay', '--namespace', 'quayadmin'], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    const result = await run(['repo', 'list', '-q'], { REGNOTIFY_CONFIG_DIR: dir });
    expect(result).toMatchObject({ code: 0, stdout: 'quayadmin/busybox\nquayadmin/nginx\n' });
    expect(fx.emulator.requests[0].search).toBe('?namespace=quayadmin');
  });

  it('prints [] for an empty list in JSON', async () => {
    const result = await run(['repo', 'list', '--namespace', 'devuser', '--json']);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('repo get', () => {
  it('asks without tags by default and shows the repository', async () => {
    const result = await run(['repo', 'get', 'acme/app']);
    expect(result).toMatchObject({
      code: 0,
      stdout:
        'repository\tacme/app\nvisibility\tprivate\ndescription\tThe acme application\nkind\timage\nstate\tNORMAL\nstarred\tyes\nadmin\tyes\ntags\t(not requested; --tags)\n',
    });
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/repository/acme/app', search: '?includeTags=false', json: undefined }]);
  });

  it('includes tags with --tags and prints the Quay object in JSON', async () => {
    const result = await run(['repo', 'get', 'acme/app', '--tags', '--json']);
    expect(fx.emulator.requests[0].search).toBe('?includeTags=true');
    const repository = JSON.parse(result.stdout);
    expect(Object.keys(repository.tags)).toEqual(['latest', 'v1.2.0']);
    expect(repository).toMatchObject({ namespace: 'acme', name: 'app', is_public: false, is_organization: true, can_admin: true });
  });

  it('exits 3 for a missing repository', async () => {
    const result = await run(['repo', 'get', 'acme/nope']);
    expect(result).toMatchObject({ code: 3, stdout: '', stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
  });

  it('refuses a reference without a namespace before sending anything', async () => {
    const result = await run(['repo', 'get', 'app']);
    expect(result).toMatchObject({ code: 2, stderr: 'error: invalid repository "app" (expected namespace/name, e.g. quayadmin/busybox)\n' });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('repo update', () => {
  it('PUTs the description', async () => {
    const result = await run(['repo', 'update', 'acme/app', '--description', 'Payments service']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '✓ Updated the description of acme/app\n' });
    expect(wire()).toEqual([{ method: 'PUT', path: '/api/v1/repository/acme/app', search: '', json: { description: 'Payments service' } }]);
    expect(fx.emulator.requests[0].headers['content-type']).toBe('application/json');
    const after = await run(['repo', 'get', 'acme/app', '--json']);
    expect(JSON.parse(after.stdout).description).toBe('Payments service');
  });

  it('exits 3 for a missing repository', async () => {
    const result = await run(['repo', 'update', 'acme/nope', '--description', 'x']);
    expect(result).toMatchObject({ code: 3, stderr: 'error: repository acme/nope not found (HTTP 404)\n' });
  });

  it('needs --description', async () => {
    const result = await run(['repo', 'update', 'acme/app']);
    expect(result).toMatchObject({ code: 2, stderr: "error: required option '--description <text>' not specified\nhint: see --help for usage\n" });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('repo visibility', () => {
  it('POSTs changevisibility', async () => {
    const result = await run(['repo', 'visibility', 'acme/app', 'public']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '✓ acme/app is now public\n' });
    expect(wire()).toEqual([{ method: 'POST', path: '/api/v1/repository/acme/app/changevisibility', search: '', json: { visibility: 'public' } }]);
  });

  it("exits 3 when Quay answers 200 null for a missing repository", async () => {
    const result = await run(['repo', 'visibility', 'acme/nope', 'private']);
    expect(result).toMatchObject({ code: 3, stderr: 'error: repository acme/nope not found\n' });
  });

  it('refuses an unknown visibility before sending anything', async () => {
    const result = await run(['repo', 'visibility', 'acme/app', 'hidden']);
    expect(result).toMatchObject({
      code: 2,
      stderr: "error: command-argument value 'hidden' is invalid for argument 'visibility'. Allowed choices are private, public.\nhint: see --help for usage\n",
    });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('repo delete', () => {
  it('needs --yes without a terminal, and sends nothing', async () => {
    const result = await run(['repo', 'delete', 'acme/app']);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: deleting repository acme/app needs confirmation (not running in a terminal)\nhint: pass --yes to confirm\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('reads the repository, DELETEs it with --yes, and the repository is gone', async () => {
    const result = await run(['repo', 'delete', 'acme/app', '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '✓ Deleted repository acme/app\n' });
    // Quay answers 204 for an absent repository too: the read is what tells (exit 3 when it is missing).
    expect(wire()).toEqual([
      { method: 'GET', path: '/api/v1/repository/acme/app', search: '?includeTags=false', json: undefined },
      { method: 'DELETE', path: '/api/v1/repository/acme/app', search: '', json: undefined },
    ]);
    expect(quayControl(fx.emulator).repositoryNames('acme')).toEqual(['website']);
  });
});
