// The settings of one run, from the global flags and the environment (flag beats environment).
import { UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/output.js';
import { describeChoice } from '../core/suggest.js';
import type { GlobalOptionValues } from './global-options.js';

/** Global flags as commander parses them (strings until checked here), typed from their one declaration. */
export type GlobalFlags = GlobalOptionValues;

export interface Settings {
  format: OutputFormat;
  /** -o, --json or REGNOTIFY_OUTPUT named the format (table is also the default). */
  formatGiven: boolean;
  quiet: boolean;
  color: boolean;
  noInput: boolean;
  yes: boolean;
  verbose: boolean;
  timeoutMs: number;
  retries: number;
  showSecrets: boolean;
}

/** Flags that ask for two different outputs are refused rather than one silently picked. */
function refuseConflicts(flags: GlobalFlags): void {
  if (flags.json && flags.output !== undefined && flags.output !== 'json') {
    throw new UsageError(`--json and --output ${flags.output} cannot be used together (pick one format)`);
  }
  const structured = flags.json ? '--json' : flags.output === 'json' || flags.output === 'yaml' ? `--output ${flags.output}` : undefined;
  if (flags.quiet && structured) throw new UsageError(`-q and ${structured} cannot be used together (-q prints only identifiers)`);
  if (flags.quiet && flags.query !== undefined) throw new UsageError('-q and --query cannot be used together (use --query alone to pick the values)');
}

export function resolveSettings(flags: GlobalFlags, env: Env): Settings {
  refuseConflicts(flags);
  const format = flags.json ? 'json' : (flags.output ?? (env.REGNOTIFY_OUTPUT || 'table'));
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    const source = flags.output ? '--output' : 'REGNOTIFY_OUTPUT';
    throw new UsageError(`${source}: ${describeChoice('output format', format, OUTPUT_FORMATS)}`);
  }
  return {
    format: format as OutputFormat,
    formatGiven: Boolean(flags.json || flags.output || env.REGNOTIFY_OUTPUT),
    quiet: Boolean(flags.quiet),
    color: flags.color !== false,
    noInput: flags.input === false,
    yes: Boolean(flags.yes),
    verbose: Boolean(flags.verbose) || ['1', 'true', 'api'].includes(env.REGNOTIFY_DEBUG ?? ''),
    timeoutMs: parseTimeout(flags.timeout),
    retries: parseRetries(flags.retries),
    showSecrets: Boolean(flags.showSecrets),
  };
}

/**
 * The shortest --timeout, in seconds. A request needs a connection, often a TLS handshake, and an answer;
 * below a tenth of a second every request would time out and be retried for nothing.
 */
export const MIN_TIMEOUT_SECONDS = 0.1;

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 30_000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`--timeout: invalid value "${text}" (allowed: seconds, a number greater than 0 and at most 3600)`);
  }
  if (seconds < MIN_TIMEOUT_SECONDS) {
    throw new UsageError(`--timeout: invalid value "${text}" (allowed: at least ${MIN_TIMEOUT_SECONDS} seconds, at most 3600)`);
  }
  return Math.round(seconds * 1000);
}

function parseRetries(text: string | undefined): number {
  if (text === undefined) return 3;
  if (!/^\d+$/.test(text) || Number(text) > 10) {
    throw new UsageError(`--retries: invalid value "${text}" (allowed: a whole number from 0 to 10)`);
  }
  return Number(text);
}
