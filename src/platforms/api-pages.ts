// How `regnotify api --paginate` walks one platform's lists: where a page keeps its rows and which request reads
// the next page. Each platform declares its own (src/platforms/<p>/pagination.ts); the loop, with its guard against
// servers that repeat or never end, is src/cli/api/paginate.ts over src/http/pagination.ts.
import type { ListNames } from '../http/pagination.js';

/** One page as the loop read it: the request path (with its query) and the parsed body. */
export interface ReadPage {
  path: string;
  body: unknown;
  rows: unknown[];
  /** The client's base URL, to check that a next-page link stays on the same server and API. */
  baseUrl: string;
}

export interface ApiPages {
  /** Words for the guard's messages; the loop adds which list and "items". */
  names: Pick<ListNames<string>, 'server' | 'cursorKind'> & { cursor: (path: string) => string };
  /** The first request: what the platform needs to page at all (e.g. a page size); the path as given otherwise. */
  first?(path: string): string;
  /** The rows of one page; undefined when the body is not a page of a list. */
  rows(body: unknown): unknown[] | undefined;
  /** The path (and query) of the next page; undefined after the last one. */
  next(page: ReadPage): string | undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one list an object holds (`{"repositories": [...], "next_page": ...}`); undefined when none or several. */
export function onlyList(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isRecord(body)) return undefined;
  const lists = Object.values(body).filter(Array.isArray);
  return lists.length === 1 ? lists[0] : undefined;
}

/** A query parameter of a path such as `/repository?namespace=acme` (the last one when repeated). */
export function queryParameter(path: string, name: string): string | undefined {
  const question = path.indexOf('?');
  if (question < 0) return undefined;
  const values = new URLSearchParams(path.slice(question + 1)).getAll(name);
  return values.length ? values[values.length - 1] : undefined;
}

/** The path with one query parameter set (replacing it, or added at the end); the path itself untouched. */
export function withQueryParameter(path: string, name: string, value: string): string {
  const question = path.indexOf('?');
  const base = question < 0 ? path : path.slice(0, question);
  const query = new URLSearchParams(question < 0 ? '' : path.slice(question + 1));
  query.set(name, value);
  return `${base}?${query.toString()}`;
}
