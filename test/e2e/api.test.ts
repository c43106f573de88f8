// `regnotify api` as `gh api` works: -o and --query, a pretty body on a terminal and the exact bytes on a pipe,
// -H headers, -f/-F fields (a JSON body, or the query of a GET), --paginate over each platform's pages, --include.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alaudaStateOf } from '../../src/emulator/alauda/state.js';
import { quayControl } from '../../src/emulator/quay/index.js';
import { runCli } from '../../src/cli/run.js';
import { baseEnv, regnotify } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { memoryIO } from '../helpers/memory-io.js';

const fx = useEmulator();
const quay = (args: string[], input?: string) => regnotify(['api', ...args, '--platform', 'quay'], { env: fx.env('quay'), input });
const alauda = (args: string[]) => regnotify(['api', ...args, '--platform', 'alauda'], { env: fx.env('alauda') });
const codearts = (args: string[]) => regnotify(['api', ...args, '--platform', 'codearts'], { env: fx.env('codearts') });
const wire = () => fx.emulator.requests.map((request) => ({ method: request.method, path: request.path, search: request.search, body: request.body }));

const ACME = {
  repositories: [
    { namespace: 'acme', name: 'app', description: 'The acme application', is_public: false, kind: 'image', state: 'NORMAL', is_starred: true },
    { namespace: 'acme', name: 'website', description: 'Public web site', is_public: true, kind: 'image', state: 'NORMAL', is_starred: false },
  ],
};

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'regnotify-api-')), name);
  writeFileSync(path, text);
  return path;
}

describe('api output', () => {
  it('prints the body exactly as the server sent it when piped and no format is asked for', async () => {
    const result = await quay(['GET', '/repository?namespace=acme']);
    expect(result).toEqual({ code: 0, signal: null, stdout: `${JSON.stringify(ACME)}\n`, stderr: '' });
  });

  it('indents JSON by 2 on a terminal, like gh api', async () => {
    const io = { ...memoryIO({ ...baseEnv(), ...fx.env('quay') }), stdoutIsTTY: true, stderrIsTTY: true, columns: 100 };
    const code = await runCli(['api', 'GET', '/repository?namespace=acme', '--platform', 'quay', '--no-color'], io);
    expect(code).toBe(0);
    expect(io.stdout()).toBe(`${JSON.stringify(ACME, null, 2)}\n`);
  });

  it('renders the parsed body with -o json, -o yaml and -o table', async () => {
    const json = await quay(['GET', '/repository?namespace=acme', '-o', 'json']);
    expect(json).toMatchObject({ code: 0, stdout: `${JSON.stringify(ACME, null, 2)}\n`, stderr: '' });
    const yaml = await quay(['GET', '/repository?namespace=acme', '-o', 'yaml', '--query', 'repositories[0]']);
    expect(yaml).toMatchObject({
      code: 0,
      stdout: 'namespace: acme\nname: app\ndescription: The acme application\nis_public: false\nkind: image\nstate: NORMAL\nis_starred: true\n',
    });
    const table = await quay(['GET', '/repository?namespace=acme', '-o', 'table', '--query', 'repositories[].{name: name, public: is_public}']);
    expect(table).toMatchObject({ code: 0, stdout: 'app\tfalse\nwebsite\ttrue\n', stderr: '' });
  });

  it('applies --query and prints scalars one a line', async () => {
    const result = await quay(['GET', '/repository?namespace=acme', '--query', 'repositories[].name']);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'app\nwebsite\n', stderr: '' });
  });

  it('masks the secrets the platform returns in every format, and shows them with --show-secrets', async () => {
    const yaml = await alauda(['GET', '/hooks/4', '-o', 'yaml', '--query', '{name: name, secret: secret}']);
    expect(yaml).toMatchObject({ code: 0, stdout: 'name: test hook\nsecret: "***"\n', stderr: '' });
    const shown = await alauda(['GET', '/hooks/4', '--query', 'secret', '--show-secrets']);
    expect(shown).toMatchObject({ code: 0, stdout: '123456\n' });
  });

  it('prints a body that is not JSON as it is, whatever the format', async () => {
    fx.emulator.inject({ method: 'GET', path: '/api/v1/plain', status: 200, contentType: 'text/plain', body: 'just text' });
    const result = await quay(['GET', '/plain', '-o', 'yaml']);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'just text\n', stderr: '' });
  });
});

describe('api -f and -F fields', () => {
  it('sends them as a JSON body on POST: strings, typed values, nested keys, lists, a file and stdin', async () => {
    const file = tempFile('url.txt', 'https://ci.example.com/hook');
    fx.emulator.inject({ method: 'POST', path: '/api/v1/echo', status: 200, echo: true });
    const result = await regnotify(
      [
        'api', 'POST', '/echo', '--platform', 'quay',
        '-f', 'title=ci', '-f', 'count=3', '-F', 'config[url]=@' + file, '-F', 'config[retries]=2', '-F', 'enabled=true',
        '-F', 'note=null', '-f', 'events[]=push', '-f', 'events[]=tag', '-F', 'ratio=0.5', '-F', 'body=@-',
      ],
      { env: fx.env('quay'), input: 'from stdin\n' },
    );
    expect(fx.emulator.requests).toHaveLength(1);
    const [request] = fx.emulator.requests;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toBe(
      JSON.stringify({
        title: 'ci',
        count: '3',
        events: ['push', 'tag'],
        config: { url: 'https://ci.example.com/hook', retries: 2 },
        enabled: true,
        note: null,
        ratio: 0.5,
        body: 'from stdin\n',
      }),
    );
    expect(result.code).toBe(0);
  });

  it('creates an Alauda hook from fields, exactly as --data would', async () => {
    const result = await alauda([
      'POST', '/hooks', '-f', 'subject_type=job', '-f', 'subject=42', '-f', 'events[]=job:fail', '-f', 'secret=s3cret-value',
      '-f', 'url=https://ci.example.com/hook', '-f', 'name=ci', '--query', '{id: id, secret: secret}',
    ]);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'id\t7\nsecret\t***\n', stderr: '' });
    expect(wire()).toEqual([
      {
        method: 'POST',
        path: '/v1/hooks',
        search: '',
        body: '{"subject_type":"job","subject":"42","events":["job:fail"],"secret":"s3cret-value","url":"https://ci.example.com/hook","name":"ci"}',
      },
    ]);
  });

  it('sends them as the query of a GET, after the query of the path (-f fields first, then -F)', async () => {
    const result = await quay(['GET', '/repository?public=true', '-f', 'namespace=acme', '-F', 'last_modified=true', '-f', 'tags[]=a b', '--query', 'length(repositories)']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '2\n', stderr: '' });
    expect(wire()).toEqual([{ method: 'GET', path: '/api/v1/repository', search: '?public=true&namespace=acme&tags%5B%5D=a+b&last_modified=true', body: '' }]);
  });

  it('sends them as the query when --data gives the body', async () => {
    await quay(['PUT', '/echo', '--data', '{"a":1}', '-f', 'dry=yes']);
    expect(wire()).toEqual([{ method: 'PUT', path: '/api/v1/echo', search: '?dry=yes', body: '{"a":1}' }]);
  });

  it.each([
    [['-f', 'namespace'], 'error: -f "namespace": expected key=value\nhint: e.g. -f name=ci\n'],
    [['-F', '=value'], 'error: -F: a field needs a key before "=" (expected key=value)\nhint: e.g. -F name=ci\n'],
    [['-F', 'id=12345678901234567890'], 'error: -F id: 12345678901234567890 is too large to send exactly as a JSON number (use -f to send it as a string)\n'],
    [['-F', 'file=@/nonexistent/regnotify'], 'error: -F file: cannot read "/nonexistent/regnotify" (ENOENT)\n'],
    [['-F', 'a=@-', '-F', 'b=@-'], 'error: -F: standard input can be read only once (a=@- and b=@-)\n'],
    [['-f', 'config[url=x'], 'error: -f config[url: invalid key "config[url" (allowed: name, name[key], name[key][key], name[] to add to a list)\n'],
    [['-f', 'events[][name]=x'], 'error: -f events[][name]: invalid key "events[][name]" (allowed: name, name[key], name[key][key], name[] to add to a list)\n'],
    [
      ['-f', 'config=x', '-f', 'config[url]=y'],
      'error: -f config[url]: "config" was given a value or list already, it cannot hold keys too\nhint: give each key either a value, keys (key[name]) or list items (key[])\n',
    ],
  ])('refuses %j with exit 2 and sends nothing', async (fields, stderr) => {
    const result = await quay(['POST', '/echo', ...fields]);
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('api -H headers', () => {
  it('sends each header; a name given twice gets both values; Accept can be replaced', async () => {
    await quay(['GET', '/repository?namespace=acme', '-H', 'X-Trace: one', '-H', 'x-trace: two', '-H', 'Accept: application/vnd.quay+json']);
    const [request] = fx.emulator.requests;
    expect(request.headers['x-trace']).toBe('one, two');
    expect(request.headers.accept).toBe('application/vnd.quay+json');
    expect(request.headers.authorization).toBe(`Bearer ${EMULATOR_CREDENTIALS.quayToken}`);
  });

  it('masks the value of a secret-looking header when the server echoes it back', async () => {
    fx.emulator.inject({ method: 'GET', path: '/api/v1/echo-headers', status: 200, echo: true });
    const result = await quay(['GET', '/echo-headers', '-H', 'X-Api-Key: key-0123456789abcdef']);
    expect(fx.emulator.requests[0].headers['x-api-key']).toBe('key-0123456789abcdef');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('key-0123456789abcdef');
  });

  it.each([
    ['quay', ['-H', 'Authorization Bearer abc'], 'error: -H "Authorization…": expected "Name: value"\nhint: e.g. -H "Accept: application/json"\n'],
    ['quay', ['-H', 'Bad Name: x'], "error: -H: invalid header name \"Bad Name\" (allowed: letters, digits and ! # $ % & ' * + - . ^ _ ` | ~)\n"],
    ['quay', ['-H', 'X-Note: a\u0007b'], 'error: -H X-Note: the value holds a control character (allowed: printable characters and tabs)\n'],
    ['quay', ['-H', 'Host: elsewhere.example'], 'error: -H Host: regnotify sets this header itself\n'],
    [
      'quay',
      ['-H', 'Authorization: Bearer other-token-value'],
      'error: -H Authorization: regnotify sets this header from the credentials itself\nhint: pick the credentials with --profile or the environment (regnotify help environment)\n',
    ],
    [
      'codearts',
      ['-H', 'X-Auth-Token: other-token-value'],
      'error: -H X-Auth-Token: regnotify sets this header from the credentials itself\nhint: pick the credentials with --profile or the environment (regnotify help environment)\n',
    ],
  ] as const)('%s: refuses %j with exit 2, never printing the value, and sends nothing', async (platform, header, stderr) => {
    const result = await regnotify(['api', 'GET', '/anything', '--platform', platform, ...header], { env: fx.env(platform) });
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('api --paginate', () => {
  it('Quay: follows next_page with the same filters and prints one array of every repository', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 250);
    const result = await regnotify(['api', 'GET', '/repository', '-f', 'namespace=bulk', '--platform', 'quay', '--paginate'], { env: fx.env('quay'), timeoutMs: 60_000 });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(result.stdout) as Array<{ name: string }>;
    expect(rows.map((row) => row.name)).toEqual(Array.from({ length: 250 }, (_, index) => `repo-${String(index + 1).padStart(5, '0')}`));
    const requests = fx.emulator.requests;
    expect(requests.map((request) => request.path)).toEqual(['/api/v1/repository', '/api/v1/repository', '/api/v1/repository']);
    expect(requests[0].query).toEqual({ namespace: 'bulk' });
    expect(requests[1].query).toEqual({ namespace: 'bulk', next_page: expect.any(String) });
    expect(requests[2].query).toEqual({ namespace: 'bulk', next_page: expect.any(String) });
    expect(requests[1].query.next_page).not.toBe(requests[2].query.next_page);
  });

  it('Alauda: follows the next links of Django REST pages and prints the results as one array', async () => {
    const state = alaudaStateOf(fx.emulator)!;
    state.listShape = 'paginated';
    state.pageSize = 2;
    const result = await alauda(['GET', '/hooks', '--paginate', '--query', '[].[id, secret]']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '[4,"***"]\n[5,"***"]\n[6,"***"]\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => [request.path, request.search])).toEqual([
      ['/v1/hooks', ''],
      ['/v1/hooks', '?page=2'],
    ]);
  });

  it('Alauda: refuses a next link to another server, so the token never goes there', async () => {
    fx.emulator.inject({
      method: 'GET',
      path: '/v1/hooks',
      status: 200,
      contentType: 'application/json',
      body: '{"count":2,"next":"https://elsewhere.example/v1/hooks?page=2","previous":null,"results":[{"id":1}]}',
    });
    const result = await alauda(['GET', '/hooks', '--paginate']);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: 'error: Alauda named a next page outside its API (https://elsewhere.example/v1/hooks); not following it with the token\n',
    });
    expect(fx.emulator.requests).toHaveLength(1);
  });

  it('CodeArts: pages by offset until a page is shorter than limit', async () => {
    const result = await codearts(['GET', '/user/repositories?limit=2', '--paginate', '--query', '[].id']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '123\n2111978605\n4001\n4002\n5001\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => request.search)).toEqual(['?limit=2', '?limit=2&offset=2', '?limit=2&offset=4']);
  });

  it('CodeArts: asks for the largest page (100) when the path names no limit', async () => {
    const result = await codearts(['GET', '/user/repositories', '-f', 'search=shared', '--paginate', '-o', 'json', '--query', 'length(@)']);
    expect(result).toEqual({ code: 0, signal: null, stdout: '2\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => request.search)).toEqual(['?search=shared&limit=100']);
  });

  it('stops a server that hands out the same next_page forever, with exit 1 and nothing printed', async () => {
    fx.emulator.inject({
      method: 'GET',
      path: '/api/v1/repository',
      status: 200,
      contentType: 'application/json',
      body: '{"repositories":[{"namespace":"acme","name":"r{n}"}],"next_page":"same-token"}',
      numbered: true,
    });
    const result = await quay(['GET', '/repository?namespace=acme', '--paginate']);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr:
        'error: Quay restarted the list at /repository after 2 items (it handed out the same page token twice); the list is incomplete\n' +
        "hint: the server does not paginate as its API documents; report it to the server's administrators\n",
    });
    expect(fx.emulator.requests.map((request) => request.search)).toEqual(['?namespace=acme', '?namespace=acme&next_page=same-token']);
  });

  it("follows Quay's tag list by page number while has_additional is true (quay/quay endpoints/api/tag.py)", async () => {
    const onePage = await quay(['GET', '/repository/acme/app/tag/?limit=1']);
    expect(JSON.parse(onePage.stdout)).toMatchObject({ tags: [{ name: 'latest' }], page: 1, has_additional: true });
    fx.emulator.requests.length = 0;
    const result = await quay(['GET', '/repository/acme/app/tag/?limit=1', '--paginate', '--query', '[].name']);
    expect(result).toEqual({ code: 0, signal: null, stdout: 'latest\nv1.2.0\n', stderr: '' });
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}${request.search}`)).toEqual([
      'GET /api/v1/repository/acme/app/tag/?limit=1',
      'GET /api/v1/repository/acme/app/tag/?limit=1&page=2',
    ]);
  });

  it('refuses an answer that is not a list, naming the path', async () => {
    fx.emulator.inject({ method: 'GET', path: '/api/v1/user/', status: 200, contentType: 'application/json', body: '{"username":"quayadmin"}' });
    const result = await quay(['GET', '/user/', '--paginate']);
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: 'error: --paginate: the answer to GET /user/ is not a page of a list (no list in it)\nhint: leave out --paginate to see the answer\n',
    });
  });

  it.each([
    [['POST', '/echo', '--paginate'], 'error: --paginate reads lists: it works with GET, not POST\n'],
    [['GET', '/repository', '--paginate', '--include'], 'error: --paginate and --include cannot be used together (the headers of each page would break the one JSON array)\n'],
  ])('refuses %j with exit 2 and sends nothing', async (args, stderr) => {
    expect(await quay(args)).toEqual({ code: 2, signal: null, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('api --include', () => {
  it('prints the status line and the headers before the body, cookie and token values masked', async () => {
    fx.emulator.inject({
      method: 'GET',
      path: '/api/v1/session',
      status: 200,
      contentType: 'application/json',
      body: '{"ok":true}',
      headers: { date: 'Mon, 30 Nov 2026 12:00:00 GMT', 'set-cookie': 'session=abc123', 'x-subject-token': 'issued-token', 'x-request-id': 'req-1' },
    });
    const result = await quay(['GET', '/session', '-i']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [head, body] = result.stdout.split('\n\n');
    expect(head.split('\n')[0]).toBe('HTTP/1.1 200 OK');
    expect(head.split('\n')).toEqual(
      expect.arrayContaining(['set-cookie: ***', 'x-subject-token: ***', 'x-request-id: req-1', 'date: Mon, 30 Nov 2026 12:00:00 GMT', 'content-type: application/json']),
    );
    expect(body).toBe('{"ok":true}\n');
    expect(result.stdout).not.toMatch(/abc123|issued-token/);
  });

  it('prints the head and body of an error answer too, then fails with its exit code', async () => {
    const result = await quay(['GET', '/repository/acme/nope', '--include']);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^HTTP\/1\.1 404 Not Found\n(?:[a-z0-9-]+: .*\n)+\n\{.*\}\n$/);
    expect(result.stderr).toMatch(/^error: .*HTTP 404/);
  });
});
