#!/usr/bin/env node
// Tiny launcher: checks the Node version and loads the bundled program.
import { readFileSync } from 'node:fs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`error: regnotify needs Node.js 20 or newer (this is ${process.version})\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
// `--version` is asked by scripts and shells often: answer it without loading the program.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  import('../dist/regnotify.js').catch((error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/regnotify.js')) {
      process.stderr.write('error: regnotify is not built (dist/regnotify.js is missing)\nhint: run npm install, or npm run build\n');
      process.exit(1);
    }
    throw error;
  });
}
