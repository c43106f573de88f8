#!/usr/bin/env node
// Tiny launcher: checks the Node version and loads the bundled program.
// Built-ins are taken as module objects, not ESM imports: importing one as ESM reads every export, lazy getters
// included (node:fs's streams alone are ~13 ms on Node 26). getBuiltinModule exists from Node 20.16 and 22.3.
const builtin = process.getBuiltinModule ?? (await import('node:module')).createRequire(import.meta.url);
const { readFileSync } = builtin('node:fs');
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
  // Node 22.8 and later keep V8's compiled code of the bundle between runs (in the OS temp directory unless
  // NODE_COMPILE_CACHE says where; NODE_DISABLE_COMPILE_CACHE=1 turns it off). A directory that cannot be written only
  // means no cache: Node reports that in the returned status, and nothing here depends on it.
  try {
    module.enableCompileCache?.();
  } catch {
    // Never a reason not to run.
  }
  import('../dist/regnotify.js').catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/regnotify.js')) {
      process.stderr.write('error: regnotify is not built (dist/regnotify.js is missing)\nhint: run npm install, or npm run build\n');
      process.exit(1);
    }
    throw error;
  });
}

/**
 * The answers that need no program: `--version`, asked by scripts and shells often, and the root help page
 * (`--help`, `-h`, `help`; a bare `regnotify` prints it on stderr, through the program), which the build rendered through the program (src/cli/root-help.ts) at 80
 * columns and at every width from `wideFrom` on. Any other width, or a build without the page, runs the program.
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
