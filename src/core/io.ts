// Streams plus the facts every command asks about them: is this a terminal, may I prompt, may I colour.
import type { Readable, Writable } from 'node:stream';

export type Env = Record<string, string | undefined>;

export interface IOStreams {
  readonly in: Readable;
  readonly out: Writable;
  readonly err: Writable;
  readonly env: Env;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width for tables and help; undefined when stdout is not a terminal or its width is unknown. */
  readonly columns?: number;
}

/**
 * The terminal's width as the kernel reports it; a terminal of unknown size (0, e.g. a fresh pseudo-terminal) falls
 * back to $COLUMNS, the convention shells and `script` environments follow.
 */
export function terminalColumns(reported: number | undefined, env: Env): number | undefined {
  if (reported) return reported;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

export function processIO(): IOStreams {
  return {
    in: process.stdin,
    out: process.stdout,
    err: process.stderr,
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? terminalColumns(process.stdout.columns, process.env) : undefined,
  };
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

function isTruthy(value: string | undefined): boolean {
  return isSet(value) && !['0', 'false', 'no', 'off'].includes(value!.toLowerCase());
}

/**
 * Colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR forces it on.
 * chalk alone ignores NO_COLOR, so the level is decided here and handed to chalk explicitly.
 */
export function colorAllowed(options: { isTTY: boolean; env: Env; colorFlag: boolean }): boolean {
  if (!options.colorFlag || isSet(options.env.NO_COLOR)) return false;
  if (isSet(options.env.FORCE_COLOR)) return isTruthy(options.env.FORCE_COLOR);
  if (options.env.TERM === 'dumb') return false;
  return options.isTTY;
}

/** Prompts need a person on both ends: a terminal for input and for output, and nobody saying no. */
export function promptAllowed(io: IOStreams, noInputFlag: boolean): boolean {
  if (noInputFlag) return false;
  if (isTruthy(io.env.CI) || isTruthy(io.env.REGNOTIFY_NO_INPUT)) return false;
  return io.stdinIsTTY && io.stdoutIsTTY;
}

export { isTruthy as envFlagSet };
