import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAGES, paginate, PaginationError, type FetchedPage, type ListNames } from '../../../src/http/pagination.js';

const NAMES: ListNames<string> = { server: 'Srv', list: 'the list', rows: 'rows', cursor: (cursor) => `cursor ${cursor}`, cursorKind: 'cursor' };

/** Reads every page; returns the rows seen, the number of fetches and the error, if any. */
async function drain(fetchPage: (cursor: string | undefined, call: number) => FetchedPage<string, string>, maxPages?: number) {
  let calls = 0;
  const rows: string[] = [];
  // Past the cap the guard has failed: stop here, as a loop of resolved promises would starve the test's timeout.
  const fetch = async (cursor: string | undefined) => {
    if (++calls > (maxPages ?? MAX_PAGES) + 1) throw new Error('read past the page cap');
    return fetchPage(cursor, calls);
  };
  try {
    for await (const page of paginate<string, string>({ names: NAMES, key: (row) => row, maxPages, fetch })) {
      rows.push(...page.rows);
    }
    return { rows, calls, error: undefined };
  } catch (error) {
    return { rows, calls, error: error as Error };
  }
}

describe('paginate', () => {
  it('reads a well-behaved list to its end', async () => {
    const pages: Record<string, FetchedPage<string, string>> = { '': { rows: ['a', 'b'], next: 't1' }, t1: { rows: ['c'], next: 't2' }, t2: { rows: ['d'], next: undefined } };
    expect(await drain((cursor) => pages[cursor ?? ''])).toEqual({ rows: ['a', 'b', 'c', 'd'], calls: 3, error: undefined });
  });

  it('stops on an empty page that names another', async () => {
    const result = await drain((_cursor, call) => ({ rows: call === 1 ? ['a'] : [], next: `t${call}` }));
    expect(result.calls).toBe(2);
    expect(result.error).toBeInstanceOf(PaginationError);
    expect(result.error?.message).toBe('Srv broke off the list after 1 rows (it sent an empty page that names another); the list is incomplete');
  });

  it('ends quietly on an empty last page', async () => {
    expect(await drain((_cursor, call) => (call === 1 ? { rows: ['a'], next: 't1' } : { rows: [], next: undefined }))).toEqual({ rows: ['a'], calls: 2, error: undefined });
  });

  it('stops when a page starts where an earlier page (not the first) started', async () => {
    const result = await drain((_cursor, call) => ({ rows: [call === 3 ? 'b' : ['a', 'b'][call - 1]], next: `t${call}` }));
    expect(result.error?.message).toBe('Srv restarted the list after 2 rows (it answered cursor t2 with a page it had already sent); the list is incomplete');
  });

  it(`stops at the page cap (${MAX_PAGES} by default) with the count read so far`, async () => {
    const result = await drain((_cursor, call) => ({ rows: [`r${call}`], next: `t${call}` }));
    expect(result.calls).toBe(MAX_PAGES);
    expect(result.error?.message).toBe(
      `the list from Srv goes on past ${MAX_PAGES} pages (the most regnotify reads); stopped after ${MAX_PAGES} rows, the list is incomplete`,
    );
  });

  // Any server at all: pages of rows and cursors drawn from small sets, so repeats, empty pages and endless
  // chains all occur. The walk always ends within the cap, and either reads to a last page or says why not.
  it('ends within the page cap against any server, with a PaginationError unless a last page came', async () => {
    const page = fc.record({
      rows: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 3 }),
      next: fc.option(fc.constantFrom('t1', 't2', 't3', 't4', 't5'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.infiniteStream(page), fc.integer({ min: 1, max: 20 }), async (pages, maxPages) => {
        const served: Array<FetchedPage<string, string>> = [];
        const result = await drain(() => {
          const next = pages.next().value as FetchedPage<string, string>;
          served.push(next);
          return next;
        }, maxPages);
        expect(result.calls).toBeLessThanOrEqual(maxPages);
        const last = served.at(-1)!;
        if (result.error === undefined) expect(last.next).toBeUndefined();
        else expect(result.error).toBeInstanceOf(PaginationError);
      }),
    );
  });

  it('reads every row, in order, of any list with distinct rows and cursors and no empty page in the middle', async () => {
    const list = fc.array(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }), { maxLength: 30 }).map((pages) => {
      const seen = new Set<number>();
      return pages.map((rows) => rows.filter((row) => !seen.has(row) && seen.add(row))).filter((rows) => rows.length > 0);
    });
    await fc.assert(
      fc.asyncProperty(list, async (pages) => {
        const result = await drain((cursor) => {
          const index = cursor === undefined ? 0 : Number(cursor);
          return { rows: (pages[index] ?? []).map(String), next: index + 1 < pages.length ? String(index + 1) : undefined };
        });
        expect(result.error).toBeUndefined();
        expect(result.rows).toEqual(pages.flat().map(String));
        expect(result.calls).toBe(Math.max(1, pages.length));
      }),
    );
  });
});
