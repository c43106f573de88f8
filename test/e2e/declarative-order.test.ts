// The order of apply's requests on the wire, one at a time (--concurrency 1): an empty repository's two reads follow
// each other, and with --yes a repository's changes go out while later repositories are still being read, with the
// same output as when the changes wait for the whole plan (as they do with -o json).
import { describe, expect, it } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { regnotify } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-order');

const THREE_EMPTY = `version: 1
quay:
  repositories:
${[1, 2, 3]
  .map((number) => `    bulk/repo-0000${number}:
      notifications:
        - { title: Deploy, event: repo_push, method: webhook, config: { url: "https://ci.example.com/${number}" } }
`)
  .join('')}`;

const calls = () => fx.emulator.requests.map((request) => `${request.method} ${request.path}`);
const NOTIFICATIONS = (number: number) => `/api/v1/repository/bulk/repo-0000${number}/notification/`;
const REPOSITORY = (number: number) => `/api/v1/repository/bulk/repo-0000${number}`;

const PLAN = [1, 2, 3]
  .map((number) => `+ create quay bulk/repo-0000${number}: Deploy
    + event: "repo_push"
    + method: "webhook"
    + config.url: "https://ci.example.com/${number}"
`)
  .join('\n');
const SUMMARY = '3 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.';

describe('apply, one request at a time', () => {
  it('reads an empty repository right after its empty notification list; with -o json, writes once the plan is printed', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 3);
    const result = await regnotify(['apply', '-f', file(THREE_EMPTY), '--yes', '--concurrency', '1', '-o', 'json'], { env: fx.env('quay') });
    expect(result.code, result.stderr).toBe(0);
    expect(calls()).toEqual([
      ...[1, 2, 3].flatMap((number) => [`GET ${NOTIFICATIONS(number)}`, `GET ${REPOSITORY(number)}`]),
      ...[1, 2, 3].map((number) => `POST ${NOTIFICATIONS(number)}`),
    ]);
  });

  it("with --yes, writes a repository's changes while later repositories are read, and prints the same", async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 3);
    const result = await regnotify(['apply', '-f', file(THREE_EMPTY), '--yes', '--concurrency', '1'], { env: fx.env('quay') });
    expect(result.code, result.stderr).toBe(0);
    expect(calls()).toEqual([
      `GET ${NOTIFICATIONS(1)}`,
      `GET ${REPOSITORY(1)}`,
      `GET ${NOTIFICATIONS(2)}`,
      `GET ${REPOSITORY(2)}`,
      // bulk/repo-00001 is planned: its change starts before bulk/repo-00003 is read.
      `POST ${NOTIFICATIONS(1)}`,
      `GET ${NOTIFICATIONS(3)}`,
      `GET ${REPOSITORY(3)}`,
      `POST ${NOTIFICATIONS(2)}`,
      `POST ${NOTIFICATIONS(3)}`,
    ]);
    // The same output as changes made after the whole plan: its lines were held until the total was known.
    expect(result.stdout).toBe(`${PLAN}\nPlan: ${SUMMARY}\n`);
    expect(result.stderr).toBe(
      [1, 2, 3].map((number) => `✓ + create quay bulk/repo-0000${number}: Deploy (${number}/3)\n`).join('') + `Applied 3 of 3 changes. Plan was: ${SUMMARY}\n`,
    );
  });

  it('reports a change that failed before the plan ended after the plan, numbered with the rest', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 3);
    fx.emulator.inject({ method: 'POST', path: NOTIFICATIONS(1), status: 500, times: 1 });
    const result = await regnotify(['apply', '-f', file(THREE_EMPTY), '--yes', '--concurrency', '1', '--retries', '0'], { env: fx.env('quay') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${PLAN}\nPlan: ${SUMMARY}\n`);
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      'warning: + create quay bulk/repo-00001: Deploy failed: injected fault 500 (HTTP 500)',
      '✓ + create quay bulk/repo-00002: Deploy (2/3)',
      '✓ + create quay bulk/repo-00003: Deploy (3/3)',
      `Applied 2 of 3 changes. Plan was: ${SUMMARY}`,
      'error: 1 of 3 changes failed',
    ]);
  });
});
