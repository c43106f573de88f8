// plan = read the file, check everything, read the live state (GETs only) and compare.
import type { Env } from '../core/io.js';
import { desiredAlauda, planAlauda } from './alauda.js';
import { desiredCodearts, planCodearts } from './codearts.js';
import { loadStateFile, problemsError, type Problem } from './load.js';
import { mergeParts, type PlanPart } from './model.js';
import { desiredQuay, planQuay } from './quay.js';
import type { AlaudaTarget, CodeartsTarget, QuayTarget } from './schema.js';
import type { Session } from './session.js';

export type Plan = PlanPart;

/** Everything the file wants, checked with the catalogs; every problem at once, before any request. */
export function desiredState(text: string, name: string, env: Env) {
  const file = loadStateFile(text, name, env);
  const problems: Problem[] = [...file.problems];
  if (!file.data) throw problemsError(file, problems);
  const desired = {
    quay: desiredQuay((file.data.quay ?? []) as QuayTarget[], problems),
    alauda: desiredAlauda((file.data.alauda ?? []) as AlaudaTarget[], problems),
    codearts: desiredCodearts((file.data.codearts ?? []) as CodeartsTarget[], problems),
  };
  if (problems.length) throw problemsError(file, problems);
  return desired;
}

export type DesiredState = ReturnType<typeof desiredState>;

export async function buildPlan(session: Session, desired: DesiredState, options: { prune: boolean }): Promise<Plan> {
  const parts = await Promise.all([
    planQuay(session, desired.quay, options.prune),
    planAlauda(session, desired.alauda, options.prune),
    planCodearts(session, desired.codearts),
  ]);
  return mergeParts(parts);
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

export function summarize(plan: Plan): PlanSummary {
  const count = (action: string) => plan.changes.filter((change) => change.action === action).length;
  return {
    create: count('create'),
    update: count('update'),
    replace: count('replace'),
    reset: count('reset'),
    delete: count('delete'),
    unchanged: plan.unchanged,
    unmanaged: plan.unmanaged,
    errors: plan.errors.length,
  };
}
