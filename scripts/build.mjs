// Bundles the CLI into dist/ so start-up reads one file; dynamic imports become lazy chunks.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

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

// Chunk names carry content hashes: start clean so old chunks do not pile up in dist/.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { regnotify: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minify: true,
  // Error and prompt class names are shown and compared by name.
  keepNames: true,
  legalComments: 'none',
  define: { __REGNOTIFY_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [undiciWithoutHttp2],
  logLevel: 'warning',
});
