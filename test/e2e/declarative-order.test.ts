// The order of apply's requests on the wire, one at a time (--concurrency 1): an empty repository's two reads follow
// each other.
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

describe('apply, one request at a time', () => {
  it('reads an empty repository right after its empty notification list', async () => {
    quayControl(fx.emulator).seedRepositories('bulk', 3);
    const result = await regnotify(['apply', '-f', file(THREE_EMPTY), '--yes', '--concurrency', '1', '-o', 'json'], { env: fx.env('quay') });
    expect(result.code, result.stderr).toBe(0);
    expect(calls()).toEqual([
      ...[1, 2, 3].flatMap((number) => [`GET ${NOTIFICATIONS(number)}`, `GET ${REPOSITORY(number)}`]),
      ...[1, 2, 3].map((number) => `POST ${NOTIFICATIONS(number)}`),
    ]);
  });
});
