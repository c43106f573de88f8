// The esbuild settings of the CLI's bundle, shared by scripts/build.mjs and the start-up benchmark's undici bundle.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// undici carries its HTTP parser, llhttp, as WebAssembly in two base64 strings of ~72 KB each (with and without SIMD),
// in the bundle: V8 scans both whenever it parses it, and decodes one. The build writes them as .wasm files
// beside the bundle, read when undici first compiles the parser (with SIMD; the other only where that fails).
const BASELINE_ONLY = fileURLToPath(new URL('../src/http/webassembly-baseline.ts', import.meta.url));
const LLHTTP = /undici[\\/]lib[\\/]llhttp[\\/](llhttp(?:_simd)?)-wasm\.js$/;
const undiciWasmFromFiles = {
  name: 'undici-wasm-from-files',
  setup(build) {
    const outdir = build.initialOptions.outdir ?? dirname(build.initialOptions.outfile);
    build.onLoad({ filter: LLHTTP }, ({ path }) => {
      const name = LLHTTP.exec(path)[1];
      const base64 = /wasmBase64 = '([A-Za-z0-9+/=]+)'/.exec(readFileSync(path, 'utf8'))?.[1];
      const wasm = Buffer.from(base64 ?? '', 'base64');
      if (wasm.subarray(0, 4).toString('latin1') !== '\0asm') throw new Error(`no WebAssembly found in ${path}`);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, `${name}.wasm`), wasm);
      // undici requires this module and keeps its lazy getter; __bundleUrl is the bundle's URL (see its banner).
      // undici compiles what the getter returns at once (lib/dispatcher/client-h1.js): before Node 22 with V8's
      // baseline compiler only (src/http/webassembly-baseline.ts says why, and why not from the start).
      return {
        contents: `const { webAssemblyBaselineOnly } = require(${JSON.stringify(BASELINE_ONLY)});
let wasm; Object.defineProperty(module, 'exports', { get: () => (webAssemblyBaselineOnly(), wasm ??= require('node:fs').readFileSync(new URL('./${name}.wasm', __bundleUrl))) });`,
        loader: 'js',
      };
    });
  },
};

// The CLI is one CommonJS file, which the launcher compiles with V8's code cache (bin/regnotify.js): a cached run
// skips parsing and compiling, the largest part of a start-up. Lazy `import()`s stay lazy (the module runs at first
// import). Node built-ins are plain require() calls, never ESM imports: an ESM import of one builds its namespace,
// which reads every lazy getter (on Node 22 and later `node:http` thereby loads Node's own undici, tls and http2).
// import.meta.url, for the few modules that locate a file beside themselves, is the bundle's own URL.
export const commonJs = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: true,
  // Names are not kept (keepNames costs a call per function and class at every start): classes whose name is shown
  // or compared set it themselves (src/core/errors.ts; inquirer's ExitPromptError does too).
  legalComments: 'none',
  define: { __REGNOTIFY_VERSION__: JSON.stringify(version), 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [undiciWithoutHttp2, undiciWasmFromFiles, commanderWithLazyChildProcess],
  logLevel: 'warning',
};
