// Walks Quay's repository list page by page (100 a page, an opaque `next_page` token;
// quay/quay endpoints/api/__init__.py page_support, util/pagination.py).
// Quay silently answers an expired or unknown token with page 1 again, which the shared pagination guard
// reports as a restart.

import { paginate, type ListNames } from '../../http/pagination.js';
import { isRecord, onlyList, withQueryParameter, type ApiPages } from '../api-pages.js';
import type { RepositoryListFilters } from './client.js';
import type { RepositoryListItem, RepositoryListPage } from './schemas.js';

export interface RepositoryPageSource {
  listPage(filters: RepositoryListFilters, nextPage?: string): Promise<RepositoryListPage>;
}

export interface RepositoryPage {
  repositories: RepositoryListItem[];
  /** Quay handed out a token for another page. */
  hasMore: boolean;
}

const REPOSITORY_LIST: ListNames<string> = {
  server: 'Quay',
  list: 'the repository list',
  rows: 'repositories',
  cursor: () => 'a page token',
  cursorKind: 'page token',
};

/** Yields one page at a time through the shared pagination guard (empty pages, repeats and a page cap stop it). */
export async function* listAllRepositories(
  source: RepositoryPageSource,
  filters: RepositoryListFilters,
  maxPages?: number,
): AsyncGenerator<RepositoryPage, void, undefined> {
  const pages = paginate<RepositoryListItem, string>({
    names: REPOSITORY_LIST,
    fetch: async (token) => {
      const page = await source.listPage(filters, token);
      return { rows: page.repositories, next: page.next_page || undefined };
    },
    key: (repository) => `${repository.namespace}/${repository.name}`,
    maxPages,
    restartHint: 'run the command again; a page token expires after 2 days',
  });
  for await (const page of pages) yield { repositories: page.rows, hasMore: page.hasMore };
}

export interface TakeResult {
  count: number;
  /** The limit cut the list short: more repositories exist. */
  truncated: boolean;
}

/** Hands pages to `write` until `limit` rows (all when undefined); stops fetching as soon as the limit is met. */
export async function takeRepositories(
  pages: AsyncIterable<RepositoryPage>,
  limit: number | undefined,
  write: (rows: RepositoryListItem[]) => Promise<void>,
): Promise<TakeResult> {
  let count = 0;
  for await (const page of pages) {
    const rows = limit === undefined ? page.repositories : page.repositories.slice(0, limit - count);
    if (rows.length) await write(rows);
    count += rows.length;
    if (limit !== undefined && count >= limit) {
      return { count, truncated: rows.length < page.repositories.length || page.hasMore };
    }
  }
  return { count, truncated: false };
}

/**
 * `regnotify api --paginate` on Quay, which pages two ways: a `@page_support` list answers one list field
 * (`repositories`, ...) and `next_page` while more exist, the token going back as `?next_page=` with the same
 * filters; the tag list answers `page` and `has_additional` (quay/quay endpoints/api/tag.py), the next page being
 * `?page=` one more.
 */
export const quayApiPages: ApiPages = {
  names: { server: 'Quay', cursor: () => 'a page token', cursorKind: 'page token' },
  rows: onlyList,
  next: ({ path, body }) => {
    if (!isRecord(body)) return undefined;
    if (typeof body.next_page === 'string' && body.next_page !== '') return withQueryParameter(path, 'next_page', body.next_page);
    if (body.has_additional === true && Number.isInteger(body.page)) return withQueryParameter(path, 'page', String((body.page as number) + 1));
    return undefined;
  },
};
