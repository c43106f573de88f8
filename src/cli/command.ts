// Small helpers every command file uses: examples in --help, and an action wrapper that builds the context.
import type { Command } from 'commander';
import { Context } from './context.js';
import type { IOStreams } from '../core/io.js';

const ioByProgram = new WeakMap<Command, IOStreams>();
const contextByProgram = new WeakMap<Command, Context>();

function root(command: Command): Command {
  let current = command;
  while (current.parent) current = current.parent;
  return current;
}

export function attachIO(program: Command, io: IOStreams): void {
  ioByProgram.set(program, io);
}

/** The context built for the running command, if any (the error reporter redacts with it). */
export function contextOf(program: Command): Context | undefined {
  return contextByProgram.get(program);
}

export function createContext(command: Command): Context {
  const program = root(command);
  const io = ioByProgram.get(program);
  if (!io) throw new Error('program has no IO attached');
  const context = new Context(io, command.optsWithGlobals());
  contextByProgram.set(program, context);
  return context;
}

/** Appends an Examples section to --help. */
export function examples(command: Command, lines: string[]): Command {
  const text = lines.map((line) => (line.startsWith('#') ? `  ${line}` : `  $ ${line}`)).join('\n');
  return command.addHelpText('after', `\nExamples:\n${text}\n`);
}

/**
 * Wraps a handler: commander passes positional arguments, then options, then the command.
 * The handler gets the context, the positional arguments and the command's own options.
 */
export function handler<Options>(run: (context: Context, args: string[], options: Options) => Promise<void>) {
  return async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const context = createContext(command);
    await run(context, command.processedArgs as string[], command.opts() as Options);
  };
}

/** Option parser for repeatable flags (`--event a --event b` → ['a', 'b']). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
