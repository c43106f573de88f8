// Node built-ins that most runs never use, loaded on first use. A command that reads one object needs no zlib (only
// compressed answers do), no node:http (undici speaks HTTP itself) and no crypto (only writes of the profile file,
// signatures and lock owners do); loading them up front costs milliseconds of every start-up on Node 26, where each
// pulls in dozens of internal modules.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const zlib = (): typeof import('node:zlib') => require('node:zlib');
export const crypto = (): typeof import('node:crypto') => require('node:crypto');
/** node:http (its server, client and agent modules) for STATUS_CODES, which only messages of failed requests need. */
export const http = (): typeof import('node:http') => require('node:http');
