// Speed and scale of the declarative commands (a benchmark, not a test: a missed target is printed, nothing fails).
// Against `regnotify emulator` started as a child, with 20 ms added to every request (POST /_emulator/latency):
//   apply     500 Quay notifications over 100 empty repositories, --concurrency 8, from an empty state; wall time vs the
//             latency-bound ideal (requests x 20 ms / 8, requests counted by the emulator). Target: within 1.25x.
//   curl      the same requests (replayed from the emulator's log) as a sequential shell loop of curl calls, against
//             the same empty state. Target: apply at least 10x faster.
//   re-apply  a second apply of the same file: reads only, zero writes.
//   memory    plan of 5,000 notifications (1,000 repositories x 5, every URL changed: 5,000 replaces) vs one `repo get`,
//             peak RSS. Target: within 1.5x.
// BENCH_LATENCY_MS and BENCH_CONCURRENCY change the set-up (defaults 20 and 8). The machine's load stretches wall times:
// apply, the plan and repo get run BENCH_RUNS times (default 3) and the median is shown with the range (the curl loop,
// ~25 s, runs once and is compared with apply's median).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, startEmulator } from './emulator.mjs';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const TOKEN = 'emulator-quay-token';
const RSS_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))")}`;
const gnuTime = existsSync('/usr/bin/time');

const dir = mkdtempSync(join(tmpdir(), 'regnotify-bench-declarative-'));
const emulator = await startEmulator();
// NODE_EXTRA_CA_CERTS names CA certificates to trust for TLS, which neither side uses here: the emulator speaks plain
// HTTP, and curl reads its CA bundle for an https URL only. Node 20 (not 22 and later) reads and parses the file as it
// starts, before any JavaScript runs, in every process (nodejs/node#40524): a machine that names its 220 KB system
// bundle there charges each start of the CLI ~75 ms (~400 million instructions under callgrind) that no program can
// avoid and the curl loop never pays. The CLI runs without it; the header says when it was set.
const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
const env = { ...process.env, NODE_EXTRA_CA_CERTS: undefined, HOME: dir, REGNOTIFY_CONFIG_DIR: dir, REGNOTIFY_SERVER: emulator.url, REGNOTIFY_TOKEN: TOKEN, NO_COLOR: '1' };
const rows = [];
const HEADER = ['case', 'wall', 'requests / memory', 'figure', 'target'];

try {
  // apply from an empty state, RUNS times (each from the same empty state)
  const applyFile = stateFile('apply.yaml', 'bench', 100, 5, (repository, number) => `https://ci.example.com/hooks/${repository}/${number}`);
  const applies = [];
  // The same applies with the machine's NODE_EXTRA_CA_CERTS kept, interleaved, when it names a file: what a user
  // of this machine sees, shown beside the figure without it.
  const appliesWithCaFile = [];
  let log;
  for (let index = 0; index < RUNS; index++) {
    await resetWith({ namespace: 'bench', repositories: 100 }, LATENCY_MS);
    applies.push(await runCli(['apply', '-f', applyFile, '--yes', '--concurrency', String(CONCURRENCY)]));
    log = await control('GET', 'requests');
    if (!extraCaCerts) continue;
    await resetWith({ namespace: 'bench', repositories: 100 }, LATENCY_MS);
    appliesWithCaFile.push(await runCli(['apply', '-f', applyFile, '--yes', '--concurrency', String(CONCURRENCY)], { NODE_EXTRA_CA_CERTS: extraCaCerts }));
  }
  const apply = median(applies, (run) => run.wall);
  const counts = countByMethod(log);
  const ideal = (log.length * LATENCY_MS) / CONCURRENCY;
  rows.push(['apply: 500 creates, 100 repositories', `${ms(apply.wall)} (CPU ${ms(apply.cpu)})${spread(applies, (run) => run.wall, ms)}`, `${log.length} requests (${describe(counts)}); ideal ${ms(ideal)}`, `${(apply.wall / ideal).toFixed(2)}x ideal`, '<= 1.25x']);

  // the same work, a request at a time with curl
  const second = await reapply(applyFile);
  await resetWith({ namespace: 'bench', repositories: 100 }, LATENCY_MS);
  const script = join(dir, 'same-requests.sh');
  writeFileSync(script, curlScript(log));
  const started = performance.now();
  const curl = await run('bash', [script], process.env);
  const curlWall = performance.now() - started;
  if (curl.status !== 0) throw new Error(`the curl loop failed: ${curl.stderr}`);
  const replayed = countByMethod(await control('GET', 'requests'));
  rows.push(['curl loop: the same requests', ms(curlWall), `${describe(replayed)}`, `apply ${(curlWall / apply.wall).toFixed(1)}x faster`, '>= 10x']);
  if (appliesWithCaFile.length) {
    const withCaFile = median(appliesWithCaFile, (run) => run.wall);
    rows.push([
      'apply with NODE_EXTRA_CA_CERTS kept',
      `${ms(withCaFile.wall)} (CPU ${ms(withCaFile.cpu)})${spread(appliesWithCaFile, (run) => run.wall, ms)}`,
      `${extraCaCerts} (Node 20 reads it at every start, 22 and later do not)`,
      `${(withCaFile.wall / ideal).toFixed(2)}x ideal; ${(curlWall / withCaFile.wall).toFixed(1)}x curl`,
      '(as this machine runs it)',
    ]);
  }
  rows.push(['second apply', `${ms(second.wall)} (CPU ${ms(second.cpu)})`, `${describe(second.counts)}`, `${second.writes} writes`, '0 writes']);

  // memory: a big plan vs one repo get
  await resetWith({ namespace: 'mem', repositories: 1000, notificationsPerRepository: 5 }, 0);
  const planFile = stateFile('plan.yaml', 'mem', 1000, 5, (repository, number) => `https://ci.example.com/changed/${repository}/${number}`);
  const plans = [];
  const gets = [];
  for (let index = 0; index < RUNS; index++) {
    plans.push(await runCli(['plan', '-f', planFile]));
    gets.push(await runCli(['repo', 'get', 'mem/repo-00001', '-o', 'json']));
  }
  const plan = median(plans, (run) => run.rss);
  const get = median(gets, (run) => run.rss);
  rows.push([
    'plan: 5,000 replaces, 1,000 repositories',
    `${ms(plan.wall)} (CPU ${ms(plan.cpu)})`,
    `peak RSS ${mb(plan.rss)}${spread(plans, (run) => run.rss, mb)}; repo get ${mb(get.rss)}${spread(gets, (run) => run.rss, mb)}`,
    `${(plan.rss / get.rss).toFixed(2)}x repo get`,
    '<= 1.5x',
  ]);
  if (!/5000 to replace/.test(plan.stdout)) throw new Error(`the plan did not find 5,000 replaces: ${plan.stdout.split('\n').at(-2)}`);

  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`Node ${process.version}; ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs (range in brackets)`}; load average ${load} on ${(await import('node:os')).availableParallelism()} CPUs (a loaded machine stretches every wall time); emulator latency ${LATENCY_MS} ms per request; --concurrency ${CONCURRENCY}; peak RSS from ${gnuTime ? 'GNU time' : 'maxRSS at exit'}${extraCaCerts ? '; NODE_EXTRA_CA_CERTS unset for the CLI (plain HTTP: no CA file to read at start) but in the row that keeps it' : ''}`);
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...[HEADER, ...rows].map((row) => row[column].length)));
  for (const row of [HEADER, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
} finally {
  emulator.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

/** A second apply of the same file against the state the first left: what it sends. */
async function reapply(file) {
  await control('DELETE', 'requests');
  const result = await runCli(['apply', '-f', file, '--yes', '--concurrency', String(CONCURRENCY)]);
  const counts = countByMethod(await control('GET', 'requests'));
  const writes = Object.entries(counts).filter(([method]) => method !== 'GET').reduce((sum, [, count]) => sum + count, 0);
  if (!/Nothing to do\./.test(result.stderr)) throw new Error(`the second apply was not a no-op: ${result.stderr}`);
  return { wall: result.wall, cpu: result.cpu, counts, writes };
}

/** The seed data, the latency and an empty request log. */
async function resetWith(seed, latency) {
  await control('POST', 'reset');
  await control('POST', 'quay/seed', seed);
  await control('POST', 'latency', { ms: latency });
}

function stateFile(name, namespace, repositories, perRepository, url) {
  const lines = ['version: 1', 'quay:', '  repositories:'];
  for (let index = 1; index <= repositories; index++) {
    const repository = `${namespace}/repo-${String(index).padStart(5, '0')}`;
    lines.push(`    ${repository}:`, '      notifications:');
    for (let number = 1; number <= perRepository; number++) {
      lines.push(`        - title: Notification ${number}`, '          event: repo_push', '          method: webhook', `          config: { url: "${url(repository, number)}" }`);
    }
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** One curl per logged request, one after the other, as a shell loop over the API would do it. */
function curlScript(log) {
  const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
  const lines = ['set -e'];
  for (const request of log) {
    const url = `${emulator.url}${request.path}${request.search}`;
    const body = request.body ? ` -H 'content-type: application/json' --data-binary ${quote(request.body)}` : '';
    lines.push(`curl -sSf -o /dev/null -X ${request.method} -H 'authorization: Bearer ${TOKEN}'${body} ${quote(url)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the built CLI; wall time as seen from here, peak RSS from GNU time (or the process's own maxRSS). */
async function runCli(args, extraEnv = {}) {
  const command = gnuTime ? ['/usr/bin/time', ['-f', 'maxrss %M cpu %U %S', process.execPath, bin, ...args]] : [process.execPath, ['--import', RSS_HOOK, bin, ...args]];
  const started = performance.now();
  const result = await run(command[0], command[1], { ...env, ...extraEnv });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`regnotify ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const last = result.stderr.trim().split('\n').at(-1);
  const rss = Number(/maxrss (\d+)/.exec(last)?.[1]) * 1024;
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(last);
  return { wall, rss, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN, stdout: result.stdout, stderr: result.stderr };
}

/** A child process to its end (asynchronously: a blocked event loop would miss the emulator closing idle sockets). */
function run(command, args, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function control(method, action, body) {
  const response = await fetch(`${emulator.url}/_emulator/${action}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_emulator/${action}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The run in the middle by `key` (the lower middle for an even count). */
function median(runs, key) {
  return [...runs].sort((left, right) => key(left) - key(right))[Math.floor((runs.length - 1) / 2)];
}

/** ` [low–high]` of several runs; nothing for one. */
function spread(runs, key, format) {
  if (runs.length < 2) return '';
  const values = runs.map(key);
  return ` [${format(Math.min(...values))}–${format(Math.max(...values))}]`;
}

function countByMethod(log) {
  const counts = {};
  for (const request of log) counts[request.method] = (counts[request.method] ?? 0) + 1;
  return counts;
}

function describe(counts) {
  return Object.entries(counts).map(([method, count]) => `${count} ${method}`).join(' + ') || 'none';
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function mb(bytes) {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

