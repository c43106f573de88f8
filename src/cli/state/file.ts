// The declarative file of plan and apply: -f FILE (default regnotify.yaml), or - for standard input.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../../core/errors.js';
import { readStandardInputBytes } from '../../core/stdin.js';
import type { OptionSpec } from '../define.js';
import type { Context } from '../context.js';

export const DEFAULT_FILE = 'regnotify.yaml';

export const FILE_OPTION = {
  short: 'f',
  value: 'file',
  description: `the declarative file (default: ${DEFAULT_FILE}; - reads standard input); regnotify schema prints its format`,
} as const satisfies OptionSpec;

/** The file's text; bytes that are not UTF-8 (a binary file, another encoding) are a problem, not U+FFFD in the text. */
function utf8Text(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name} is not UTF-8 text (YAML files are): is it the right file?`);
  }
}

export async function readStateFile(context: Context, file: string | undefined): Promise<{ text: string; name: string }> {
  const name = file ?? DEFAULT_FILE;
  if (name === '-') {
    return { text: utf8Text(await readStandardInputBytes(context.io.in), '<stdin>'), name: '<stdin>' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${name} (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, {
      hint: file ? undefined : `write one (regnotify export -f ${DEFAULT_FILE} gives a start), or name it with -f FILE`,
    });
  }
  return { text: utf8Text(bytes, name), name };
}
