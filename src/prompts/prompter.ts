// Prompts behind a small interface: inquirer loads only when a question is really asked.
import { InterruptedError } from '../core/errors.js';
import type { IOStreams } from '../core/io.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
  input(message: string, options?: { defaultValue?: string; validate?: (value: string) => true | string }): Promise<string>;
  secret(message: string, options?: { validate?: (value: string) => true | string }): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  /** Several of the choices; `validate` sees the ticked values. */
  checkbox<T>(message: string, choices: Choice<T>[], validate?: (values: T[]) => true | string): Promise<T[]>;
}

type Question = Record<string, unknown>;

export function createPrompter(io: IOStreams): Prompter {
  async function ask<T>(question: Question): Promise<T> {
    const { default: inquirer } = await import('inquirer');
    // Questions go to stderr so stdout stays data only.
    const prompt = inquirer.createPromptModule({ input: io.in as NodeJS.ReadStream, output: io.err as NodeJS.WriteStream });
    try {
      const answers = await prompt([{ ...question, name: 'value' } as never]);
      return (answers as { value: T }).value;
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError();
      throw error;
    }
  }
  return {
    confirm: (message, defaultValue = false) => ask<boolean>({ type: 'confirm', message, default: defaultValue }),
    input: (message, options = {}) => ask<string>({ type: 'input', message, default: options.defaultValue, validate: options.validate }),
    secret: (message, options = {}) => ask<string>({ type: 'password', message, mask: '*', validate: options.validate }),
    select: (message, choices, defaultValue) => ask({ type: 'select', message, choices, default: defaultValue }),
    checkbox: <T>(message: string, choices: Choice<T>[], validate?: (values: T[]) => true | string) =>
      ask<T[]>({
        type: 'checkbox',
        message,
        choices,
        // inquirer hands checkbox validators the ticked choices, not their values.
        ...(validate && { validate: (ticked: Array<{ value: T }>) => validate(ticked.map((choice) => choice.value)) }),
      }),
  };
}
