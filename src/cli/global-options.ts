import type { Command } from 'commander';
import { PROFILE_NAMES } from '../completion/values.js';
import { OUTPUT_FORMATS } from '../core/output.js';
import { addOptions, type OptionsOf, type OptionSpecs } from './define.js';

/** The options every command accepts (docs/design.md); commander recognises them before or after the verb. */
export const GLOBAL_OPTIONS = {
  profile: { value: 'name', description: "profile to use (env: REGNOTIFY_PROFILE; default: the platform's default profile)", complete: PROFILE_NAMES },
  server: { value: 'url', description: 'API base URL, e.g. https://quay.io (env: REGNOTIFY_SERVER)' },
  output: { short: 'o', value: 'format', description: 'output format (env: REGNOTIFY_OUTPUT; default: table)', choices: OUTPUT_FORMATS, strict: true },
  json: { description: 'same as --output json' },
  query: { value: 'expr', description: 'JMESPath expression applied to the data before it is printed, e.g. "[].uuid"' },
  quiet: { short: 'q', description: 'print only identifiers, one a line' },
  color: { negated: true, description: 'no colour (also NO_COLOR; FORCE_COLOR forces it)' },
  input: { negated: true, description: 'never prompt (also CI, REGNOTIFY_NO_INPUT)' },
  yes: { short: 'y', description: 'confirm destructive actions without asking' },
  verbose: { description: 'trace HTTP requests on stderr, credentials redacted (env: REGNOTIFY_DEBUG=1)' },
  timeout: { value: 'seconds', description: 'per-request timeout in seconds, 0.1 to 3600 (default: 30)' },
  retries: { value: 'n', description: 'retries of idempotent requests on transient failures (default: 3)' },
  caFile: { value: 'pem', description: 'trust this CA certificate too (env: REGNOTIFY_CA_FILE)' },
  insecure: { description: 'skip TLS certificate verification (not recommended)' },
  showSecrets: { description: 'show secrets the platform returns instead of ***' },
} as const satisfies OptionSpecs;

export type GlobalOptionValues = OptionsOf<typeof GLOBAL_OPTIONS>;

export function addGlobalOptions(program: Command): Command {
  return addOptions(program, GLOBAL_OPTIONS);
}
