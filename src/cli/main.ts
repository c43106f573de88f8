// Entry of the bundled program (dist/regnotify.cjs), run by bin/regnotify.js.
import { ExitCode } from '../core/errors.js';
import { runSignalCleanups } from '../core/exit-cleanup.js';
import { processIO } from '../core/io.js';
import { runCli } from './run.js';

/** 128 + the signal number, as shells and other tools report a process ended by a signal. */
const SIGNAL_ENDINGS = [
  { signal: 'SIGINT', code: 130, message: 'interrupted' },
  { signal: 'SIGTERM', code: 143, message: 'terminated (SIGTERM)' },
  { signal: 'SIGHUP', code: 129, message: 'hung up (SIGHUP)' },
] as const;

for (const { signal, code, message } of SIGNAL_ENDINGS) {
  process.once(signal, () => {
    runSignalCleanups();
    // After ^C the terminal's cursor sits behind the echoed characters: start a line of our own.
    process.stderr.write(`${signal === 'SIGINT' && process.stderr.isTTY ? '\n' : ''}error: ${message}\n`);
    process.exit(code);
  });
}

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

// Keep-alive sockets would hold the process open; everything is written synchronously by now.
void runCli(process.argv.slice(2), processIO()).then((code) => process.exit(code));
