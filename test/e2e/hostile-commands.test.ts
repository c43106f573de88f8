// The standing guard: every command that sends a request, run against a hostile server, keeps the contract —
// it finishes, exits 1, 3 or 4 as the failure says (never 0 with garbage, never a crash stack), prints one
// `error:` line, and never prints a credential. The table must name every such command: a new verb fails the
// first test until it is added here.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { Fault } from '../../src/emulator/server.js';
import { regnotify, type RunResult } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { memoryIO } from '../helpers/memory-io.js';

type Platform = 'quay' | 'alauda' | 'codearts';
const fx = useEmulator();
const MB = 1024 * 1024;
const UUID = '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01';

/** Every command that makes a request, with arguments that succeed against the emulator's seed. */
const COMMANDS: Record<string, { platform: Platform; args: string[] }> = {
  'repo create': { platform: 'quay', args: ['repo', 'create', 'fresh', '--namespace', 'acme'] },
  'repo list': { platform: 'quay', args: ['repo', 'list', '--namespace', 'acme', '--limit', '5'] },
  'repo get': { platform: 'quay', args: ['repo', 'get', 'acme/app'] },
  'repo update': { platform: 'quay', args: ['repo', 'update', 'acme/app', '--description', 'changed'] },
  'repo visibility': { platform: 'quay', args: ['repo', 'visibility', 'acme/app', 'public'] },
  'repo delete': { platform: 'quay', args: ['repo', 'delete', 'acme/app', '--yes'] },
  'notification create': {
    platform: 'quay',
    args: ['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'webhook', '--url', 'https://ci.example.com/hook'],
  },
  'notification list': { platform: 'quay', args: ['notification', 'list', 'acme/app'] },
  'notification get': { platform: 'quay', args: ['notification', 'get', 'acme/app', UUID] },
  'notification test': { platform: 'quay', args: ['notification', 'test', 'acme/app', UUID] },
  'notification reset': { platform: 'quay', args: ['notification', 'reset', 'acme/app', UUID] },
  'notification delete': { platform: 'quay', args: ['notification', 'delete', 'acme/app', UUID, '--yes'] },
  'notification authorize-email': { platform: 'quay', args: ['notification', 'authorize-email', 'acme/app', 'new@example.com'] },
  'hook create': {
    platform: 'alauda',
    args: ['hook', 'create', '--subject-type', 'build_repo', '--subject', 'alaudauser/docker_images_test', '--event', 'build:complete', '--url', 'https://ci.example.com/alauda', '--name', 'guard', '--generate-secret'],
  },
  'hook list': { platform: 'alauda', args: ['hook', 'list'] },
  'hook get': { platform: 'alauda', args: ['hook', 'get', '4'] },
  'hook update': { platform: 'alauda', args: ['hook', 'update', '4', '--url', 'https://ci.example.com/alauda/builds'] },
  'hook enable': { platform: 'alauda', args: ['hook', 'enable', '4'] },
  'hook disable': { platform: 'alauda', args: ['hook', 'disable', '4'] },
  'hook delete': { platform: 'alauda', args: ['hook', 'delete', '4', '--yes'] },
  'subscription status': { platform: 'codearts', args: ['subscription', 'status', 'demo-group/demo-repo'] },
  'subscription get': { platform: 'codearts', args: ['subscription', 'get', '123', '--type', 'email'] },
  'subscription set': { platform: 'codearts', args: ['subscription', 'set', '123', '--type', 'email', '--enable'] },
  api: { platform: 'quay', args: ['api', 'GET', '/repository?namespace=acme', '--platform', 'quay'] },
};

const TOKENS: Record<Platform, string> = { quay: EMULATOR_CREDENTIALS.quayToken, alauda: EMULATOR_CREDENTIALS.alaudaToken, codearts: EMULATOR_CREDENTIALS.codeartsToken };

/** Pages that never end, in each platform's list shape (CodeArts: the same full page whatever the offset). */
const ENDLESS_PAGES: Record<Platform, string> = {
  quay: '{"repositories":[],"next_page":"token-{n}"}',
  // Alauda documents no pagination; a server that paginates Django-style anyway is not a hook list.
  alauda: '{"count":1000000000,"next":"/v1/hooks?page={n}","previous":null,"results":[]}',
  codearts: `[${Array.from({ length: 100 }, (_, index) => `{"id":${index + 1},"name":"demo-repo","path_with_namespace":"g${index}/demo-repo"}`).join(',')}]`,
};

const CONTROL = '\u001b[2J\u001b]0;pwned\u0007bad\rvalue\u009b';
// Any C0 control but newline and tab, DEL, or a C1 control.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const controlBody = JSON.stringify({ message: CONTROL, error_message: CONTROL, detail: CONTROL, error_msg: CONTROL, error_code: 'X.1' });

/**
 * Commands that show nothing of a successful answer: a 2xx of any shape means done (api prints it as it came).
 * Every other command parses its answer and exits 1 on one it does not understand.
 */
const NO_ANSWER_READ = new Set(['api', 'notification delete', 'notification reset', 'hook delete']);

interface HostileCase {
  fault: (platform: Platform) => Omit<Fault, 'path'>;
  /** Exit code of every command, unless `exitFor` names another for a command. */
  exit: number;
  exitFor?: (command: string) => number | undefined;
  extra?: string[];
  /** The error line, when it is the same for every command. */
  line?: RegExp;
}

const HOSTILE: Record<string, HostileCase> = {
  'a 5 MB HTML error page': { fault: () => ({ status: 502, html: true, bodyBytes: 5 * MB }), exit: 1, line: /^error: unexpected response from server \(HTTP 502, text\/html\)$/ },
  'an answer over the 32 MB cap': { fault: () => ({ status: 200, bodyBytes: 33 * MB }), exit: 1, line: /^error: response to \w+ http:\/\/\S+ is larger than 32 MB, the most regnotify reads; stopped reading$/ },
  'the request echoed in an error': { fault: () => ({ status: 400, echo: true }), exit: 1 },
  'the request echoed in a refusal': { fault: () => ({ status: 403, echo: true }), exit: 4 },
  'the request echoed in a 401, gzip-compressed': { fault: () => ({ status: 401, echo: true, encoding: 'gzip' }), exit: 4 },
  'an empty JSON error body': { fault: () => ({ status: 503, body: '{}', contentType: 'application/json' }), exit: 1, line: /^error: Service Unavailable: the server gave no message \(HTTP 503\)$/ },
  'a body that is not the gzip it claims': { fault: () => ({ status: 200, body: '{"not":"gzip"}', contentType: 'application/json', headers: { 'content-encoding': 'gzip' } }), exit: 1, line: /is not valid gzip data/ },
  'well-behaved answers, compressed with br': { fault: () => ({ encoding: 'br' }), exit: 0 },
  'an HTML not-found page': { fault: () => ({ status: 404, html: true }), exit: 3 },
  'control characters in an error message': { fault: () => ({ status: 422, body: controlBody, contentType: 'application/json' }), exit: 1 },
  'endless pages': { fault: (platform) => ({ status: 200, body: ENDLESS_PAGES[platform], contentType: 'application/json', numbered: true }), exit: 1, exitFor: (command) => (NO_ANSWER_READ.has(command) ? 0 : undefined) },
  'dropped connections': { fault: () => ({ drop: true }), exit: 1, line: /^error: cannot reach 127\.0\.0\.1:\d+ \(\w+\)$/ },
  'answers slower than --timeout': { fault: () => ({ latencyMs: 2000 }), exit: 1, extra: ['--timeout', '0.3'], line: /^error: request timed out after 0\.3 s \(\w+ http:\/\/\S+; \d+ attempts?\)$/ },
  'a body that trickles on past --timeout': { fault: () => ({ trickleMs: 50 }), exit: 1, extra: ['--timeout', '0.4'], line: /^error: request timed out after 0\.4 s \(\w+ http:\/\/\S+; \d+ attempts?\)$/ },
  'Retry-After: 3600': { fault: () => ({ status: 429, retryAfter: '3600' }), exit: 1, line: /^error: the server asked to wait 1 h before trying again/ },
};

function leafCommands(command: Command, path: string[] = []): string[] {
  return command.commands
    .filter((child) => child.name() !== 'help')
    .flatMap((child) => (child.commands.length ? leafCommands(child, [...path, child.name()]) : [[...path, child.name()].join(' ')]));
}

/**
 * Runs every command of the table. With `fresh`, one at a time from the seed (reset, then `fresh()` sets the faults
 * again), for answers that must succeed; otherwise four at a time, as the faults are the same for every path.
 */
async function runAll(extra: string[] = [], fresh?: () => void): Promise<Array<[string, RunResult]>> {
  const results: Array<[string, RunResult]> = [];
  const names = Object.keys(COMMANDS);
  const run = (name: string) => regnotify([...COMMANDS[name].args, '--retries', '1', ...extra], { env: fx.env(COMMANDS[name].platform), timeoutMs: 30_000 });
  const width = fresh ? 1 : 4;
  for (let index = 0; index < names.length; index += width) {
    const batch = names.slice(index, index + width);
    if (fresh) {
      fx.emulator.reset();
      fresh();
    }
    const done = await Promise.all(batch.map(run));
    batch.forEach((name, position) => results.push([name, done[position]]));
  }
  return results;
}

function injectEverywhere(hostile: HostileCase): void {
  for (const platform of ['quay', 'alauda', 'codearts'] as const) {
    fx.emulator.inject({ ...hostile.fault(platform), path: platform === 'quay' ? /^\/api\/v1\// : platform === 'alauda' ? /^\/v1\// : /^\/v4\// });
  }
}

describe('every request-making command against a hostile server', () => {
  it('the table names every verb of repo, notification, hook and subscription, and api', async () => {
    const wanted = leafCommands(await buildProgram(memoryIO())).filter((path) => /^(repo|notification|hook|subscription) |^api$/.test(path));
    expect(Object.keys(COMMANDS).sort()).toEqual(wanted.sort());
  });

  it('each command succeeds against a well-behaved server (the table\'s arguments are right)', async () => {
    for (const [name, result] of await runAll([], () => {})) expect({ name, code: result.code, stderr: result.stderr.split('\n').filter((line) => line.startsWith('error:')) }).toEqual({ name, code: 0, stderr: [] });
  }, 120_000);

  it.each(Object.entries(HOSTILE))('%s: every command ends with its exit code, one error line, no credential', async (_name, hostile) => {
    const broken: unknown[] = [];
    const fresh = hostile.exit === 0 ? () => injectEverywhere(hostile) : undefined;
    if (!fresh) injectEverywhere(hostile);
    for (const [name, result] of await runAll(hostile.extra, fresh)) {
      const expected = hostile.exitFor?.(name) ?? hostile.exit;
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
      const seen = {
        code: result.code,
        signal: result.signal,
        errors: errors.length,
        crash: /\n\s+at |TypeError|ReferenceError|node:internal/.test(result.stderr),
        line: hostile.line && expected !== 0 ? hostile.line.test(errors[0] ?? '') : true,
        secret: (result.stdout + result.stderr).includes(TOKENS[COMMANDS[name].platform]),
        // Control characters from the server reach the terminal escaped (JSON output escapes them itself).
        control: CONTROL_CHARACTERS.test(result.stdout + result.stderr),
      };
      const wanted = { code: expected, signal: null, errors: expected === 0 ? 0 : 1, crash: false, line: true, secret: false, control: false };
      if (JSON.stringify(seen) !== JSON.stringify(wanted)) broken.push({ name, seen, stderr: result.stderr.slice(0, 300) });
    }
    expect(broken).toEqual([]);
  }, 180_000);
});
