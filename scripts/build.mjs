// Bundles the CLI into dist/: one CommonJS file, the llhttp WebAssembly beside it, and the root help page.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commonJs } from './bundle-options.mjs';

// Start clean, so nothing of an older build lingers in dist/.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({ ...commonJs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/regnotify.cjs' });

// The root help page, rendered by the program itself, for the launcher to print without loading the program
// (src/cli/root-help.ts). Its bundle is only needed here.
const scratch = mkdtempSync(join(tmpdir(), 'regnotify-build-'));
try {
  const renderer = join(scratch, 'root-help.cjs');
  await build({ ...commonJs, entryPoints: ['src/cli/root-help.ts'], outfile: renderer });
  const { storedRootHelp } = createRequire(import.meta.url)(renderer);
  writeFileSync(new URL('../dist/root-help.json', import.meta.url), `${JSON.stringify(await storedRootHelp())}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
