// `regnotify api --paginate` on CodeArts Repo v4: lists page by `offset` and `limit` and answer no total
// (ListUserAllRepositories; the hook lists likewise, docs/platforms/codearts.md), so a page shorter than
// `limit` is the last.
import { onlyList, queryParameter, withQueryParameter, type ApiPages } from '../api-pages.js';

/** The API's largest page, asked for when the request names no `limit`. */
export const LARGEST_PAGE = 100;

function whole(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

export const codeartsApiPages: ApiPages = {
  names: { server: 'CodeArts', cursor: (path) => `offset ${queryParameter(path, 'offset') ?? 0}`, cursorKind: 'offset' },
  first: (path) => (whole(queryParameter(path, 'limit')) ? path : withQueryParameter(path, 'limit', String(LARGEST_PAGE))),
  rows: onlyList,
  next: ({ path, rows }) => {
    const limit = whole(queryParameter(path, 'limit')) ?? LARGEST_PAGE;
    if (rows.length < limit) return undefined;
    const offset = whole(queryParameter(path, 'offset')) ?? 0;
    return withQueryParameter(path, 'offset', String(offset + limit));
  },
};
