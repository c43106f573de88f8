// plan = read the file, check everything, read the live state (GETs only) and compare.
import type { Env } from '../core/io.js';
import { alaudaUnits, desiredAlauda } from './alauda.js';
import { codeartsUnits, desiredCodearts, inFileOrder } from './codearts.js';
import { loadStateFile, problemsError, withoutEchoes, type Problem } from './load.js';
import type { PlanPart } from './model.js';
import { desiredQuay, quayUnits } from './quay.js';
import type { PlanUnit, Session } from './session.js';

/** Everything the file wants, checked with the catalogs; every problem at once, before any request. */
export async function desiredState(text: string, name: string, env: Env) {
  const file = await loadStateFile(text, name, env);
  const problems: Problem[] = [...file.problems];
  if (!file.data) throw await problemsError(file, problems);
  const desired = {
    quay: desiredQuay(file.data.quay ?? [], problems),
    alauda: desiredAlauda(file.data.alauda ?? [], problems),
    codearts: desiredCodearts(file.data.codearts ?? [], problems),
  };
  if (problems.length) throw await problemsError(file, withoutEchoes(problems));
  return { ...desired, codearts: await inFileOrder(desired.codearts, file) };
}

export type DesiredState = Awaited<ReturnType<typeof desiredState>>;

/** Every unit of the plan (a repository, a subject), in file order. */
export async function planUnits(session: Session, desired: DesiredState, options: { prune: boolean }): Promise<PlanUnit[]> {
  const lists = await Promise.all([
    quayUnits(session, desired.quay, options.prune),
    alaudaUnits(session, desired.alauda, options.prune),
    codeartsUnits(session, desired.codearts),
  ]);
  return lists.flat();
}

/**
 * Plans the units, at most `window` of them started and not yet handed on, and hands each part to `emit` in file order.
 * A part is printed and let go, so a plan of thousands of notifications never holds every server answer and change at
 * once. A unit's promise is made only when the unit starts: promises made for every unit up front live long enough to
 * be tenured, and a tenured promise keeps the part it settles with through every young-generation collection until a
 * full one (the memory stayed as if the whole plan were kept).
 */
export async function streamPlan(units: readonly PlanUnit[], window: number, emit: (part: PlanPart) => void | Promise<void>): Promise<void> {
  const started: Array<Promise<PlanPart>> = [];
  let next = 0;
  while (next < units.length || started.length) {
    while (next < units.length && started.length < window) started.push(units[next++].plan());
    await emit(await started.shift()!);
  }
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  reset: number;
  delete: number;
  unchanged: number;
  unmanaged: number;
  errors: number;
}

export function emptySummary(): PlanSummary {
  return { create: 0, update: 0, replace: 0, reset: 0, delete: 0, unchanged: 0, unmanaged: 0, errors: 0 };
}

/** Adds a part to a running summary (a streamed plan keeps counts, not changes). */
export function addToSummary(summary: PlanSummary, part: PlanPart): void {
  for (const change of part.changes) summary[change.action]++;
  summary.unchanged += part.unchanged;
  summary.unmanaged += part.unmanaged;
  summary.errors += part.errors.length;
}

/** Changes in a summary: what --detailed-exitcode and apply look at. */
export function changeCount(summary: PlanSummary): number {
  return summary.create + summary.update + summary.replace + summary.reset + summary.delete;
}
