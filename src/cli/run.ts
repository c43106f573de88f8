// Runs the program and turns every outcome into an exit code and at most two lines on stderr.
import { CommanderError } from 'commander';
import { ExitCode, ExitStatus, RegnotifyError } from '../core/errors.js';
import type { IOStreams } from '../core/io.js';
import { createRedactor, secretsOfEnv, secretsOfUrl } from '../core/redact.js';
import { escapeLine } from '../core/terminal-text.js';
import { contextOf } from './command.js';
import { SECRET_VARIABLES } from './context.js';
import { buildProgram } from './program.js';

const SUCCESSFUL_COMMANDER_EXITS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

export async function runCli(argv: string[], io: IOStreams): Promise<number> {
  const program = await buildProgram(io, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (isClosedOutput(error)) return ExitCode.ok;
    const context = contextOf(program);
    // Before a context exists (a usage error while parsing), the environment's credentials are all there is to hide.
    const redact = context
      ? (text: string) => context.redact(text)
      : createRedactor([...secretsOfEnv(io.env, SECRET_VARIABLES), ...secretsOfUrl(io.env.REGNOTIFY_SERVER)]);
    return report(error, io, redact);
  } finally {
    await contextOf(program)?.close();
  }
}

/**
 * The reader went away (`regnotify repo list --all | head -1`): stop quietly with exit 0, as gh and coreutils do.
 * A network EPIPE never gets here raw: the transport turns it into an ApiError.
 */
function isClosedOutput(error: unknown): boolean {
  return error instanceof Error && !(error instanceof RegnotifyError) && (error as NodeJS.ErrnoException).code === 'EPIPE';
}

/**
 * Commander puts its typo suggestion for an unknown command or option on a second line, "(Did you mean notification?)"
 * or "(Did you mean one of --json, --jq?)"; it becomes the hint.
 */
function suggestionOf(detail: string): string | undefined {
  const match = /\(Did you mean (?:one of )?(.+)\?\)/.exec(detail);
  if (!match) return undefined;
  const names = match[1].split(', ');
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  return `did you mean ${listed}?`;
}

function report(error: unknown, io: IOStreams, redact: (text: string) => string): number {
  // Messages quote server data and user input: credentials replaced, control characters written out.
  const print = (line: string) => io.err.write(`${escapeLine(redact(line))}\n`);
  if (error instanceof CommanderError) {
    if (SUCCESSFUL_COMMANDER_EXITS.has(error.code)) return ExitCode.ok;
    const [first, ...rest] = error.message.split('\n');
    print(first.startsWith('error:') ? first : `error: ${first}`);
    print(`hint: ${suggestionOf(rest.join(' ')) ?? 'see --help for usage'}`);
    return ExitCode.usage;
  }
  if (error instanceof ExitStatus) return error.exitCode;
  if (error instanceof RegnotifyError) {
    print(`error: ${error.message}`);
    for (const line of error.details) print(`  ${line}`);
    if (error.hint) print(`hint: ${error.hint}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  print(`error: ${message}`);
  if (['1', 'true'].includes(io.env.REGNOTIFY_DEBUG ?? '') && error instanceof Error && error.stack) error.stack.split('\n').forEach(print);
  return ExitCode.failure;
}
