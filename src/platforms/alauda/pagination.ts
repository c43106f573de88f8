// Alauda's Django REST pages: `{"count", "next", "previous", "results"}` with an absolute `next` link
// (docs/platforms/alauda.md "List shape"); the documented hook list is a bare array, one page.
import { ApiError } from '../../core/errors.js';
import { isRecord, type ApiPages } from '../api-pages.js';
import { parseUrl } from '../../core/parse-url.js';

/**
 * A `next` link as a path (and query) under the base URL. A link to another server or outside the API is
 * refused: following it would send the token there.
 */
export function nextPageTarget(baseUrl: string, next: string): { path: string; search: string; query: Record<string, string> } {
  const base = new URL(baseUrl);
  const url = parseUrl(next, base);
  if (!url) throw new ApiError(`Alauda named a next page that is not a URL ("${next}")`);
  const prefix = base.pathname.replace(/\/+$/, '');
  if (url.origin !== base.origin || !url.pathname.startsWith(`${prefix}/`)) {
    throw new ApiError(`Alauda named a next page outside its API (${url.origin}${url.pathname}); not following it with the token`);
  }
  return { path: url.pathname.slice(prefix.length), search: url.search, query: Object.fromEntries(url.searchParams) };
}

/** `regnotify api --paginate` on Alauda: `results` of each page (or a bare array), following `next` to the end. */
export const alaudaApiPages: ApiPages = {
  names: { server: 'Alauda', cursor: (path) => `the next page ${path}`, cursorKind: 'next page link' },
  rows: (body) => (Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.results) ? body.results : undefined),
  next: ({ body, baseUrl }) => {
    const next = isRecord(body) ? body.next : undefined;
    if (typeof next !== 'string' || next === '') return undefined;
    const target = nextPageTarget(baseUrl, next);
    return `${target.path}${target.search}`;
  },
};
