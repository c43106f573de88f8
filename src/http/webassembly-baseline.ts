// undici's HTTP parser, llhttp, is WebAssembly that undici compiles when the process opens its first connection. Before
// Node 22, V8 then optimises each of its functions in background threads, which the process waits for as it exits
// (~100 ms of a `repo get`); V8's baseline compiler alone (Liftoff) is plenty for a CLI's few responses. Node 22 and
// later compile it lazily and gain nothing.
//
// The flag is set as the parser is compiled (the build has undici's WebAssembly module call this, see
// scripts/bundle-options.mjs), not as the program starts: V8 takes a code cache only under the flags it was made
// with, Node's own built-in modules included, so with --liftoff-only set from the start each built-in loaded after it
// (net, http and ~20 more of a request command) was compiled from source (`repo get` on Node 20: 320M instructions,
// 286M without). Before the process exits the flags are put back, for the code cache the launcher makes then
// (bin/regnotify.js).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** --liftoff-only turns these off as well (V8 11, Node 20): put back with it, V8's flags are as they were. */
const RESTORE = ['--no-liftoff-only', '--wasm-tier-up', '--wasm-dynamic-tiering'];

/** Sets --liftoff-only; the returned function puts V8's flags back. */
export function liftoffOnly(): () => void {
  const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
  setFlagsFromString('--liftoff-only');
  return () => RESTORE.forEach((flag) => setFlagsFromString(flag));
}

let restoreAtExit = false;

/** Before Node 22: WebAssembly compiled from now on gets the baseline compiler only, until the process exits. */
export function webAssemblyBaselineOnly(nodeMajor = Number(process.versions.node.split('.')[0])): void {
  if (nodeMajor >= 22 || restoreAtExit) return;
  restoreAtExit = true;
  // Prepended: the launcher's own exit listener, which makes the code cache, was added first.
  process.prependOnceListener('exit', liftoffOnly());
}
