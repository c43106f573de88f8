// What a plan is made of: changes to make (each knows how to make itself), and what was seen on the way.
import type { Platform } from '../platforms/index.js';

export type Action = 'create' | 'update' | 'replace' | 'reset' | 'delete';

export interface Change {
  action: Action;
  platform: Platform;
  /** The profile the target resolved to (null: flags or environment only). */
  profile: string | null;
  /** What the change is about, e.g. `acme/app: Deploy on push`. */
  target: string;
  /** As the server has it / as it will be; secrets masked. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Things the plan cannot promise, e.g. a secret the platform never returns. */
  notes: string[];
  /** Origin of the server: concurrency is counted per server. */
  server: string;
  /** Makes the change; not part of the printed plan. */
  run: () => Promise<void>;
}

export interface TargetError {
  platform: Platform;
  profile: string | null;
  target: string;
  message: string;
}

export interface PlanPart {
  changes: Change[];
  /** Objects on the server the file does not name (left alone without --prune). */
  unmanaged: number;
  unchanged: number;
  warnings: string[];
  errors: TargetError[];
}

export function emptyPart(): PlanPart {
  return { changes: [], unmanaged: 0, unchanged: 0, warnings: [], errors: [] };
}

export function mergeParts(parts: readonly PlanPart[]): PlanPart {
  return {
    changes: parts.flatMap((part) => part.changes),
    unmanaged: parts.reduce((sum, part) => sum + part.unmanaged, 0),
    unchanged: parts.reduce((sum, part) => sum + part.unchanged, 0),
    warnings: parts.flatMap((part) => part.warnings),
    errors: parts.flatMap((part) => part.errors),
  };
}

/** What the server holds and the file does not name: counted as unmanaged without --prune, a delete each with it. */
export function addLeftovers<T>(part: PlanPart, leftovers: readonly T[], prune: boolean, deletion: (item: T) => Change): void {
  if (!prune) part.unmanaged += leftovers.length;
  else for (const item of leftovers) part.changes.push(deletion(item));
}

/** Deep equality of JSON values, key order ignored (without sorting or copying keys: plans compare thousands). */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && left.length === right.length && left.every((item, index) => sameJson(item, right[index]));
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const leftObject = left as Record<string, unknown>;
    const rightObject = right as Record<string, unknown>;
    let keys = 0;
    for (const key in leftObject) {
      if (!Object.hasOwn(leftObject, key)) continue;
      if (!Object.hasOwn(rightObject, key) || !sameJson(leftObject[key], rightObject[key])) return false;
      keys++;
    }
    for (const key in rightObject) if (Object.hasOwn(rightObject, key)) keys--;
    return keys === 0;
  }
  return false;
}

/** The leaves of a value by dotted path, in order (one map for the whole value: plans render thousands). */
export function leaves(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key in value) if (Object.hasOwn(value, key)) leaves((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, value);
  }
  return into;
}

/**
 * A note naming the secrets that differ between `before` and `after`: masked, they read *** on both sides of the diff,
 * and a change whose only difference is a secret would show nothing at all.
 */
export function changedSecretsNote<T extends Record<string, unknown>>(before: T, after: T, masked: (value: T) => T): string[] {
  const [was, is, wasShown, isShown] = [before, after, masked(before), masked(after)].map((value) => leaves(value));
  const changed = [...is].filter(([path, value]) => isShown.get(path) !== value && was.get(path) !== value && wasShown.get(path) === isShown.get(path)).map(([path]) => path);
  return changed.length ? [`${changed.join(', ')} change${changed.length === 1 ? 's' : ''} (secrets are not shown)`] : [];
}
