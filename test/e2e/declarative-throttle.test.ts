// apply against a server that rate-limits: 429 answers with Retry-After slow the run down, they do not fail it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';
import { quayControl } from '../../src/emulator/quay/index.js';

const fx = useEmulator();

function stateFile(titles: string[]): string {
  const entries = titles.map(
    (title) => `        - title: ${title}\n          event: repo_push\n          method: webhook\n          config: { url: "https://ci.example.com/${title.toLowerCase()}" }\n`,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'regnotify-throttle-')), 'regnotify.yaml');
  writeFileSync(path, `version: 1\nquay:\n  repositories:\n    acme/website:\n      notifications:\n${entries.join('')}`);
  return path;
}

describe('apply when the server answers 429', () => {
  it('waits the Retry-After, sends each refused create again and makes every change (exit 0)', async () => {
    const titles = ['Alpha', 'Bravo', 'Charlie', 'Delta'];
    fx.emulator.inject({ method: 'POST', path: '/api/v1/repository/acme/website/notification/', status: 429, retryAfter: '1', times: 3 });
    const result = await regnotify(['apply', '-f', stateFile(titles), '--yes', '--verbose'], { env: fx.env('quay') });
    expect(result.stderr).toContain('Applied 4 of 4 changes.');
    expect(result.code).toBe(0);
    expect(result.stderr.match(/\* retrying after HTTP 429 in 1000 ms\n/g)).toHaveLength(3);
    const posts = fx.emulator.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(7);
    expect(posts.map((request) => request.path)).toEqual(Array(7).fill('/api/v1/repository/acme/website/notification/'));
    // Three were refused once and sent again; each create reached the server as the same body.
    const sentTitles = posts.map((request) => (request.json as { title: string }).title);
    expect([...new Set(sentTitles)].sort()).toEqual(titles);
    const made = quayControl(fx.emulator).notifications('acme/website');
    expect(made.map((notification) => notification.title).sort()).toEqual(titles);
    expect(made.map((notification) => notification.config)).toEqual(expect.arrayContaining(titles.map((title) => ({ url: `https://ci.example.com/${title.toLowerCase()}` }))));
  });

  it('pauses every request to that server, not only the refused one: the whole run slows down as the server asked', async () => {
    // acme/website's create is refused with Retry-After: 1; acme/app's replace creates (answered late, after that 429)
    // and then deletes: the delete waits for the pause instead of going out at once.
    fx.emulator.inject({ method: 'POST', path: '/api/v1/repository/acme/website/notification/', status: 429, retryAfter: '1', times: 1 });
    fx.emulator.inject({ method: 'POST', path: '/api/v1/repository/acme/app/notification/', latencyMs: 300 });
    const path = stateFile(['Alpha']).replace(/regnotify\.yaml$/, 'both.yaml');
    writeFileSync(
      path,
      'version: 1\nquay:\n  repositories:\n    acme/website:\n      notifications:\n' +
        '        - { title: Alpha, event: repo_push, method: webhook, config: { url: "https://ci.example.com/alpha" } }\n' +
        '    acme/app:\n      notifications:\n' +
        '        - { title: Deploy on push, event: repo_push, method: webhook, config: { url: "https://ci.example.com/hooks/quay-v2" } }\n',
    );
    const result = await regnotify(['apply', '-f', path, '--yes', '--verbose'], { env: fx.env('quay') });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Applied 2 of 2 changes.');
    expect(result.stderr).toMatch(new RegExp(`\\* waited \\d+ ms: ${fx.url.replace(/[.]/g, '\\.')} asked to slow down \\(HTTP 429\\)\\n> DELETE ${fx.url.replace(/[.]/g, '\\.')}/api/v1/repository/acme/app/notification/3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01\\n`));
    const writes = fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
    expect([...writes].sort()).toEqual([
      'DELETE /api/v1/repository/acme/app/notification/3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
      'POST /api/v1/repository/acme/app/notification/',
      'POST /api/v1/repository/acme/website/notification/',
      'POST /api/v1/repository/acme/website/notification/',
    ]);
    expect(quayControl(fx.emulator).notifications('acme/app').map((notification) => [notification.title, notification.config])).toEqual([
      ['Critical CVEs', { email: 'ops@example.com' }],
      ['Deploy on push', { url: 'https://ci.example.com/hooks/quay-v2' }],
    ]);
    expect(quayControl(fx.emulator).notifications('acme/website').map((notification) => notification.title)).toEqual(['Alpha']);
  });
});
