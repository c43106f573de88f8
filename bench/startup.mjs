// Start-up cost of the built CLI against a bare Node, over repeated runs (a benchmark, not a test: nothing fails on a
// slow figure). Measures the wall time (median, p90), the CPU time and the peak RSS of:
//   node -e 0                         Node alone
//   node:http script                  Node plus one bare HTTP request (bench/http-get.cjs)
//   undici request (cached)           the undici regnotify bundles, one request, nothing else of the program, bundled
//                                     and run with a code cache as the CLI is (bench/undici-get.mjs): its floor
//   regnotify --version / --help      commands that send nothing
//   regnotify repo get NS/NAME -o json  a real request, against `regnotify emulator` started as a child
// It runs on the Node that runs it: `npm run bench` on the Node on PATH; for another version put that one first on
// PATH (`PATH="$(node scripts/node-version.mjs 26)/bin:$PATH" npm run bench`). BENCH_RUNS sets the number of runs.
// The first runs of each case are not counted: they warm the file cache and regnotify's code cache (bin/regnotify.js).
// On a busy machine wall times say little: BENCH_COUNT=instructions counts the instructions of one warm run of each
// case under valgrind (callgrind), which do not depend on the load (threads are serialised; slow, ~1 min in all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonJs } from '../scripts/bundle-options.mjs';
import { bin, startEmulator } from './emulator.mjs';

const httpScript = fileURLToPath(new URL('./http-get.cjs', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;
// Without GNU time: the process reports its own peak as it exits (missing what background compilation adds after).
const RSS_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'))")}`;

const configDir = mkdtempSync(join(tmpdir(), 'regnotify-bench-'));
const undiciBundle = join(configDir, 'undici-get.cjs');
await build({ ...commonJs, entryPoints: [fileURLToPath(new URL('./undici-get.mjs', import.meta.url))], outfile: undiciBundle });
const cachedRun = fileURLToPath(new URL('./cached-run.mjs', import.meta.url));
const emulator = await startEmulator();
// Node 20 reads the file NODE_EXTRA_CA_CERTS names at every start, before any JavaScript (~75 ms for a 220 KB system
// bundle; Node 22 and later do not): every case would carry it, the ratios to `node -e 0` would shrink toward 1 and say
// less about the CLI. No case here uses TLS, so they run without it (the header says so when it was set).
const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
const env = {
  ...process.env,
  NODE_EXTRA_CA_CERTS: undefined,
  REGNOTIFY_CONFIG_DIR: configDir,
  REGNOTIFY_SERVER: emulator.url,
  REGNOTIFY_TOKEN: 'emulator-quay-token',
  NO_COLOR: '1',
};

const cases = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'node:http script', args: [httpScript, `${emulator.url}/api/v1/repository/quayadmin/busybox`, 'emulator-quay-token'] },
  { label: 'undici request (cached)', args: [cachedRun, undiciBundle, join(configDir, 'undici-get.code-cache'), `${emulator.url}/api/v1/repository/quayadmin/busybox`, 'emulator-quay-token'] },
  { label: 'regnotify --version', args: [bin, '--version'] },
  { label: 'regnotify --help', args: [bin, '--help'] },
  { label: 'repo get -o json', args: [bin, 'repo', 'get', 'quayadmin/busybox', '-o', 'json'] },
];

const gnuTime = existsSync('/usr/bin/time');
try {
  if (process.env.BENCH_COUNT === 'instructions') countInstructions();
  else {
    // Round-robin over the cases, so a burst of load on the machine touches them all alike.
    const samples = cases.map(() => []);
    for (let round = 0; round < runs + WARM_UP; round++) {
      cases.forEach((entry, index) => {
        const sample = runOnce(entry.args);
        if (round >= WARM_UP) samples[index].push(sample);
      });
    }
    const rows = cases.map((entry, index) => ({
      label: entry.label,
      wall: summarise(samples[index].map((sample) => sample.wall)),
      cpu: summarise(samples[index].map((sample) => sample.cpu)),
      rss: summarise(samples[index].map((sample) => sample.rss)),
    }));

    const base = rows[0].wall.median;
    console.log(`Node ${process.version}, ${runs} runs each; wall median and p90, CPU (user+sys) median, peak RSS median ` +
      `(${gnuTime ? 'GNU time' : 'maxRSS at exit: reads low'})${extraCaCerts ? '; NODE_EXTRA_CA_CERTS unset for every case' : ''}`);
    console.log(`${'command'.padEnd(22)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'ratio'.padStart(6)} ${'CPU'.padStart(8)} ${'RSS'.padStart(7)}`);
    for (const row of rows) {
      console.log(
        `${row.label.padEnd(22)} ${`${row.wall.median.toFixed(0)} ms`.padStart(8)} ${`${row.wall.p90.toFixed(0)} ms`.padStart(8)} ` +
          `${`${(row.wall.median / base).toFixed(2)}x`.padStart(6)} ${Number.isNaN(row.cpu.median) ? '       -' : `${row.cpu.median.toFixed(0)} ms`.padStart(8)} ` +
          `${`${row.rss.median.toFixed(0)} MB`.padStart(7)}`,
      );
    }
    const ratio = (label) => rows.find((row) => row.label === label).wall.median / base;
    console.log(`targets: repo get <= 2x (stretch 1.5x): ${ratio('repo get -o json').toFixed(2)}x; --help <= 1.3x: ${ratio('regnotify --help').toFixed(2)}x; ` +
      `repo get peak RSS <= 70 MB: ${rows.at(-1).rss.median.toFixed(0)} MB`);
  }
} finally {
  emulator.child.kill('SIGTERM');
  rmSync(configDir, { recursive: true, force: true });
}

/** One run: wall time as seen from here; CPU time and peak RSS from GNU time (its overhead is the same for every case). */
function runOnce(args) {
  const command = gnuTime ? ['/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args]] : [process.execPath, ['--import', RSS_HOOK, ...args]];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command[1], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const last = result.stderr.trim().split('\n').at(-1);
  if (!gnuTime) return { wall, cpu: Number.NaN, rss: Number(/maxrss (\d+)/.exec(last)?.[1]) / 1024 };
  const [user, system, rss] = last.split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000, rss: rss / 1024 };
}

function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p90: sorted[Math.floor(sorted.length * 0.9)] };
}


/** Instructions of one run of each case (after a warm-up run), and their ratio to `node -e 0`. */
function countInstructions() {
  const counts = cases.map((entry) => {
    spawnSync(process.execPath, entry.args, { env, stdio: 'ignore' });
    const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...entry.args], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const collected = /Collected : (\d+)/.exec(result.stderr ?? '');
    if (!collected) throw new Error(`valgrind did not count ${entry.label}: ${result.error?.message ?? result.stderr}`);
    return { label: entry.label, count: Number(collected[1]) };
  });
  console.log(`Node ${process.version}: instructions of one run (valgrind callgrind), ratio to node -e 0${extraCaCerts ? '; NODE_EXTRA_CA_CERTS unset' : ''}`);
  for (const { label, count } of counts) console.log(`${label.padEnd(22)} ${`${(count / 1e6).toFixed(0)}M`.padStart(8)} ${`${(count / counts[0].count).toFixed(2)}x`.padStart(7)}`);
}
