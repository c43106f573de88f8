// Start-up cost: `regnotify --version` (and `--help`) against a bare `node -e 0`, over repeated runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/regnotify.js', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 40);

function time(args) {
  const samples = [];
  for (let index = 0; index < runs + 3; index++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (index >= 3) samples.push(elapsed); // the first runs warm the file cache
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p90: samples[Math.floor(samples.length * 0.9)] };
}

const baseline = time(['-e', '0']);
const version = time([bin, '--version']);
const help = time([bin, '--help']);
const format = (label, value) => `${label.padEnd(22)} median ${value.median.toFixed(1).padStart(6)} ms   p90 ${value.p90.toFixed(1).padStart(6)} ms`;
console.log(`runs: ${runs}`);
console.log(format('node -e 0', baseline));
console.log(format('regnotify --version', version));
console.log(format('regnotify --help', help));
console.log(`ratio --version / node -e 0: ${(version.median / baseline.median).toFixed(2)}x (target <= 1.30x)`);
console.log(`ratio --help    / node -e 0: ${(help.median / baseline.median).toFixed(2)}x`);
