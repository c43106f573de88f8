// A server that answers with "__proto__" and "constructor" keys: -o json and yaml print them as the data they are
// (neither lost nor turned into a prototype), secrets inside them are still masked, and nothing is polluted.
import { afterEach, describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const UUID = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';
// notification get picks the uuid from the repository's list.
const NOTIFICATIONS = '/api/v1/repository/acme/app/notification/';

function answer(path: string, body: unknown): void {
  // JSON.stringify writes an own "__proto__" key as it writes any other.
  fx.emulator.inject({ path, status: 200, contentType: 'application/json', body: JSON.stringify(body), times: 1 });
}

const pollutedKeys = () => ['polluted', 'token'].filter((key) => key in Object.prototype || key in ({} as Record<string, unknown>));

afterEach(() => expect(pollutedKeys()).toEqual([]));

describe('keys named after Object.prototype in a server answer', () => {
  const hostileNotification = JSON.parse(
    `{"uuid":"${UUID}","title":"Deploy on push","event":"repo_push","method":"webhook",` +
      '"config":{"url":"https://ci.example.com/hooks/quay","__proto__":{"polluted":"yes","token":"s3cr3t-token-value"},"constructor":{"prototype":{"polluted":"yes"}}},' +
      '"event_config":{},"number_of_failures":0,"__proto__":{"polluted":"top"}}',
  ) as Record<string, unknown>;

  it('notification get -o json prints "__proto__" and "constructor" as ordinary keys, with the secret inside masked', async () => {
    answer(NOTIFICATIONS, { notifications: [hostileNotification] });
    const result = await regnotify(['notification', 'get', 'acme/app', UUID, '-o', 'json'], { env: fx.env('quay') });
    expect(result).toEqual({
      code: 0,
      signal: null,
      stdout:
        `{\n  "uuid": "${UUID}",\n  "title": "Deploy on push",\n  "event": "repo_push",\n  "method": "webhook",\n` +
        '  "config": {\n    "url": "https://ci.example.com/hooks/quay",\n    "__proto__": {\n      "polluted": "yes",\n      "token": "***"\n    },\n' +
        '    "constructor": {\n      "prototype": {\n        "polluted": "yes"\n      }\n    }\n  },\n' +
        '  "event_config": {},\n  "number_of_failures": 0,\n  "__proto__": {\n    "polluted": "top"\n  }\n}\n',
      stderr: '',
    });
  });

  it('notification get -o yaml prints them too', async () => {
    answer(NOTIFICATIONS, { notifications: [hostileNotification] });
    const result = await regnotify(['notification', 'get', 'acme/app', UUID, '-o', 'yaml'], { env: fx.env('quay') });
    expect(result.stdout).toBe(
      `uuid: ${UUID}\ntitle: Deploy on push\nevent: repo_push\nmethod: webhook\nconfig:\n  url: https://ci.example.com/hooks/quay\n` +
        '  __proto__:\n    polluted: yes\n    token: "***"\n  constructor:\n    prototype:\n      polluted: yes\n' +
        'event_config: {}\nnumber_of_failures: 0\n__proto__:\n  polluted: top\n',
    );
    expect(result.code).toBe(0);
  });

  // The OCI distribution spec's tag rule ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) allows a tag called __proto__.
  const repository = (tags: Record<string, unknown>) =>
    JSON.parse(`{"namespace":"acme","name":"app","kind":"image","description":null,"is_public":false,"tags":${JSON.stringify(tags)}}`) as unknown;
  const tag = (name: string) => ({ name, size: 1, last_modified: 'Mon, 30 Nov 2026 10:00:00 -0000' });
  const hostileTags = JSON.parse(`{"latest":${JSON.stringify(tag('latest'))},"__proto__":${JSON.stringify(tag('__proto__'))},"constructor":${JSON.stringify(tag('constructor'))}}`) as Record<string, unknown>;

  it('repo get --tags lists a tag called __proto__ in the table and in -o json', async () => {
    answer('/api/v1/repository/acme/app', repository(hostileTags));
    const table = await regnotify(['repo', 'get', 'acme/app', '--tags'], { env: fx.env('quay') });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n').find((line) => line.startsWith('tags'))).toBe('tags\tlatest, __proto__, constructor');
    answer('/api/v1/repository/acme/app', repository(hostileTags));
    const json = await regnotify(['repo', 'get', 'acme/app', '--tags', '-o', 'json'], { env: fx.env('quay') });
    expect(json.code).toBe(0);
    expect(Object.keys((JSON.parse(json.stdout) as { tags: object }).tags)).toEqual(['latest', '__proto__', 'constructor']);
    expect(json.stdout).toContain('"__proto__": {\n      "name": "__proto__",');
  });

  it('checks the value under "__proto__" like any other tag: a malformed one is refused (exit 1), naming the key', async () => {
    answer('/api/v1/repository/acme/app', repository(JSON.parse('{"__proto__":{"name":5}}') as Record<string, unknown>));
    const result = await regnotify(['repo', 'get', 'acme/app', '--tags'], { env: fx.env('quay') });
    expect(result).toEqual({
      code: 1,
      signal: null,
      stdout: '',
      stderr: 'error: unexpected response from server (HTTP 200): tags.__proto__.name: Invalid input: expected string, received number\n',
    });
  });
});
