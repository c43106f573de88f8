// The one loop over a paginated list. Every reader of pages goes through it, so no server, broken or hostile, can
// keep a command reading forever: it stops on an empty page that promises another, on a cursor handed out twice,
// on a page that starts where an earlier one started (the server restarted the list or ignored the cursor),
// and at a hard cap on pages. Only cursors and each page's first row are remembered, never the rows.

import { ApiError } from '../core/errors.js';

/** No list regnotify reads is legitimately longer: 10,000 pages of 100 is a million rows. */
export const MAX_PAGES = 10_000;

export interface FetchedPage<T, C> {
  rows: T[];
  /** The cursor of the next page; undefined on the last page. */
  next: C | undefined;
}

export interface Page<T> {
  rows: T[];
  /** The server named another page. */
  hasMore: boolean;
}

/** Words for the error messages: "<server> restarted <list> after 12 <rows> (it answered <cursor> ...)". */
export interface ListNames<C> {
  server: string;
  list: string;
  rows: string;
  /** A cursor in a sentence: "a page token", "offset 200". */
  cursor: (cursor: C) => string;
  /** The kind of cursor: "page token", "offset". */
  cursorKind: string;
}

export interface PaginateOptions<T, C> {
  names: ListNames<C>;
  /** Fetches the page at the cursor (undefined: the first page). */
  fetch: (cursor: C | undefined) => Promise<FetchedPage<T, C>>;
  /** A row's identity, to recognise a page the server already sent. */
  key: (row: T) => string;
  /** Defaults to MAX_PAGES. */
  maxPages?: number;
  /** What to do next when the server restarted the list (e.g. an expired token). */
  restartHint?: string;
}

/** The list could not be read to its end: what was already written out is incomplete. */
export class PaginationError extends ApiError {}

const BROKEN_SERVER_HINT = 'the server does not paginate as its API documents; report it to the server\'s administrators';

/** Yields one page at a time and fetches the next only when asked, so a caller that writes pages out stays flat. */
export async function* paginate<T, C extends string | number>(options: PaginateOptions<T, C>): AsyncGenerator<Page<T>, void, undefined> {
  const { names, key } = options;
  const maxPages = options.maxPages ?? MAX_PAGES;
  const seenCursors = new Set<C>();
  const firsts = new Map<string, number>();
  let cursor: C | undefined;
  let count = 0;
  const incomplete = (verb: string, why: string, hint = BROKEN_SERVER_HINT) =>
    new PaginationError(`${names.server} ${verb} ${names.list} after ${count} ${names.rows} (${why}); the list is incomplete`, { hint });
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await options.fetch(cursor);
    const first = page.rows[0];
    if (cursor !== undefined && first !== undefined) {
      const earlier = firsts.get(key(first));
      if (earlier !== undefined) {
        const which = earlier === 1 ? 'the first page again' : 'a page it had already sent';
        throw incomplete('restarted', `it answered ${names.cursor(cursor)} with ${which}`, options.restartHint);
      }
    }
    if (first !== undefined) firsts.set(key(first), pageNumber);
    if (page.rows.length === 0 && page.next !== undefined) {
      throw incomplete('broke off', 'it sent an empty page that names another');
    }
    count += page.rows.length;
    yield { rows: page.rows, hasMore: page.next !== undefined };
    if (page.next === undefined) return;
    if (seenCursors.has(page.next)) throw incomplete('restarted', `it handed out the same ${names.cursorKind} twice`, options.restartHint);
    if (pageNumber >= maxPages) {
      throw new PaginationError(`${names.list} from ${names.server} goes on past ${maxPages} pages (the most regnotify reads); stopped after ${count} ${names.rows}, the list is incomplete`, {
        hint: 'narrow the list with a filter, or check that the server paginates as its API documents',
      });
    }
    seenCursors.add(page.next);
    cursor = page.next;
  }
}
