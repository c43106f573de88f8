// The IO a program runs over and the context built for the running command (src/cli/define.ts builds the actions).
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

/** Option parser for repeatable flags (`--event a --event b` → ['a', 'b']). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
