// Walks Quay's repository list page by page (100 a page, an opaque `next_page` token;
// quay/quay endpoints/api/__init__.py page_support, util/pagination.py).
// Quay silently answers an expired or unknown token with page 1 again, so the walk stops on a repeat.

import { ApiError } from '../../core/errors.js';
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

/** The listing went back to its start: what was printed is all there is, and it is incomplete. */
export class PaginationRestartError extends ApiError {}

function key(repository: RepositoryListItem): string {
  return `${repository.namespace}/${repository.name}`;
}

/**
 * Yields one page at a time and fetches the next only when asked, so a caller that writes each page out
 * keeps memory flat. Remembers only tokens and each page's first repository, never the rows.
 */
export async function* listAllRepositories(
  source: RepositoryPageSource,
  filters: RepositoryListFilters,
): AsyncGenerator<RepositoryPage, void, undefined> {
  const seenTokens = new Set<string>();
  const seenFirsts = new Set<string>();
  let token: string | undefined;
  let count = 0;
  for (;;) {
    const page = await source.listPage(filters, token);
    const first = page.repositories[0];
    if (token !== undefined && first && seenFirsts.has(key(first))) throw restarted(count, 'it answered a page token with the first page again');
    if (first) seenFirsts.add(key(first));
    const next = page.next_page || undefined;
    count += page.repositories.length;
    yield { repositories: page.repositories, hasMore: next !== undefined };
    if (next === undefined) return;
    if (seenTokens.has(next)) throw restarted(count, 'it handed out the same page token twice');
    seenTokens.add(next);
    token = next;
  }
}

function restarted(count: number, why: string): PaginationRestartError {
  return new PaginationRestartError(`Quay restarted the repository list after ${count} repositories (${why}); the list is incomplete`, {
    hint: 'run the command again; a page token expires after 2 days',
  });
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
