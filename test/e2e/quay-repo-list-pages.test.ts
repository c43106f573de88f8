import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const run = (args: string[]) => regnotify(args, { env: fx.env('quay'), timeoutMs: 60_000 });
const names = (stdout: string) => stdout.trim().split('\n');

describe('repo list across pages', () => {
  it('reads every page with --all, sending the same filters with each next_page', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 250);
    const result = await run(['repo', 'list', '--namespace', 'bulk', '--last-modified', '--all', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(result.stdout) as Array<{ name: string }>;
    expect(rows.map((row) => row.name)).toEqual(Array.from({ length: 250 }, (_, index) => `repo-${String(index + 1).padStart(5, '0')}`));
    const requests = fx.emulator.requests;
    expect(requests).toHaveLength(3);
    expect(requests[0].query).toEqual({ namespace: 'bulk', last_modified: 'true' });
    for (const request of requests.slice(1)) {
      expect(request.query).toEqual({ namespace: 'bulk', last_modified: 'true', next_page: expect.any(String) });
    }
    expect(requests[1].query.next_page).not.toBe(requests[2].query.next_page);
  });

  it('shows one page (100) by default and says how to get more', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 250);
    const result = await run(['repo', 'list', '--namespace', 'bulk', '-q']);
    expect(result.code).toBe(0);
    expect(names(result.stdout)).toHaveLength(100);
    expect(result.stderr).toBe('Showing the first 100 repositories; pass --limit N or --all for more.\n');
    expect(fx.emulator.requests).toHaveLength(1);
  });

  it('stops after --limit rows, fetching only the pages it needs', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 250);
    const result = await run(['repo', 'list', '--namespace', 'bulk', '--limit', '150', '-q']);
    expect(names(result.stdout)).toHaveLength(150);
    expect(names(result.stdout).at(-1)).toBe('bulk/repo-00150');
    expect(fx.emulator.requests).toHaveLength(2);
    expect(result.stderr).toBe('Showing the first 150 repositories; pass --limit N or --all for more.\n');
  });

  it('stops with exit 1 when Quay restarts at page 1 (expired token), keeping the JSON array valid', async () => {
    const quay = quayControl(fx.emulator);
    quay.seedRepositories('bulk', 250);
    quay.pageTokens = 'restart';
    const result = await run(['repo', 'list', '--namespace', 'bulk', '--all', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(100);
    expect(result.stderr).toBe(
      'error: Quay restarted the repository list after 100 repositories (it answered a page token with the first page again); the list is incomplete\nhint: run the command again; a page token expires after 2 days\n',
    );
    expect(fx.emulator.requests).toHaveLength(2);
  });

  it('refuses --limit with --all, and a limit below 1, before sending anything', async () => {
    expect(await run(['repo', 'list', '--namespace', 'bulk', '--limit', '5', '--all'])).toMatchObject({
      code: 2,
      stderr: 'error: --limit and --all cannot be used together\n',
    });
    expect(await run(['repo', 'list', '--namespace', 'bulk', '--limit', '0'])).toMatchObject({
      code: 2,
      stderr: 'error: --limit: invalid value "0" (allowed: a whole number, 1 or more)\n',
    });
    expect(fx.emulator.requests).toEqual([]);
  });

  it('streams 10,000 repositories page by page with --all', async () => {
    quayControl(fx.emulator).seedRepositories('huge', 10_000);
    const result = await run(['repo', 'list', '--namespace', 'huge', '--all']);
    expect(result.code).toBe(0);
    const lines = names(result.stdout);
    expect(lines).toHaveLength(10_000);
    expect(result.stdout.endsWith('huge/repo-09999\tprivate\t\nhuge/repo-10000\tprivate\t\n')).toBe(true);
    expect(fx.emulator.requests).toHaveLength(100);
  });
});
