import type { Readable } from 'node:stream';
import { UsageError } from './errors.js';

/** Everything piped on stdin, as UTF-8 text. */
export async function readStandardInputBytes(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function readStandardInput(input: Readable): Promise<string> {
  return (await readStandardInputBytes(input)).toString('utf8');
}

/** Reads a secret piped on stdin (`--token-stdin`); one trailing newline is not part of it. */
export async function readSecretFromStdin(input: Readable, flag: string): Promise<string> {
  const value = (await readStandardInput(input)).replace(/\r?\n$/, '');
  if (!value.trim()) throw new UsageError(`${flag}: nothing was read from standard input`, { hint: `pipe it in, e.g. ${flag} < token.txt` });
  if (value.includes('\n')) throw new UsageError(`${flag}: standard input holds more than one line`);
  // A NUL would cut the secret short in C code along the way, CR or ESC would end up in a header or on a
  // terminal: no token, key or password holds one, so it is a wrong file or a paste accident.
  const control = /[\x00-\x1f\x7f]/.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0);
    const what = code === 0 ? 'a NUL byte' : `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    throw new UsageError(`${flag}: standard input holds ${what} at position ${control.index + 1}, which no credential contains`);
  }
  return value;
}
