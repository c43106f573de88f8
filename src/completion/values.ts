// Values a shell offers for an option or argument, attached to the option or argument itself when the command
// is declared (a renamed command keeps its values); commander's choices cover the rest.
import type { Argument, Option } from 'commander';

export interface CompletionValue {
  name: string;
  description?: string;
}

/** A fixed list, or the stored profile names, read when the shell asks (`regnotify profile list -q`). */
export type ValueSource = { kind: 'list'; values: CompletionValue[] } | { kind: 'profiles' };

const sources = new WeakMap<Option | Argument, () => ValueSource>();

export function setCompletion(target: Option | Argument, source: () => ValueSource): void {
  sources.set(target, source);
}

/** The values attached to an option or argument, then its commander choices. */
export function completionOf(target: Option | Argument): ValueSource | undefined {
  const source = sources.get(target);
  if (source) return source();
  return target.argChoices?.length ? { kind: 'list', values: target.argChoices.map((name) => ({ name })) } : undefined;
}

/** Catalog entries as completion values, descriptions kept. */
export function described(entries: readonly CompletionValue[]): ValueSource {
  return { kind: 'list', values: entries.map(({ name, description }) => ({ name, ...(description !== undefined && { description }) })) };
}

export const PROFILE_NAMES = (): ValueSource => ({ kind: 'profiles' });

/** Attaches completion values to a commander option or argument built by hand; returns it for chaining. */
export function withCompletion<T extends Option | Argument>(target: T, source: () => ValueSource): T {
  setCompletion(target, source);
  return target;
}
