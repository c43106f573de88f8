// Bundles the CLI into dist/ so start-up reads one file; dynamic imports become lazy chunks.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// undici's HTTP/2 client loads node:http2 as undici loads (~20 ms and ~10 MB on Node 26), yet it only speaks HTTP/2
// on a dispatcher made with `allowH2`, which this CLI never makes (src/http/dispatcher.ts). Where Node has no http2,
// undici falls back to `{ constants: {} }` (lib/dispatcher/client-h2.js); the bundle hands it that same stand-in.
const undiciWithoutHttp2 = {
  name: 'undici-without-http2',
  setup(build) {
    build.onResolve({ filter: /^node:http2$/ }, ({ importer }) =>
      /undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/.test(importer) ? { path: 'node:http2', namespace: 'undici-no-http2' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'undici-no-http2' }, () => ({ contents: 'module.exports = { constants: {} };', loader: 'js' }));
  },
};

// commander requires node:child_process (and with it dgram and net) at load, for executable subcommands this CLI
// never declares: ~5 ms of every start-up on Node 26. It gets a stand-in that loads the module on first use.
const commanderWithLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /commander[\\/]lib[\\/]command\.js$/.test(importer) ? { path: 'node:child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// Node's built-in modules are loaded with require(), never with an ESM import. Importing a built-in as ESM builds
// its namespace, which reads every export, lazy getters included: on Node 22 and later `import ... from 'node:http'`
// thereby loads Node's own bundled undici (its WebSocket and EventSource getters) with tls, http2, zlib and
// worker_threads, ~130 internal modules and the largest part of a request command's start-up; `node:fs` and
// `node:process` read their lazy getters too. require() hands over the module object, whose getters run only when
// read. Each ESM import of a built-in becomes a one-line CommonJS module around require() (the bundle's banner
// defines require); esbuild's interop reads named imports as properties at the point of use.
const BUILTINS = new Set(builtinModules);
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z][a-z0-9_/]*$/ }, ({ path, kind }) => {
      const name = path.replace(/^node:/, '');
      if (!BUILTINS.has(name) || (kind !== 'import-statement' && kind !== 'dynamic-import')) return undefined;
      return { path: `node:${name}`, namespace: 'builtin-by-require' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin-by-require' }, ({ path }) => ({ contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js' }));
  },
};

// Chunk names carry content hashes: start clean so old chunks do not pile up in dist/.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Settings both bundles share: the CLI's and the one that renders the root help.
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: true,
  // Names are not kept (keepNames costs a call per function and class at every start): classes whose name is shown
  // or compared set it themselves (src/core/errors.ts; inquirer's ExitPromptError does too).
  legalComments: 'none',
  define: { __REGNOTIFY_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [undiciWithoutHttp2, commanderWithLazyChildProcess, builtinsByRequire],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { regnotify: 'src/cli/main.ts' }, outdir: 'dist', splitting: true });

// The root help page, rendered by the program itself, for the launcher to print without loading the program
// (src/cli/root-help.ts). Its bundle is only needed here.
const scratch = mkdtempSync(join(tmpdir(), 'regnotify-build-'));
try {
  await build({ ...common, entryPoints: { 'root-help': 'src/cli/root-help.ts' }, outdir: scratch });
  const { storedRootHelp } = await import(pathToFileURL(join(scratch, 'root-help.js')).href);
  writeFileSync(new URL('../dist/root-help.json', import.meta.url), `${JSON.stringify(await storedRootHelp())}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
