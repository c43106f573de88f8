// A CA file is read where it is used (each connection) and where it is stored (`profile add`, `profile set`),
// so a path that cannot work is refused before it sits in a profile.
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/** The PEM text of the file, or exit 2 naming it: unreadable, or no certificate in it. */
export function readCaFile(path: string): string {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read CA file "${path}" (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`CA file "${path}" holds no PEM certificate`);
  return pem;
}
