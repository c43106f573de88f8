import type { Readable } from 'node:stream';
import { UsageError } from './errors.js';

/** Reads a secret piped on stdin (`--token-stdin`); one trailing newline is not part of it. */
export async function readSecretFromStdin(input: Readable, flag: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const value = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!value.trim()) throw new UsageError(`${flag}: nothing was read from standard input`, { hint: `pipe it in, e.g. ${flag} < token.txt` });
  if (value.includes('\n')) throw new UsageError(`${flag}: standard input holds more than one line`);
  return value;
}
