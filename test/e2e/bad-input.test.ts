// Bad input is refused before anything is sent: one line naming the value and what is allowed, exit 2,
// and the emulator's request log stays empty.
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const UUID_RULE = '(expected 8-4-4-4-12 hex digits, e.g. 3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01)\nhint: regnotify notification list NAMESPACE/NAME -q prints the uuids\n';
const webhook = (url: string) => ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', url];
const slack = (url: string) => ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', url];
const loopback = (url: string, host: string) => `error: invalid webhook URL "${url}" (${host} is a loopback or unspecified address: Quay would post to itself)\n`;

// A Quay elsewhere: a loopback webhook would have it post to itself. Validation fails before anything is sent,
// so this server is never contacted (a request to it would fail with exit 1, not 2).
const REMOTE = { REGNOTIFY_SERVER: 'https://quay.example.com', REGNOTIFY_TOKEN: 'remote-token-0123' };

const cases: Array<[string, 'quay' | 'alauda' | 'remote', string[], string]> = [
  ['an empty uuid to delete', 'quay', ['notification', 'delete', 'acme/app', '', '--yes'], `error: invalid notification uuid "" ${UUID_RULE}`],
  ['a malformed uuid to delete', 'quay', ['notification', 'delete', 'acme/app', '../../x', '--yes'], `error: invalid notification uuid "../../x" ${UUID_RULE}`],
  ['an empty uuid to get', 'quay', ['notification', 'get', 'acme/app', ''], `error: invalid notification uuid "" ${UUID_RULE}`],
  ['a short uuid to test', 'quay', ['notification', 'test', 'acme/app', '3b9a1f7e'], `error: invalid notification uuid "3b9a1f7e" ${UUID_RULE}`],
  ['a uuid with a slash to reset', 'quay', ['notification', 'reset', 'acme/app', '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01/test'], `error: invalid notification uuid "3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01/test" ${UUID_RULE}`],
  ['a webhook to [::1]', 'remote', webhook('http://[::1]/h'), loopback('http://[::1]/h', '[::1]')],
  ['a webhook to an IPv4-mapped loopback', 'remote', webhook('http://[::ffff:127.0.0.1]/h'), loopback('http://[::ffff:127.0.0.1]/h', '[::ffff:7f00:1]')],
  ['a webhook to 0.0.0.0', 'remote', webhook('http://0.0.0.0:8080/h'), loopback('http://0.0.0.0:8080/h', '0.0.0.0')],
  ['a webhook to 127.9.9.9', 'remote', webhook('https://127.9.9.9/h'), loopback('https://127.9.9.9/h', '127.9.9.9')],
  ['a webhook to 2130706433 (127.0.0.1 as one number)', 'quay', webhook('http://2130706433/h'), 'error: invalid webhook URL "http://2130706433/h" (Quay refuses webhooks to localhost and 127.0.0.1)\n'],
  ['a webhook to a name under localhost', 'remote', webhook('http://api.localhost/h'), loopback('http://api.localhost/h', 'api.localhost')],
  ['a webhook to [::]', 'remote', webhook('http://[::]/h'), loopback('http://[::]/h', '[::]')],
  ['a javascript: Slack URL', 'quay', slack('javascript:alert(1)'), 'error: invalid Slack URL (only http and https URLs are allowed)\n'],
  ['a data: Slack URL', 'quay', slack('data:text/html,x'), 'error: invalid Slack URL (only http and https URLs are allowed)\n'],
  ['a Slack URL on loopback', 'quay', slack('http://localhost/services/T/B/x'), 'error: invalid Slack URL (Quay refuses webhooks to localhost and 127.0.0.1)\n'],
  ['a JSON array as --template', 'quay', [...webhook('https://ci.example.com/h'), '--template', '[1,2]'], 'error: invalid webhook template (expected a JSON object such as {"text":"${repository}"}, got an array)\n'],
  ['a JSON string as --template', 'quay', [...webhook('https://ci.example.com/h'), '--template', '"x"'], 'error: invalid webhook template (expected a JSON object such as {"text":"${repository}"}, got a string)\n'],
  ['null as --template', 'quay', [...webhook('https://ci.example.com/h'), '--template', 'null'], 'error: invalid webhook template (expected a JSON object such as {"text":"${repository}"}, got null)\n'],
  ['api GET with --data', 'quay', ['api', 'GET', '/repository', '--platform', 'quay', '--data', '{}'], 'error: GET takes no request body (--data and --input are for POST, PUT, PATCH and DELETE)\n'],
  ['api HEAD with --input', 'quay', ['api', 'HEAD', '/repository', '--platform', 'quay', '--input', '/dev/null'], 'error: HEAD takes no request body (--data and --input are for POST, PUT, PATCH and DELETE)\n'],
  ['CR/LF in an api path', 'quay', ['api', 'GET', '/repository\r\nX-Injected: 1', '--platform', 'quay'], 'error: invalid path "/repository\\r\\nX-Injected: 1" (control characters are not allowed; percent-encode them, e.g. %0A)\n'],
  ['a tab in an api path', 'alauda', ['api', 'GET', '/hooks\t', '--platform', 'alauda'], 'error: invalid path "/hooks\\t" (control characters are not allowed; percent-encode them, e.g. %0A)\n'],
  ['a --limit past the safe integers', 'quay', ['repo', 'list', '--namespace', 'acme', '--limit', '99999999999999999999'], 'error: --limit: invalid value "99999999999999999999" (allowed: a whole number from 1 to 9007199254740991)\n'],
  ['a --limit of 2^53', 'quay', ['repo', 'list', '--namespace', 'acme', '--limit', '9007199254740992'], 'error: --limit: invalid value "9007199254740992" (allowed: a whole number from 1 to 9007199254740991)\n'],
  ['a negative --limit', 'quay', ['repo', 'list', '--namespace', 'acme', '--limit', '-5'], 'error: --limit: invalid value "-5" (allowed: a whole number, 1 or more)\n'],
  ['a fractional --limit', 'quay', ['repo', 'list', '--namespace', 'acme', '--limit', '1.5'], 'error: --limit: invalid value "1.5" (allowed: a whole number, 1 or more)\n'],
];

describe('bad input is refused with exit 2 and nothing sent', () => {
  it.each(cases)('%s', async (_name, platform, args, stderr) => {
    const result = await regnotify(args, { env: platform === 'remote' ? REMOTE : fx.env(platform) });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
    expect(fx.emulator.requests).toEqual([]);
  });
});

describe('a loopback webhook with Quay on this machine', () => {
  it('is accepted: a local Quay (here the emulator) reaches a local receiver', async () => {
    const result = await regnotify(webhook('http://[::1]:9/h').concat('-q'), { env: fx.env('quay') });
    expect(result).toMatchObject({ code: 0, stderr: expect.stringMatching(/^✓ Created notification /) });
  });
});
