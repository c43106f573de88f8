// Node built-ins that most runs never use, loaded on first use. A command that reads one object needs neither zlib
// (only compressed answers do) nor crypto (only writes of the profile file, signatures and lock owners do); loading
// them up front costs several milliseconds of every start-up on Node 26, where each pulls in dozens of internal modules.
import { createRequire } from 'node:module';

// getBuiltinModule (Node 20.16 and later) needs no module URL: the bundle is CommonJS, where import.meta is empty.
const require = process.getBuiltinModule ?? createRequire(import.meta.url);

export const zlib = (): typeof import('node:zlib') => require('node:zlib');
export const crypto = (): typeof import('node:crypto') => require('node:crypto');
