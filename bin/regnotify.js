#!/usr/bin/env node
// Tiny launcher: checks the Node version, answers --version and the root help, and runs the bundled program.
// Built-ins are taken as module objects, not ESM imports: importing one as ESM reads every export, lazy getters
// included (node:fs's streams alone are ~13 ms on Node 26). getBuiltinModule exists from Node 20.16 and 22.3.
const builtin = process.getBuiltinModule ?? (await import('node:module')).createRequire(import.meta.url);
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = builtin('node:fs');
const { dirname, join } = builtin('node:path');
const module = builtin('node:module');

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`error: regnotify needs Node.js 20 or newer (this is ${process.version})\n`);
  process.exit(1);
}

// NO_COLOR beats FORCE_COLOR in regnotify's colour policy (src/core/io.ts), so with NO_COLOR set FORCE_COLOR has no
// say left. Node 24 and later warn on stderr ("The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set")
// as soon as a dependency loads one of its modules that colour, about Node's own colouring, which regnotify does not
// use: a person who set both asked for no colour and gets none, without a warning. Dropping the overruled variable
// before anything loads keeps stderr the same on every Node version (and children see the resolved choice too).
if (process.env.NO_COLOR && process.env.FORCE_COLOR !== undefined) delete process.env.FORCE_COLOR;

const args = process.argv.slice(2);
const answer = quickAnswer(args);
if (answer !== undefined) {
  // As the program does: a reader that went away (`regnotify --help | head -1`) is no error.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(answer);
} else {
  runBundle(builtin('node:url').fileURLToPath(new URL('../dist/regnotify.cjs', import.meta.url)));
}

/**
 * Runs the bundle, one CommonJS file, as require() would, but compiled with V8's code cache, kept between runs in
 * the user's cache directory: a run with the cache skips parsing and compiling what the last uncached run compiled,
 * the larger part of a start-up (measured by bench/startup.mjs). The cache is written when a run had none, or V8
 * refused it (another Node, other V8 flags). Node's own compile cache (module.enableCompileCache) keeps only what is
 * compiled before the code runs, which for a bundle is little more than its top level.
 */
function runBundle(file) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    process.stderr.write('error: regnotify is not built (dist/regnotify.cjs is missing)\nhint: run npm install, or npm run build\n');
    process.exit(1);
  }
  const cache = codeCache(file);
  // The wrapper require() puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new (builtin('node:vm').Script)(wrapped, { filename: file, cachedData: cache.read() });
  if (script.cachedDataRejected !== false) process.once('exit', () => cache.write(script));
  const bundle = { exports: {} };
  script.runInThisContext().call(bundle.exports, bundle.exports, module.createRequire(file), bundle, file, dirname(file));
}

/**
 * One cache file per installation, build, Node and command group ($XDG_CACHE_HOME/regnotify, else
 * ~/.cache/regnotify): a cache holds the functions its writing run compiled, so `repo get` gains little from one
 * written by `profile list`. Writing one removes those of the installation's earlier builds (another installation's
 * stay). NODE_DISABLE_COMPILE_CACHE=1 turns it off. Nothing here may stop a run: a cache that cannot be read or
 * written is no cache.
 */
function codeCache(file) {
  const env = process.env;
  const none = { read: () => undefined, write: () => {} };
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return none;
  let home = env.HOME;
  try {
    home ||= builtin('node:os').homedir();
  } catch {
    // No home directory (a user without a passwd entry): no cache.
  }
  if (!env.XDG_CACHE_HOME && !home) return none;
  const directory = join(env.XDG_CACHE_HOME || join(home, '.cache'), 'regnotify');
  const { size, mtimeMs } = statSync(file);
  // An installation is its bundle's path; a build of it, the bundle's size and time.
  const installation = fnv1a(file);
  const build = `${installation}-${size}-${Math.trunc(mtimeMs)}`;
  // The first word that is not a flag: the group, mostly (after `--profile NAME` it is NAME: a cache all the same).
  const word = args.find((arg) => !arg.startsWith('-')) ?? '';
  const group = /^[a-z][a-z-]*$/.test(word) ? word : 'other';
  const path = join(directory, `${build}-${process.version}-${process.arch}-${group}.code-cache`);
  return {
    read() {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    write(script) {
      try {
        mkdirSync(directory, { recursive: true, mode: 0o700 });
        // Caches of the installation's earlier builds, and partial files a killed run left behind.
        for (const name of readdirSync(directory)) {
          const stale = !name.startsWith(`${build}-`) || !name.endsWith('.code-cache');
          if (name.startsWith(`${installation}-`) && stale) rmSync(join(directory, name), { force: true });
        }
        const partial = `${path}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, path);
      } catch {
        // No cache this time.
      }
    },
  };
}

/**
 * The answers that need no program: `--version`, asked by scripts and shells often, and the root help page (`--help`,
 * `-h`, `help`), which the build rendered through the program (src/cli/root-help.ts) at 80 columns and at every
 * width from `wideFrom` on. Any other width, a bare `regnotify` (the page on stderr) or a build without the page runs
 * the program.
 */
function quickAnswer(args) {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    return `${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`;
  }
  if (args.length !== 1 || !['--help', '-h', 'help'].includes(args[0])) return undefined;
  let page;
  try {
    page = JSON.parse(readFileSync(new URL('../dist/root-help.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  // The program's help width: the terminal's (or $COLUMNS on a terminal of unknown size), 80 when not a terminal.
  const columns = process.stdout.isTTY ? process.stdout.columns || Number(process.env.COLUMNS) : 0;
  const width = Number.isInteger(columns) && columns > 0 ? columns : 80;
  if (width === 80) return page.narrow;
  return width >= page.wideFrom ? page.wide : undefined;
}

/** FNV-1a, 32 bits, in hex: a short, stable name for a path (no crypto module loaded for it). */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
