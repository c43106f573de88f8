// `regnotify api --paginate`: every page of a list, as one array. The platform says where the rows are and how to
// ask for the next page; the shared guard (src/http/pagination.ts) stops a server that repeats pages, hands out the
// same cursor twice or never ends.
import { ApiError } from '../../core/errors.js';
import { paginate } from '../../http/pagination.js';
import { tryParseJson, type HttpClient } from '../../http/transport.js';
import type { ApiPages } from '../../platforms/api-pages.js';

export interface PaginatedRequest {
  /** The first page's path, with its query. */
  path: string;
  headers: Record<string, string>;
}

export async function readAllPages(http: HttpClient, pages: ApiPages, request: PaginatedRequest): Promise<unknown[]> {
  const list = request.path.split('?')[0];
  const rows: unknown[] = [];
  const all = paginate<unknown, string>({
    names: { ...pages.names, list: `the list at ${list}`, rows: 'items' },
    fetch: async (cursor) => {
      const path = cursor ?? pages.first?.(request.path) ?? request.path;
      const response = await http.request({ method: 'GET', path, headers: request.headers });
      const body = tryParseJson(response);
      const pageRows = pages.rows(body);
      if (!pageRows) {
        throw new ApiError(`--paginate: the answer to GET ${path.split('?')[0]} is not a page of a list (${body === undefined ? 'not JSON' : 'no list in it'})`, {
          hint: 'leave out --paginate to see the answer',
        });
      }
      return { rows: pageRows, next: pages.next({ path, body, rows: pageRows, baseUrl: http.baseUrl }) };
    },
    // Whole rows are compared only as the first of each page, to recognise a page the server already sent.
    key: (row) => JSON.stringify(row),
  });
  for await (const page of all) rows.push(...page.rows);
  return rows;
}
