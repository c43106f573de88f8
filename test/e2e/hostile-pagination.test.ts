// Servers that paginate wrongly (or on purpose) cannot keep a command reading: every paginated read stops with
// exit 1 and one error line on an empty page that names another, on a page served twice, and at the page cap.
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_PAGES } from '../../src/platforms/codearts/client.js';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const BROKEN_HINT = "hint: the server does not paginate as its API documents; report it to the server's administrators\n";

/** A CodeArts page of 100 repositories; `{n}` in the ids makes each answer of a numbered fault a fresh page. */
function codeartsPage(idPrefix: string): string {
  const rows = Array.from({ length: 100 }, (_, index) => {
    const id = `${idPrefix}${String(index).padStart(3, '0')}`;
    return `{"id":${id},"name":"app","path":"app","path_with_namespace":"g${id}/app","name_with_namespace":"g${id} / app"}`;
  });
  return `[${rows.join(',')}]`;
}

describe('paginated reads against a hostile server', () => {
  it('Quay: empty pages that each name a fresh next_page stop at the first one, even with --limit 5', async () => {
    fx.emulator.inject({
      method: 'GET',
      path: '/api/v1/repository',
      status: 200,
      contentType: 'application/json',
      body: '{"repositories":[],"next_page":"token-{n}"}',
      numbered: true,
    });
    const result = await regnotify(['repo', 'list', '--namespace', 'acme', '--limit', '5'], { env: fx.env('quay') });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `error: Quay broke off the repository list after 0 repositories (it sent an empty page that names another); the list is incomplete\n${BROKEN_HINT}`,
    });
    expect(fx.emulator.requests).toHaveLength(1);
  });

  it('Quay: an empty page after real ones stops --all there, keeping the JSON array valid', async () => {
    fx.emulator.inject({
      method: 'GET',
      path: '/api/v1/repository',
      status: 200,
      contentType: 'application/json',
      body: '{"repositories":[{"namespace":"acme","name":"r{n}","description":null,"is_public":false,"kind":"image","state":"NORMAL"}],"next_page":"token-{n}"}',
      numbered: true,
      times: 2,
    });
    fx.emulator.inject({ method: 'GET', path: '/api/v1/repository', status: 200, contentType: 'application/json', body: '{"repositories":[],"next_page":"more"}' });
    const result = await regnotify(['repo', 'list', '--namespace', 'acme', '--all', '--json'], { env: fx.env('quay') });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Array<{ name: string }>).map((row) => row.name)).toEqual(['r1', 'r2']);
    expect(result.stderr).toBe(`error: Quay broke off the repository list after 2 repositories (it sent an empty page that names another); the list is incomplete\n${BROKEN_HINT}`);
    expect(fx.emulator.requests.map((request) => request.query.next_page)).toEqual([undefined, 'token-1', 'token-2']);
  });

  it('CodeArts: a server that ignores offset stops repository resolution at the second page', async () => {
    fx.emulator.inject({ method: 'GET', path: '/v4/user/repositories', status: 200, contentType: 'application/json', body: codeartsPage('1') });
    const result = await regnotify(['subscription', 'status', 'group/app'], { env: fx.env('codearts') });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: `error: CodeArts restarted the repository search after 100 repositories (it answered offset 100 with the first page again); the list is incomplete\n${BROKEN_HINT}`,
    });
    expect(fx.emulator.requests.map((request) => request.query)).toEqual([
      { search: 'app', offset: '0', limit: '100' },
      { search: 'app', offset: '100', limit: '100' },
    ]);
  });

  it(`CodeArts: fresh full pages without end stop at the cap of ${MAX_SEARCH_PAGES} pages`, async () => {
    fx.emulator.inject({ method: 'GET', path: '/v4/user/repositories', status: 200, contentType: 'application/json', body: codeartsPage('1{n}'), numbered: true });
    const result = await regnotify(['subscription', 'status', 'group/app'], { env: fx.env('codearts'), timeoutMs: 60_000 });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr:
        `error: the repository search from CodeArts goes on past ${MAX_SEARCH_PAGES} pages (the most regnotify reads); stopped after ${MAX_SEARCH_PAGES * 100} repositories, the list is incomplete\n` +
        'hint: narrow the list with a filter, or check that the server paginates as its API documents\n',
    });
    expect(fx.emulator.requests).toHaveLength(MAX_SEARCH_PAGES);
  }, 90_000);
});
