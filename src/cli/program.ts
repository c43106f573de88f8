// The command tree: global options, one module per group, commander errors turned into usage errors.
import { Command } from 'commander';
import { colorAllowed, type IOStreams } from '../core/io.js';
import { VERSION } from '../core/version.js';
import { registerApi } from './api.js';
import { registerCompletion } from './completion.js';
import { attachIO } from './command.js';
import { addGroup } from './define.js';
import { registerEmulator } from './emulator.js';
import { registerEvents } from './events.js';
import { addGlobalOptions } from './global-options.js';
import { HOOK_GROUP, NOTIFICATION_GROUP, PROFILE_GROUP, REPO_GROUP, SUBSCRIPTION_GROUP, type LazyGroup } from './groups.js';
import { formatHelp } from './help-layout.js';
import { registerHelp } from './help-topics.js';
import { registerInit } from './init.js';
import { registerDemo } from './demo.js';
import { registerState } from './state/index.js';

// src/cli/main.ts ends the process with 129, 130 and 143 on SIGHUP, SIGINT and SIGTERM (128 + the signal number).
export const EXIT_CODES_HELP = `Exit codes:
  0    success (an empty list too)
  1    failed: API error, network failure after retries, a declined confirmation
  2    usage or validation error; nothing was sent
  3    not found (HTTP 404), also deleting what is absent without --if-exists
  4    authentication or permission (no credentials, 401, 403)
  129  hung up (SIGHUP); a held profile lock is released
  130  interrupted (Ctrl-C)
  143  terminated (SIGTERM); a held profile lock is released`;

/** The command tree for `argv` (the whole tree without one): groups the line does not name stay name and description. */
export async function buildProgram(io: IOStreams, argv?: readonly string[]): Promise<Command> {
  const program = new Command('regnotify');
  // A completion script describes every verb; any other line needs only the groups it names.
  const wantsAll = argv === undefined || argv.includes('completion');
  const group = async (entry: LazyGroup) => addGroup(program, entry, wantsAll || argv.includes(entry.name) ? await entry.load() : undefined);
  attachIO(program, io);
  program
    .description('Manage repository event notifications on Red Hat Quay, Alauda and Huawei Cloud CodeArts Repo.')
    .version(VERSION, '-V, --version', 'print the version');
  addGlobalOptions(program);

  registerInit(program);
  await group(PROFILE_GROUP);
  await group(REPO_GROUP);
  await group(NOTIFICATION_GROUP);
  registerDemo(program);
  await group(HOOK_GROUP);
  await group(SUBSCRIPTION_GROUP);
  registerState(program);
  registerApi(program);
  registerEmulator(program);
  registerEvents(program);
  registerCompletion(program);
  registerHelp(program, EXIT_CODES_HELP);

  program.addHelpText(
    'after',
    `
Examples:
  $ regnotify profile add prod --platform quay --server https://quay.io --token-stdin < token.txt
  $ regnotify api GET /repository?namespace=acme --platform quay
  $ REGNOTIFY_SERVER=https://quay.io REGNOTIFY_TOKEN=... regnotify api GET /user/ --platform quay --json

${EXIT_CODES_HELP}
`,
  );
  applyEverywhere(program, io);
  return program;
}

/** Commands built with `new Command()` inherit nothing, so the shared behaviour is set on each one. */
function applyEverywhere(command: Command, io: IOStreams): void {
  command
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: false, sortSubcommands: false, formatHelp })
    .configureOutput({
      writeOut: (text) => io.out.write(text),
      writeErr: (text) => io.err.write(text),
      // Commander would ask process.stdout and process.env; the program answers from its own streams.
      getOutHelpWidth: () => (io.stdoutIsTTY && io.columns ? io.columns : 80),
      getErrHelpWidth: () => (io.stderrIsTTY && io.columns ? io.columns : 80),
      getOutHasColors: () => colorAllowed({ isTTY: io.stdoutIsTTY, env: io.env, colorFlag: true }),
      getErrHasColors: () => colorAllowed({ isTTY: io.stderrIsTTY, env: io.env, colorFlag: true }),
      // Errors are printed by the one reporter in run.ts, in the one format.
      outputError: () => {},
    })
    .exitOverride();
  for (const child of command.commands) applyEverywhere(child, io);
}
