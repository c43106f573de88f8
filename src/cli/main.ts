// Entry of the bundled program (dist/regnotify.js), loaded by bin/regnotify.js.
import { ExitCode } from '../core/errors.js';
import { processIO } from '../core/io.js';
import { runCli } from './run.js';

process.once('SIGINT', () => {
  process.stderr.write('\n');
  process.exit(ExitCode.interrupted);
});

// A reader that goes away (`regnotify repo list --all | head -1`) closes stdout: stop quietly with exit 0, as gh and
// coreutils do, instead of crashing on the unhandled EPIPE. With stderr gone there is nobody left to tell, so the run
// goes on and its exit code still says how it went.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(ExitCode.ok);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const code = await runCli(process.argv.slice(2), processIO());
// Keep-alive sockets would hold the process open; everything is written synchronously by now.
process.exit(code);
