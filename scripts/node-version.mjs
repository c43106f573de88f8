#!/usr/bin/env node
// Fetches a Node.js build from the npm registry (the `node-<os>-<cpu>` packages carry the official binaries) into a
// cache outside the repository, without touching the system Node, and prints the directory whose bin/ holds `node`.
//   node scripts/node-version.mjs 26        the newest 26.x
//   node scripts/node-version.mjs 26.12.1   exactly that one
// CI puts `<printed dir>/bin` first on PATH to run the suite a second time on the newest Node we support.
// Cache: $REGNOTIFY_NODE_CACHE, else $XDG_CACHE_HOME/regnotify-node, else ~/.cache/regnotify-node.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const spec = process.argv[2];
if (!spec || !/^\d+(\.\d+){0,2}$/.test(spec)) {
  process.stderr.write(`usage: node scripts/node-version.mjs MAJOR[.MINOR[.PATCH]] (got "${spec ?? ''}")\n`);
  process.exit(2);
}
const packageName = `node-${process.platform}-${process.arch}`;
const cache = process.env.REGNOTIFY_NODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'regnotify-node');
const npm = (args, options = {}) => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

// An exact version already in the cache needs no registry at all; a range is resolved first (one small request).
const version = /^\d+\.\d+\.\d+$/.test(spec) ? spec : newest(spec);
const target = join(cache, `node-v${version}`);
if (!existsSync(join(target, 'bin', 'node'))) {
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, '.download-'));
  try {
    // npm pack checks the tarball against the registry's integrity hash.
    npm(['pack', `${packageName}@${version}`, '--silent', '--pack-destination', work]);
    execFileSync('tar', ['-xzf', join(work, `${packageName}-${version}.tgz`), '-C', work]);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(work, 'package'), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const reported = execFileSync(join(target, 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
if (reported !== `v${version}`) throw new Error(`${target}/bin/node reports ${reported}, expected v${version}`);
process.stdout.write(`${target}\n`);

function newest(range) {
  const found = JSON.parse(npm(['view', `${packageName}@${range}`, 'version', '--json']));
  const versions = (Array.isArray(found) ? found : [found]).map((entry) => entry.split('.').map(Number));
  if (versions.length === 0) throw new Error(`the registry has no ${packageName}@${range}`);
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return versions.at(-1).join('.');
}
