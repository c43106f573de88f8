// After prompting, show the non-interactive command that does the same, ready for a script.
import { isSecretKey, MASK } from '../core/redact.js';

/** POSIX shell quoting: bare when safe, single quotes otherwise. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export type CommandPart = string | [flag: string, value: string | undefined];

/** `regnotify hook create --name ci …`; a `key=value` whose key looks secret is shown as key=***. */
export function formatCommandLine(parts: CommandPart[]): string {
  const words: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      words.push(shellQuote(part));
      continue;
    }
    const [flag, value] = part;
    if (value === undefined) continue;
    const separator = value.indexOf('=');
    const key = separator > 0 ? value.slice(0, separator) : '';
    const shown = key && isSecretKey(key) ? `${key}=${MASK}` : value;
    words.push(flag, shellQuote(shown));
  }
  return words.join(' ');
}

/** Flags that change how a run goes rather than what it sends; the line keeps them, so it does what the run did. */
export interface RunFlags {
  ifNotExists?: boolean;
  dryRun?: boolean;
}

export function runFlagParts(flags: RunFlags): CommandPart[] {
  return [flags.ifNotExists && '--if-not-exists', flags.dryRun && '--dry-run'].filter((flag): flag is string => Boolean(flag));
}
