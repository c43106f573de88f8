// How a plan reads: one block per change with a field-level diff (secrets as ***), then a summary line.
import type { Change } from './model.js';
import type { Plan, PlanSummary } from './plan.js';
import { summarize } from './plan.js';

const SIGNS = { create: '+', update: '~', replace: '-/+', reset: '↺', delete: '-' } as const;

function text(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
}

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) {
      for (const [path, leaf] of flatten(item, prefix ? `${prefix}.${key}` : key)) fields.set(path, leaf);
    }
  } else if (prefix) {
    fields.set(prefix, value);
  }
  return fields;
}

/** `  ~ url: "https://a" → "https://b"` for each field that differs (all fields for a create or delete). */
export function fieldDiff(change: Pick<Change, 'before' | 'after'>): string[] {
  const before = flatten(change.before ?? {});
  const after = flatten(change.after ?? {});
  const lines: string[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (!change.before) lines.push(`    + ${path}: ${text(now)}`);
    else if (!change.after) lines.push(`    - ${path}: ${text(old)}`);
    else if (text(old) !== text(now)) lines.push(`    ~ ${path}: ${old === undefined ? '(none)' : text(old)} → ${now === undefined ? '(none)' : text(now)}`);
  }
  return lines;
}

/** A change's first line: `-/+ replace quay acme/app: Deploy on push (profile prod)`; apply reports each change with it. */
export function changeHead(change: Pick<Change, 'action' | 'platform' | 'target' | 'profile'>): string {
  return `${SIGNS[change.action]} ${change.action} ${change.platform} ${change.target}${change.profile ? ` (profile ${change.profile})` : ''}`;
}

export function changeLines(change: Change): string[] {
  return [changeHead(change), ...fieldDiff(change), ...change.notes.map((note) => `    note: ${note}`)];
}

export function summaryLine(summary: PlanSummary): string {
  const parts = [`${summary.create} to create`, `${summary.update} to update`, `${summary.replace} to replace`, `${summary.reset} to reset`, `${summary.delete} to delete`];
  const extra = [`${summary.unchanged} unchanged`, `${summary.unmanaged} unmanaged`, ...(summary.errors ? [`${summary.errors} with errors`] : [])];
  return `Plan: ${parts.join(', ')}; ${extra.join(', ')}.`;
}

export function planText(plan: Plan): string {
  const lines = plan.changes.flatMap((change) => [...changeLines(change), '']);
  if (!plan.changes.length) lines.push('No changes: the servers match the file.', '');
  lines.push(summaryLine(summarize(plan)));
  return `${lines.join('\n')}\n`;
}

/** The JSON form: `{changes: [{action, platform, profile, target, before, after}], summary}`. */
export function planJson(plan: Plan) {
  return {
    changes: plan.changes.map(({ action, platform, profile, target, before, after, notes }) => ({ action, platform, profile, target, before, after, ...(notes.length && { notes }) })),
    summary: summarize(plan),
    warnings: plan.warnings,
    errors: plan.errors,
  };
}
