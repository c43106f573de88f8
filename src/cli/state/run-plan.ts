// The body of plan and apply, loaded only when one of them runs (yaml, zod and the catalogs stay off start-up).
import { ApiError } from '../../core/errors.js';
import { buildPlan, desiredState, type Plan } from '../../declarative/plan.js';
import { planJson, planText } from '../../declarative/render.js';
import type { Context } from '../context.js';
import { readStateFile } from './file.js';
import { contextSession } from './session.js';

/** Reads, checks (exit 2 with every problem) and compares; GETs only. */
export async function planFromFile(context: Context, file: string | undefined, options: { prune?: boolean; concurrency?: number }): Promise<Plan> {
  const { text, name } = await readStateFile(context, file);
  const desired = desiredState(text, name, context.env);
  const plan = await buildPlan(contextSession(context, options.concurrency ?? 8), desired, { prune: Boolean(options.prune) });
  for (const warning of plan.warnings) context.output.warn(warning);
  return plan;
}

export function targetErrors(plan: Plan): ApiError {
  const count = plan.errors.length === 1 ? '1 target' : `${plan.errors.length} targets`;
  return new ApiError(`${count} could not be read; the rest of the plan is above`, {
    details: plan.errors.map((error) => `${error.platform} ${error.target}${error.profile ? ` (profile ${error.profile})` : ''}: ${error.message}`),
  });
}

export async function showPlan(context: Context, plan: Plan): Promise<void> {
  if (context.settings.format === 'table') await context.output.text(planText(plan));
  else await context.output.object(planJson(plan), { fields: [], id: () => '' });
}
