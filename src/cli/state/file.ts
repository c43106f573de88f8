// The declarative file of plan and apply: -f FILE (default regnotify.yaml), or - for standard input.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../../core/errors.js';
import { readStandardInput } from '../../core/stdin.js';
import type { OptionSpec } from '../define.js';
import type { Context } from '../context.js';

export const DEFAULT_FILE = 'regnotify.yaml';

export const FILE_OPTION = {
  short: 'f',
  value: 'file',
  description: `the declarative file (default: ${DEFAULT_FILE}; - reads standard input); regnotify schema prints its format`,
} as const satisfies OptionSpec;

export async function readStateFile(context: Context, file: string | undefined): Promise<{ text: string; name: string }> {
  const name = file ?? DEFAULT_FILE;
  if (name === '-') {
    return { text: await readStandardInput(context.io.in), name: '<stdin>' };
  }
  try {
    return { text: await readFile(name, 'utf8'), name };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${name} (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, {
      hint: file ? undefined : `write one (regnotify export -f ${DEFAULT_FILE} gives a start), or name it with -f FILE`,
    });
  }
}
