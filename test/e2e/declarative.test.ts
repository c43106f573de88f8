// plan, apply, export and schema end to end against the emulator: exact requests on the wire, exit codes,
// no secret printed, and convergence (a second apply sends no writes).
import { writeFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { codeartsStateOf } from '../../src/emulator/codearts/index.js';
import { regnotify } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative');

const quayEnv = () => fx.env('quay');
const run = (args: string[], env: Record<string, string> = quayEnv()) => regnotify(args, { env });
const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

const SEEDED = `version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - title: Deploy on push
          event: repo_push
          method: webhook
          config: { url: "https://ci.example.com/hooks/quay" }
        - title: Critical CVEs
          event: vulnerability_found
          event_config: { level: critical }
          method: email
          config: { email: ops@example.com }
`;

describe('plan', () => {
  it('reads only, and shows the disabled notification as a reset and the rest unchanged', async () => {
    const result = await run(['plan', '-f', file(SEEDED)]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '↺ reset quay acme/app: Critical CVEs\n    ~ number_of_failures: 3 → 0\n\n' +
        'Plan: 0 to create, 0 to update, 0 to replace, 1 to reset, 0 to delete; 1 unchanged, 0 unmanaged.\n',
    );
    expect(result.code).toBe(0);
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v1/repository/acme/app/notification/']);
  });

  it('reads YAML anchors and aliases', async () => {
    const text = `${SEEDED.replace('config: { url: "https://ci.example.com/hooks/quay" }', 'config: &hook { url: "https://ci.example.com/hooks/quay" }')}        - { title: Deploy again, event: repo_push, method: webhook, config: *hook }
`;
    const result = await run(['plan', '-f', file(text)]);
    expect(result.stderr).toBe('');
    // Deploy on push matches the server as before; the alias gives Deploy again the same config.
    expect(result.stdout).toBe(
      '↺ reset quay acme/app: Critical CVEs\n    ~ number_of_failures: 3 → 0\n\n' +
        '+ create quay acme/app: Deploy again\n    + event: "repo_push"\n    + method: "webhook"\n    + config.url: "https://ci.example.com/hooks/quay"\n\n' +
        'Plan: 1 to create, 0 to update, 0 to replace, 1 to reset, 0 to delete; 1 unchanged, 0 unmanaged.\n',
    );
    expect(result.code).toBe(0);
  });

  it('shows a changed URL as a replace with a field-level diff, and exits 2 with --detailed-exitcode', async () => {
    const result = await run(['plan', '-f', file(SEEDED.replace('hooks/quay', 'hooks/quay-v2')), '--detailed-exitcode']);
    expect(result.stdout).toContain('-/+ replace quay acme/app: Deploy on push\n    ~ config.url: "https://ci.example.com/hooks/quay" → "https://ci.example.com/hooks/quay-v2"\n');
    expect(result.code).toBe(2);
    expect(writes()).toEqual([]);
  });

  it('prints a label a change with -q, and nothing when in sync', async () => {
    const changed = await run(['plan', '-f', file(SEEDED.replace('hooks/quay', 'hooks/quay-v2')), '-q']);
    expect(changed).toMatchObject({ code: 0, stderr: '', stdout: 'replace quay acme/app: Deploy on push\nreset quay acme/app: Critical CVEs\n' });
    const applied = await run(['apply', '-f', file(SEEDED), '-q', '--yes']);
    expect(applied.stdout).toBe('reset quay acme/app: Critical CVEs\n');
    const inSync = await run(['plan', '-f', file(SEEDED), '-q', '--detailed-exitcode']);
    expect(inSync).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints {changes, summary} with -o json, secrets masked', async () => {
    const text = `${SEEDED}        - title: Chat
          event: repo_push
          method: slack
          config: { url: "\${SLACK_URL}" }
`;
    const slack = 'https://hooks.slack.com/services/T0/B0/SECRETPART';
    const result = await run(['plan', '-f', file(text), '-o', 'json'], { ...quayEnv(), SLACK_URL: slack });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.summary).toEqual({ create: 1, update: 0, replace: 0, reset: 1, delete: 0, unchanged: 1, unmanaged: 0, errors: 0 });
    expect(plan.changes[1]).toEqual({
      action: 'create',
      platform: 'quay',
      profile: null,
      target: 'acme/app: Chat',
      before: null,
      after: { event: 'repo_push', method: 'slack', config: { url: expect.not.stringContaining('SECRETPART') }, event_config: {} },
    });
    expect(result.stdout + result.stderr).not.toContain('SECRETPART');
  });

  it('reports every problem of a bad file with file:line:column, exit 2, and sends nothing', async () => {
    const path = file(`version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - title: x
          event: repo_pushh
          method: webhook
          colour: red
          config: { url: "\${NOT_SET_ANYWHERE}" }
        - title: x
          event: repo_push
          method: webhook
          config: { url: "https://ci.example.com/x" }
`);
    const result = await run(['plan', '-f', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      `error: ${path} has 4 problems; nothing was sent`,
      expect.stringMatching(new RegExp(`^  ${path}:7:18: unknown event "repo_pushh" .*did you mean "repo_push"\\?$`)),
      `  ${path}:9:11: unknown key "colour"`,
      `  ${path}:10:26: environment variable NOT_SET_ANYWHERE is not set`,
      `  ${path}:11:18: duplicate title "x" in acme/app (titles identify notifications)`,
    ]);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('reports each field of an entry, and nothing more about a ${VARIABLE} that is not set than that it is not set', async () => {
    const path = file(`version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - title: both wrong
          event: repo_pushh
          method: webhook
          config: { url: "not a url" }
        - { title: unset, event: repo_push, method: webhook, config: { url: "\${UNSET_QUAY_URL}" } }
alauda:
  hooks:
    - name: h
      subject_type: build_repo
      subject: acme/b
      events: [build:complete]
      url: "\${UNSET_HOOK_URL}"
      secret: "\${UNSET_SECRET}"
codearts:
  repositories:
    g/r:
      feishu:
        webhook: { url: "\${UNSET_FEISHU}" }
        events: ["\${UNSET_EVENT}", "nonsense"]
`);
    const result = await run(['plan', '-f', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `error: ${path} has 8 problems; nothing was sent`,
        `  ${path}:7:18: unknown event "repo_pushh" (allowed: repo_push, build_queued, build_start, build_success, build_failure, build_cancelled, vulnerability_found, repo_mirror_sync_started, repo_mirror_sync_success, repo_mirror_sync_failed, repo_image_expiry); did you mean "repo_push"?`,
        `  ${path}:9:19: invalid webhook URL "not a url" (only http and https URLs are allowed)`,
        `  ${path}:10:77: environment variable UNSET_QUAY_URL is not set`,
        `  ${path}:17:12: environment variable UNSET_HOOK_URL is not set`,
        `  ${path}:18:15: environment variable UNSET_SECRET is not set`,
        `  ${path}:23:25: environment variable UNSET_FEISHU is not set`,
        `  ${path}:24:18: environment variable UNSET_EVENT is not set`,
        `  ${path}:24:36: invalid event "nonsense" (expected resource:action, e.g. mr:open)`,
        'hint: the format is described by: regnotify schema (and docs/declarative.md)',
        '',
      ].join('\n'),
    );
    expect(fx.emulator.requests).toEqual([]);
  });

  it('names the field and what it should be for a value of the wrong kind, entry by entry, and checks the good entries too', async () => {
    const path = file(`version: 1
quay:
  - repositories:
      acme/app:
        notifications:
          - { event: repo_push, method: webhook, config: { url: "https://a.example/h" } }
          - { title: 5, event: [repo_push], method: webhook, config: "https://a.example/h" }
          - { title: fine shape, event: repo_pushh, method: webhook, config: { url: "https://a.example/h" } }
alauda:
  hooks:
    - { name: n, subject_type: build_repo, subject: a/b, events: "build:complete", url: "https://a.example/h", secret: "0123456789abcdef", active: "yes" }
codearts:
  repositories:
    g/r:
      slack: {}
      feishu: { config_source: somewhere, usage_warning: true }
      dingding: { usage_warning: 70 }
`);
    const result = await run(['plan', '-f', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      `error: ${path} has 11 problems; nothing was sent`,
      `  ${path}:6:13: title: required`,
      `  ${path}:7:22: title: expected text, got the number 5`,
      `  ${path}:7:32: event: expected text, got a list`,
      `  ${path}:7:70: config: expected a mapping, got text "https://a.example/h"`,
      expect.stringMatching(new RegExp(`^  ${path}:8:41: unknown event "repo_pushh" .*did you mean "repo_push"\\?$`)),
      `  ${path}:11:66: events: expected a list, got text "build:complete"`,
      `  ${path}:11:148: active: expected true or false, got text "yes"`,
      `  ${path}:15:7: unknown key "slack"`,
      `  ${path}:16:32: config_source: unknown value "somewhere" (allowed: repo, product)`,
      `  ${path}:16:58: usage_warning: expected a number or text, got boolean true`,
      `  ${path}:17:34: invalid usage warning rate "70" (allowed: 60, 80, 90)`,
      'hint: the format is described by: regnotify schema (and docs/declarative.md)',
      '',
    ]);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('reports YAML syntax errors at their position, without repeating it', async () => {
    const path = file('version: 1\nversion: 1\nquay:\n\trepositories: {}\n');
    const result = await run(['plan', '-f', path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `error: ${path} has 2 problems; nothing was sent\n  ${path}:2:1: Map keys must be unique\n  ${path}:4:1: Tabs are not allowed as indentation\n` +
        'hint: the format is described by: regnotify schema (and docs/declarative.md)\n',
    );
  });

  it('refuses a file whose aliases expand without end, and a platform that is neither a target nor a list of them', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    const laughs = file(`version: 1\n${levels.join('\n')}\n`);
    const result = await run(['plan', '-f', laughs]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `error: ${laughs} has 1 problem; nothing was sent\n  ${laughs}:1:1: its aliases (*name) expand past the limit that guards against "billion laughs" files; write the values out\n` +
        'hint: the format is described by: regnotify schema (and docs/declarative.md)\n',
    );

    const scalars = file('version: 1\nquay: 5\nalauda:\ncodearts: ["x"]\n');
    expect((await run(['plan', '-f', scalars])).stderr.split('\n').slice(0, 4)).toEqual([
      `error: ${scalars} has 3 problems; nothing was sent`,
      `  ${scalars}:2:7: quay: expected a target (a mapping) or a list of targets, got the number 5`,
      `  ${scalars}:3:8: alauda: expected a target (a mapping) or a list of targets, got null`,
      `  ${scalars}:4:12: codearts[0]: expected a mapping, got text "x"`,
    ]);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('exits 1 for a problem of the file with --detailed-exitcode, where 2 means changes (as terraform)', async () => {
    const path = file('version: 2\n');
    const plain = await run(['plan', '-f', path]);
    const detailed = await run(['plan', '-f', path, '--detailed-exitcode']);
    expect(plain.code).toBe(2);
    expect(detailed).toMatchObject({ code: 1, stdout: '', stderr: plain.stderr });
  });

  it('refuses a file that is not UTF-8 text, from a file or standard input, and cuts a long token of a YAML error short', async () => {
    const latin1 = Buffer.from('version: 1\nquay:\n  repositories:\n    a/b:\n      notifications:\n        - title: "caf\xe9"\n', 'latin1');
    const path = file('');
    writeFileSync(path, latin1);
    const fromFile = await run(['plan', '-f', path]);
    expect(fromFile).toMatchObject({ code: 2, stdout: '', stderr: `error: ${path} is not UTF-8 text (YAML files are): is it the right file?\n` });
    const fromStdin = await regnotify(['plan', '-f', '-'], { env: quayEnv(), input: latin1 });
    expect(fromStdin).toMatchObject({ code: 2, stdout: '', stderr: 'error: <stdin> is not UTF-8 text (YAML files are): is it the right file?\n' });

    const long = file(`version: 1\nquay: ]${'b'.repeat(300)}\n`);
    const broken = await run(['plan', '-f', long]);
    expect(broken.code).toBe(2);
    expect(broken.stderr.split('\n')[2]).toBe(`  ${long}:2:8: Unexpected scalar token in YAML stream: "${'b'.repeat(160 - 41)}…`);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('says how to keep a Quay template\'s own ${...}, and sends $${...} as ${...}', async () => {
    const entry = (template: string) => `version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - { title: T, event: repo_push, method: webhook, config: { url: "https://ci.example.com/h", template: '${template}' } }
`;
    const path = file(entry('{"repo": "${repository}"}'));
    const refused = await run(['plan', '-f', path]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n')[1]).toBe(
      `  ${path}:6:111: environment variable repository is not set (write $\${repository} for a literal \${repository}, as a Quay template's own \${...} must be)`,
    );
    const applied = await run(['apply', '-f', file(entry('{"repo": "$${repository}"}')), '--yes']);
    expect(applied.code, applied.stderr).toBe(0);
    const post = fx.emulator.requests.find((request) => request.method === 'POST' && request.path.endsWith('/notification/'));
    expect(post?.json).toMatchObject({ config: { url: 'https://ci.example.com/h', template: '{"repo": "${repository}"}' } });
  });

  it('still checks the other fields of a Quay entry with a value of the wrong kind', async () => {
    const path = file(`version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - { title: 5, event: repo_pushh, method: webhook, config: { url: "not a url" }, event_config: [] }
`);
    const result = await run(['plan', '-f', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      `error: ${path} has 4 problems; nothing was sent`,
      `  ${path}:6:20: title: expected text, got the number 5`,
      expect.stringMatching(new RegExp(`^  ${path}:6:30: unknown event "repo_pushh" .*did you mean "repo_push"\\?$`)),
      `  ${path}:6:67: invalid webhook URL "not a url" (only http and https URLs are allowed)`,
      `  ${path}:6:103: event_config: expected a mapping, got a list`,
    ]);
    expect(fx.emulator.requests).toEqual([]);
  });

  it('shows the first ten YAML syntax errors of a file the parser is lost in, and counts the rest', async () => {
    const path = file(`version: 1\nquay: ]\n${Array.from({ length: 60 }, (_, index) => `  - a${index}: ]`).join('\n')}\n`);
    const result = await run(['plan', '-f', path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(`error: ${path} has 241 problems; nothing was sent`);
    expect(lines[1]).toBe(`  ${path}:2:7: Unexpected flow-seq-end token in YAML stream: "]"`);
    expect(lines.slice(1, 11).every((line) => line.startsWith(`  ${path}:`))).toBe(true);
    expect(lines.slice(11)).toEqual(['  ... and 231 more YAML syntax errors after these', 'hint: the format is described by: regnotify schema (and docs/declarative.md)', '']);
  });

  it('says which version it reads', async () => {
    const path = file('version: 2\n');
    const result = await run(['plan', '-f', path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`error: ${path} has 1 problem; nothing was sent\n  ${path}:1:10: version: unsupported version 2 (this regnotify reads version 1)\nhint: the format is described by: regnotify schema (and docs/declarative.md)\n`);
  });

  it('makes a missing repository an error for that repository only', async () => {
    const text = `${SEEDED}    acme/nope:
      notifications:
        - { title: a, event: repo_push, method: webhook, config: { url: "https://ci.example.com/a" } }
`;
    const result = await run(['plan', '-f', file(text)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 to reset');
    expect(result.stderr).toContain('error: 1 target could not be read; the rest of the plan is above\n  quay acme/nope: repository acme/nope not found\n');
  });

  it('makes a profile the file names but nobody added an error for that target only, saying the file named it', async () => {
    const text = `version: 1
quay:
  - profile: nope
    repositories:
      acme/app:
        notifications: []
  - repositories:
      acme/app:
        notifications:
          - { title: Deploy on push, event: repo_push, method: webhook, config: { url: "https://ci.example.com/hooks/quay" } }
`;
    const result = await run(['plan', '-f', file(text)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'No changes in the targets that could be read.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 1 unchanged, 1 unmanaged, 1 with errors.\n',
    );
    expect(result.stderr).toBe('error: 1 target could not be read; the rest of the plan is above\n  quay nope (profile nope): profile (in the file): no profile named "nope"\n');
  });
});

describe('apply', () => {
  it('refuses without a terminal and without --yes, before reading anything', async () => {
    const result = await run(['apply', '-f', file(SEEDED)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: apply needs confirmation (not running in a terminal)\nhint: pass --yes to apply, or run regnotify plan to only look\n');
    expect(fx.emulator.requests).toEqual([]);
  });

  it('with --no-input, names it as the reason nobody can confirm', async () => {
    const result = await run(['apply', '-f', file(SEEDED), '--no-input']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: apply needs confirmation (--no-input was given)\nhint: pass --yes to apply, or run regnotify plan to only look\n');
    expect(fx.emulator.requests).toEqual([]);
  });

  it('creates before it deletes on a replace, resets, prunes, and a second apply sends no writes', async () => {
    const text = SEEDED.replace('hooks/quay', 'hooks/quay-v2').replace(/ {8}- title: Critical CVEs[\s\S]*$/, '') +
      '        - { title: New, event: build_failure, method: quay_notification, config: { target: "team:owners" } }\n';
    const path = file(text);
    const first = await run(['apply', '-f', path, '--yes', '--prune']);
    expect(first.code).toBe(0);
    const sent = writes();
    expect(sent).toHaveLength(4);
    expect(sent.filter((line) => line.startsWith('POST'))).toHaveLength(2);
    // The replacement exists before the old notification goes.
    const deleteOld = sent.indexOf('DELETE /api/v1/repository/acme/app/notification/3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01');
    const replacement = fx.emulator.requests.findIndex((request) => request.method === 'POST' && (request.json as { config?: { url?: string } }).config?.url === 'https://ci.example.com/hooks/quay-v2');
    expect(deleteOld).toBeGreaterThan(-1);
    expect(replacement).toBeLessThan(fx.emulator.requests.findIndex((request) => request.method === 'DELETE' && request.path.endsWith('3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01')));
    expect(sent).toContain('DELETE /api/v1/repository/acme/app/notification/7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02');
    // Three changes, four writes: the replace is a create and a delete.
    expect(first.stderr).toContain('Applied 3 of 3 changes.');

    fx.emulator.requests.length = 0;
    const second = await run(['apply', '-f', path, '--yes', '--prune']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('No changes: the servers match the file.');
    expect(writes()).toEqual([]);
  });

  it('applies the rest when one change fails, and exits 1 naming it', async () => {
    fx.emulator.inject({ method: 'POST', path: '/api/v1/repository/acme/app/notification/7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02', status: 500 });
    const text = `${SEEDED}        - { title: Extra, event: repo_push, method: webhook, config: { url: "https://ci.example.com/extra" } }
`;
    const result = await run(['apply', '-f', file(text), '--yes', '--retries', '0']);
    expect(result.code).toBe(1);
    expect(writes()).toContain('POST /api/v1/repository/acme/app/notification/');
    expect(result.stderr).toMatch(/error: 1 of 2 changes failed\n {2}reset quay acme\/app: Critical CVEs: .*\nhint: fix the cause and run apply again: what was applied is not repeated\n$/);
  });
});

describe('export', () => {
  it('writes a file that plan finds in sync, secrets as ${VARIABLE} references', async () => {
    const slack = 'https://hooks.slack.com/services/T0/B0/EXPORTSECRET';
    await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', slack, '--title', 'Chat']);
    // A notification disabled by failures would show as a reset: that is state, not configuration.
    await run(['notification', 'reset', 'acme/app', '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02']);
    const exported = await run(['export', '--platform', 'quay', '--repo', 'acme/app']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).not.toContain('EXPORTSECRET');
    expect(exported.stdout).toContain('#   QUAY_ACME_APP_CHAT_URL: ');
    expect(exported.stdout).toContain('url: ${QUAY_ACME_APP_CHAT_URL}');
    const plan = await run(['plan', '-f', file(exported.stdout), '--detailed-exitcode'], { ...quayEnv(), QUAY_ACME_APP_CHAT_URL: slack });
    expect(plan.stdout).toContain('0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 3 unchanged, 0 unmanaged.');
    expect(plan.code).toBe(0);
  });

  it('keeps a literal ${ of the server\'s text as $${, and shows a title with a newline on one line', async () => {
    const title = 'a: b # c\nsecond line ${HOME}';
    const created = await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/h?a=${HOME}&b=#c', '--title', title]);
    expect(created.code, created.stderr).toBe(0);
    const exported = await run(['export', '--platform', 'quay', '--repo', 'acme/app']);
    expect(exported.stdout).toContain('            second line $${HOME}\n');
    expect(exported.stdout).toContain('            url: https://ci.example.com/h?a=$${HOME}&b=#c\n');
    const inSync = await run(['plan', '-f', file(exported.stdout), '--detailed-exitcode'], { ...quayEnv(), HOME: '/home/someone' });
    expect(inSync.stdout).toContain('0 to create, 0 to update, 0 to replace, 1 to reset, 0 to delete; 2 unchanged, 0 unmanaged.');

    const changed = await run(['plan', '-f', file(exported.stdout.replace('b=#c', 'b=#d'))]);
    expect(changed.stdout).toContain(
      '-/+ replace quay acme/app: a: b # c\\x0asecond line ${HOME}\n    ~ config.url: "https://ci.example.com/h?a=${HOME}&b=#c" → "https://ci.example.com/h?a=${HOME}&b=#d"\n',
    );
  });

  it('exports the first of notifications that share a title, with a warning, so that the file is valid', async () => {
    for (const url of ['https://ci.example.com/one', 'https://ci.example.com/two']) {
      await run(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', url, '--title', 'Dup']);
    }
    const exported = await run(['export', '--platform', 'quay', '--repo', 'acme/app']);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(
      'warning: acme/app: 2 notifications are titled "Dup"; the first is exported (a file names a title once): plan deletes the others that differ from it, and with --prune the identical ones too\n',
    );
    expect(exported.stdout.match(/title: Dup\n/g)).toHaveLength(1);
    expect(exported.stdout).toContain('url: https://ci.example.com/one\n');
    const plan = await run(['plan', '-f', file(exported.stdout)]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('- delete quay acme/app: Dup\n    - event: "repo_push"\n    - method: "webhook"\n    - config.url: "https://ci.example.com/two"\n');
  });

  it('exports the first of Alauda hooks that share an identity, with a warning, so that the file is valid', async () => {
    const env = fx.env('alauda');
    for (const url of ['https://ci.example.com/one', 'https://ci.example.com/two']) {
      const created = await run(['hook', 'create', '--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test', '--event', 'build:complete', '--url', url, '--name', 'twice', '--secret', 'twice-secret-0123456789'], env);
      expect(created.code, created.stderr).toBe(0);
    }
    const exported = await run(['export', '--platform', 'alauda', '--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test'], env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe(
      'warning: build_repo alaudauser/docker_images_test: twice: 2 hooks share this identity; the first is exported (a file names an identity once): plan counts the others as unmanaged, --prune deletes them\n',
    );
    expect(exported.stdout.match(/name: twice\n/g)).toHaveLength(1);
    expect(exported.stdout).toContain('url: https://ci.example.com/one\n');
    const variables = Object.fromEntries([...exported.stdout.matchAll(/^# {3}(\w+):/gm)].map(([, name]) => [name, 'twice-secret-0123456789']));
    const plan = await run(['plan', '-f', file(exported.stdout)], { ...env, ...variables });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).not.toContain('twice');
    expect(plan.stdout).toMatch(/; \d+ unchanged, 1 unmanaged\.\n$/);
  });

  it('exports CodeArts events with their roles (role_ids kept by the server) so that plan finds the channel in sync', async () => {
    const env = fx.env('codearts');
    // demo-group/demo-repo (id 123), email: mr:review on for two roles CodeArts knows by id, repo:delete on for the
    // empty role id CodeArts answers for the repository events, mr:open off.
    const state = codeartsStateOf(fx.emulator)!;
    const email = state.stored(123, 'email');
    email.subscript_events = email.subscript_events.map((event) => {
      if (event.resource_type === 'mr' && event.action === 'review') return { ...event, enabled: true, role_ids: ['r-7', 'r-9'], role_names: ['reviewer', 'approver'] };
      if (event.resource_type === 'mr' && event.action === 'open') return { ...event, enabled: false };
      return event;
    });
    const exported = await run(['export', '--platform', 'codearts', '--repo', 'demo-group/demo-repo'], env);
    expect(exported.code, exported.stderr).toBe(0);
    const exportedEmail = (load(exported.stdout) as { codearts: { repositories: Record<string, { email: { events: string[] } }> } }).codearts.repositories['demo-group/demo-repo'].email;
    expect(exportedEmail.events).toEqual([
      'mr:update',
      'mr:merge',
      'mr:review=reviewer,approver',
      'mr:approve',
      'mr:create_note',
      'mr:resolve_note',
      'repo:delete',
      'repo:capacity_warning',
    ]);
    fx.emulator.requests.length = 0;
    const plan = await run(['plan', '-f', file(exported.stdout), '--detailed-exitcode'], env);
    expect(plan.stdout).toContain('No changes: the servers match the file.');
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(writes()).toEqual([]);
    // apply of the same file sends nothing either: the roles and their ids stay as the server has them.
    const apply = await run(['apply', '-f', file(exported.stdout), '--yes'], env);
    expect(apply.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(state.stored(123, 'email').subscript_events.find((event) => event.action === 'review')).toEqual({
      resource_type: 'mr',
      action: 'review',
      enabled: true,
      role_ids: ['r-7', 'r-9'],
      role_names: ['reviewer', 'approver'],
    });
  });
});

describe('alauda and codearts', () => {
  const alaudaFile = (secret: string, url = 'http://example.com:8080/v1/builds') => `version: 1
alauda:
  hooks:
    - name: test hook
      subject_type: build_repo
      subject: alaudauser/docker_images_test
      events: ["build:complete"]
      url: ${url}
      secret: ${secret}
`;

  it('updates an Alauda hook with one merged PUT and leaves a matching one alone', async () => {
    const env = fx.env('alauda');
    const same = await run(['plan', '-f', file(alaudaFile('"123456"'.replace('123456', '12345678'))), '-o', 'json'], env);
    const plan = JSON.parse(same.stdout);
    expect(plan.changes).toEqual([
      expect.objectContaining({ action: 'update', platform: 'alauda', target: 'build_repo alaudauser/docker_images_test: test hook', before: expect.objectContaining({ secret: '***' }) }),
    ]);
    const applied = await run(['apply', '-f', file(alaudaFile('"12345678"', 'https://ci.example.com/alauda')), '--yes'], env);
    expect(applied.code).toBe(0);
    const put = fx.emulator.requests.filter((request) => request.method === 'PUT');
    expect(put.map((request) => [request.path, request.json])).toEqual([
      ['/v1/hooks/4', { name: 'test hook', events: ['build:complete'], url: 'https://ci.example.com/alauda', secret: '12345678', is_active: true }],
    ]);
    expect(applied.stdout + applied.stderr).not.toContain('12345678');
  });

  it('says which secrets change, where the diff can only show *** on both sides', async () => {
    const alauda = await run(['plan', '-f', file(alaudaFile('"a-new-secret-0123"'))], fx.env('alauda'));
    expect(alauda.stdout).toBe(
      '~ update alauda build_repo alaudauser/docker_images_test: test hook\n    note: secret changes (secrets are not shown)\n\n' +
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
    const slack = (url: string) => `version: 1
quay:
  repositories:
    acme/app:
      notifications:
        - { title: Chat, event: repo_push, method: slack, config: { url: "${url}" } }
`;
    await run(['apply', '-f', file(slack('https://hooks.slack.com/services/T0/B0/OLDPART')), '--yes']);
    const rotated = await run(['plan', '-f', file(slack('https://hooks.slack.com/services/T0/B0/NEWPART'))]);
    expect(rotated.stdout).toContain('-/+ replace quay acme/app: Chat\n    note: config.url changes (secrets are not shown)\n\n');
    expect(rotated.stdout).not.toMatch(/OLDPART|NEWPART/);
  });

  it('names the fields of a diff as the file does, not as the APIs do (active, webhook, usage_warning)', async () => {
    const alauda = await run(['plan', '-f', file(alaudaFile('"a-new-secret-0123"').replace('secret:', 'active: false\n      secret:'))], fx.env('alauda'));
    expect(alauda.stdout).toContain('~ update alauda build_repo alaudauser/docker_images_test: test hook\n    ~ active: true → false\n    note: secret changes (secrets are not shown)\n');
    const codearts = await run(
      ['plan', '-f', file('version: 1\ncodearts:\n  repositories:\n    demo-group/demo-repo:\n      feishu: { webhook: { url: "https://open.feishu.cn/hook/x" } }\n      email: { usage_warning: 80 }\n')],
      fx.env('codearts'),
    );
    expect(codearts.stdout).toBe(
      '~ update codearts demo-group/demo-repo feishu\n    ~ webhook.url: "" → "https://open.feishu.cn/hook/x"\n\n' +
        '~ update codearts demo-group/demo-repo email\n    ~ usage_warning: 60 → 80\n\n' +
        'Plan: 0 to create, 2 to update, 0 to replace, 0 to reset, 0 to delete; 0 unchanged, 0 unmanaged.\n',
    );
  });

  it('sends one CodeArts PUT with exactly the listed events on, then nothing', async () => {
    const env = fx.env('codearts');
    const path = file(`version: 1
codearts:
  repositories:
    demo-group/demo-repo:
      email:
        enabled: true
        events: ["mr:open", "mr:merge"]
`);
    const first = await run(['apply', '-f', path, '--yes'], env);
    expect(first.code).toBe(0);
    const put = fx.emulator.requests.filter((request) => request.method === 'PUT');
    expect(put).toHaveLength(1);
    const events = (put[0].json as { subscript_events: Array<{ resource_type: string; action: string; enabled: boolean }> }).subscript_events;
    expect(events.filter((event) => event.enabled).map((event) => `${event.resource_type}:${event.action}`).sort()).toEqual(['mr:merge', 'mr:open']);
    fx.emulator.requests.length = 0;
    const second = await run(['plan', '-f', path, '--detailed-exitcode'], env);
    expect(second.code).toBe(0);
    expect(writes()).toEqual([]);
  });
});

describe('schema', () => {
  it('prints the JSON Schema generated from the file schema', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.version).toEqual({ type: 'number', const: 1 });
    expect(Object.keys(schema.properties)).toEqual(['version', 'quay', 'alauda', 'codearts']);
    expect(EMULATOR_CREDENTIALS.quayToken).toBeTruthy();
  });
});
