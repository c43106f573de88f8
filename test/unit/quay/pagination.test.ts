import { describe, expect, it } from 'vitest';
import type { RepositoryListFilters } from '../../../src/platforms/quay/client.js';
import { PaginationError as PaginationRestartError } from '../../../src/http/pagination.js';
import { listAllRepositories, takeRepositories, type RepositoryPage } from '../../../src/platforms/quay/pagination.js';
import type { RepositoryListItem, RepositoryListPage } from '../../../src/platforms/quay/schemas.js';

function repository(name: string): RepositoryListItem {
  return { namespace: 'acme', name, description: null, is_public: false, kind: 'image', state: 'NORMAL' };
}

/** Pages keyed by the token that fetches them ('' = the first page); records every call. */
function source(pages: Record<string, RepositoryListPage>) {
  const calls: Array<{ filters: RepositoryListFilters; token?: string }> = [];
  return {
    calls,
    async listPage(filters: RepositoryListFilters, token?: string): Promise<RepositoryListPage> {
      calls.push({ filters, token });
      const page = pages[token ?? ''] ?? pages[''];
      return structuredClone(page);
    },
  };
}

async function collect(pages: AsyncIterable<RepositoryPage>): Promise<string[]> {
  const names: string[] = [];
  for await (const page of pages) names.push(...page.repositories.map((entry) => entry.name));
  return names;
}

const filters = { namespace: 'acme', lastModified: true };

describe('listAllRepositories', () => {
  it('follows next_page with the same filters until Quay stops handing out tokens', async () => {
    const pages = source({
      '': { repositories: [repository('a'), repository('b')], next_page: 't1' },
      t1: { repositories: [repository('c')], next_page: 't2' },
      t2: { repositories: [repository('d')] },
    });
    expect(await collect(listAllRepositories(pages, filters))).toEqual(['a', 'b', 'c', 'd']);
    expect(pages.calls).toEqual([{ filters }, { filters, token: 't1' }, { filters, token: 't2' }]);
  });

  it('fetches the next page only when the caller asks for it', async () => {
    const pages = source({ '': { repositories: [repository('a')], next_page: 't1' }, t1: { repositories: [repository('b')] } });
    const iterator = listAllRepositories(pages, filters);
    await iterator.next();
    expect(pages.calls).toHaveLength(1);
    await iterator.next();
    expect(pages.calls).toHaveLength(2);
  });

  it('stops with an error when a token brings back the first page (an expired token)', async () => {
    const pages = source({ '': { repositories: [repository('a'), repository('b')], next_page: 'fresh-token-1' } });
    let token = 0;
    const restarting = {
      async listPage(_filters: RepositoryListFilters) {
        token++;
        return { ...(await pages.listPage(filters)), next_page: `fresh-token-${token}` };
      },
    };
    const seen: string[] = [];
    const error = await (async () => {
      for await (const page of listAllRepositories(restarting, filters)) seen.push(...page.repositories.map((entry) => entry.name));
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(PaginationRestartError);
    expect((error as Error).message).toBe(
      'Quay restarted the repository list after 2 repositories (it answered a page token with the first page again); the list is incomplete',
    );
  });

  it('stops with an error when Quay hands out the same token twice', async () => {
    const pages = source({
      '': { repositories: [repository('a')], next_page: 'loop' },
      loop: { repositories: [repository('b')], next_page: 'loop' },
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const page of listAllRepositories(pages, filters)) seen.push(...page.repositories.map((entry) => entry.name));
      })(),
    ).rejects.toThrow('it handed out the same page token twice');
    expect(seen).toEqual(['a', 'b']);
    expect(pages.calls).toHaveLength(2);
  });

  it('treats an empty next_page as the last page and an empty first page as an empty list', async () => {
    expect(await collect(listAllRepositories(source({ '': { repositories: [repository('a')], next_page: '' } }), filters))).toEqual(['a']);
    expect(await collect(listAllRepositories(source({ '': { repositories: [] } }), filters))).toEqual([]);
  });
});

describe('takeRepositories', () => {
  const threePages = () =>
    source({
      '': { repositories: [repository('a'), repository('b')], next_page: 't1' },
      t1: { repositories: [repository('c'), repository('d')], next_page: 't2' },
      t2: { repositories: [repository('e')] },
    });

  async function take(limit: number | undefined) {
    const pages = threePages();
    const written: string[][] = [];
    const result = await takeRepositories(listAllRepositories(pages, filters), limit, async (rows) => {
      written.push(rows.map((entry) => entry.name));
    });
    return { result, written, calls: pages.calls.length };
  }

  it('writes every page as it arrives without a limit', async () => {
    expect(await take(undefined)).toEqual({ result: { count: 5, truncated: false }, written: [['a', 'b'], ['c', 'd'], ['e']], calls: 3 });
  });

  it('cuts the last page at the limit and says more exist, without fetching further', async () => {
    expect(await take(3)).toEqual({ result: { count: 3, truncated: true }, written: [['a', 'b'], ['c']], calls: 2 });
  });

  it('says more exist when the limit ends exactly at a page that has a next token', async () => {
    expect(await take(2)).toEqual({ result: { count: 2, truncated: true }, written: [['a', 'b']], calls: 1 });
  });

  it('is not truncated when the limit equals the number of repositories', async () => {
    expect(await take(5)).toEqual({ result: { count: 5, truncated: false }, written: [['a', 'b'], ['c', 'd'], ['e']], calls: 3 });
  });
});
