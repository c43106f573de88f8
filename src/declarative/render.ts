// How a plan reads: one block per change with a field-level diff (secrets as ***), then a summary line.
import { escapeLine } from '../core/terminal-text.js';
import { leaves, type Change, type PlanPart } from './model.js';
import type { PlanSummary } from './plan.js';
import { changeCount } from './plan.js';

const SIGNS = { create: '+', update: '~', replace: '-/+', reset: '↺', delete: '-' } as const;

function text(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
}

/** `  ~ url: "https://a" → "https://b"` for each field that differs (all fields for a create or delete). */
function fieldDiff(change: Pick<Change, 'before' | 'after'>): string[] {
  const lines: string[] = [];
  if (!change.before || !change.after) {
    const sign = change.before ? '-' : '+';
    for (const [path, value] of leaves(change.before ?? change.after)) lines.push(`    ${sign} ${path}: ${text(value)}`);
    return lines;
  }
  const after = leaves(change.after);
  for (const [path, old] of leaves(change.before)) {
    const was = text(old);
    const now = after.get(path);
    const is = text(now);
    after.delete(path);
    if (was !== is) lines.push(`    ~ ${path}: ${old === undefined ? '(none)' : was} → ${now === undefined ? '(none)' : is}`);
  }
  const none = text(undefined);
  for (const [path, now] of after) {
    const is = text(now);
    if (is !== none) lines.push(`    ~ ${path}: (none) → ${now === undefined ? '(none)' : is}`);
  }
  return lines;
}

/** A change's first line: `-/+ replace quay acme/app: Deploy on push (profile prod)`; apply reports each change with it. */
export function changeHead(change: Pick<Change, 'action' | 'platform' | 'target' | 'profile'>): string {
  return `${SIGNS[change.action]} ${changeLabel(change)}`;
}

/** `replace quay acme/app: Deploy on push (profile prod)`: what -q prints of a plan, a change a line. */
export function changeLabel(change: Pick<Change, 'action' | 'platform' | 'target' | 'profile'>): string {
  // One line per change, whatever the server's titles hold (a title may have a newline).
  return `${change.action} ${change.platform} ${escapeLine(change.target)}${change.profile ? ` (profile ${change.profile})` : ''}`;
}

function changeLines(change: Change): string[] {
  return [changeHead(change), ...fieldDiff(change), ...change.notes.map((note) => `    note: ${note}`)];
}

export function summaryLine(summary: PlanSummary): string {
  const parts = [`${summary.create} to create`, `${summary.update} to update`, `${summary.replace} to replace`, `${summary.reset} to reset`, `${summary.delete} to delete`];
  const extra = [`${summary.unchanged} unchanged`, `${summary.unmanaged} unmanaged`, ...(summary.errors ? [`${summary.errors} with errors`] : [])];
  return `Plan: ${parts.join(', ')}; ${extra.join(', ')}.`;
}

/** The changes of a part of the plan, each a block followed by a blank line. */
export function changesText(changes: readonly Change[]): string {
  let text = '';
  for (const change of changes) text += `${changeLines(change).join('\n')}\n\n`;
  return text;
}

/** What ends the plan's text: the summary, after a sentence when nothing is to change. */
export function planEndText(summary: PlanSummary): string {
  // A target that could not be read may differ: only the ones read are known to match.
  const nothing = summary.errors ? 'No changes in the targets that could be read.\n\n' : 'No changes: the servers match the file.\n\n';
  return `${changeCount(summary) ? '' : nothing}${summaryLine(summary)}\n`;
}

/** The JSON form: `{changes: [{action, platform, profile, target, before, after}], summary}`. */
export function planJson(plan: Pick<PlanPart, 'changes' | 'warnings' | 'errors'>, summary: PlanSummary) {
  return {
    changes: plan.changes.map(({ action, platform, profile, target, before, after, notes }) => ({ action, platform, profile, target, before, after, ...(notes.length && { notes }) })),
    summary,
    warnings: plan.warnings,
    errors: plan.errors,
  };
}
