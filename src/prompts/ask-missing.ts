// "Ask for what is missing": on a terminal, the create/set commands ask for every required value no flag gave,
// validated as typed with the same catalog rules as the flags, then show the equivalent command line.
import { RegnotifyError, UsageError } from '../core/errors.js';
import type { Prompter } from './prompter.js';

/** Turns a validator that throws UsageError into one inquirer understands. */
export function asPromptCheck(check: (value: string) => unknown, ignore?: (error: UsageError) => boolean) {
  return (value: string): true | string => {
    try {
      check(value);
      return true;
    } catch (error) {
      if (error instanceof UsageError) return ignore?.(error) ? true : error.message;
      throw error;
    }
  };
}

/** What asking needs of the run: whether a person can answer, the prompter, and a place for notices. */
export interface Asker {
  readonly canPrompt: boolean;
  /** What turned questions off on what may be a terminal (`--no-input was given`, `CI is set`), if anything did. */
  readonly turnedOff?: string;
  prompter(): Promise<Prompter>;
  notice(message: string): void;
}

/**
 * Runs `ask` when a person can answer; otherwise names the first missing flag (exit 2, nothing sent).
 * After asking, shows the command line that would have done the same without questions.
 */
export async function askForMissing<T>(
  asker: Asker,
  missing: string[],
  ask: (prompter: Prompter) => Promise<T>,
  commandLine: (answers: T) => string,
  hint = `pass ${missing.join(' and ')}`,
): Promise<T | undefined> {
  if (!missing.length) return undefined;
  if (!asker.canPrompt) {
    throw new UsageError(`missing ${missing.join(', ')} (${asker.turnedOff ?? 'regnotify asks only on a terminal'})`, { hint });
  }
  const answers = await ask(await asker.prompter());
  asker.notice(`To do this without questions:\n  ${commandLine(answers)}`);
  return answers;
}

export function isMissingValueError(error: RegnotifyError): boolean {
  return error instanceof UsageError && /^missing /.test(error.message);
}
