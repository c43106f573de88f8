// Entry of the bundled program (dist/regnotify.js), loaded by bin/regnotify.js.
import { ExitCode } from '../core/errors.js';
import { processIO } from '../core/io.js';
import { runCli } from './run.js';

process.once('SIGINT', () => {
  process.stderr.write('\n');
  process.exit(ExitCode.interrupted);
});

const code = await runCli(process.argv.slice(2), processIO());
// Keep-alive sockets would hold the process open; everything is written synchronously by now.
process.exit(code);
