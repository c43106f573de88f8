// The body of apply: the plan, a confirmation, then every change with bounded concurrency per server.
import { ApiError, RegnotifyError } from '../../core/errors.js';
import type { Change } from '../../declarative/model.js';
import { changeHead, summaryLine } from '../../declarative/render.js';
import { messageOf } from '../../declarative/session.js';
import type { Context } from '../context.js';
import { showPlanFromFile, targetErrors } from './run-plan.js';

export async function runApply(context: Context, options: { file?: string; prune?: boolean; concurrency: number }): Promise<void> {
  const plan = await showPlanFromFile(context, options.file, { ...options, keepChanges: true });
  if (!plan.changes.length) {
    if (plan.errors.length) throw targetErrors(plan);
    context.output.notice('Nothing to do.');
    return;
  }
  await context.confirm(`Apply these ${plan.changes.length} changes?`, 'apply', { nothing: 'Nothing changed.' });
  const failures: Array<{ change: Change; error: unknown }> = [];
  let done = 0;
  const report = context.output.stepLines();
  try {
    await Promise.all(
      plan.changes.map(async (change) => {
        try {
          await change.run();
          done++;
          report.success(`${changeHead(change)} (${done + failures.length}/${plan.changes.length})`);
        } catch (error) {
          if (error instanceof RegnotifyError && error.exitCode === 130) throw error;
          failures.push({ change, error });
          report.warn(`${changeHead(change)} failed: ${messageOf(error)}`);
        }
      }),
    );
  } finally {
    report.end();
  }
  context.output.notice(`Applied ${done} of ${plan.changes.length} changes. ${summaryLine(plan.summary).replace(/^Plan: /, 'Plan was: ')}`);
  if (failures.length || plan.errors.length) {
    throw new ApiError(`${failures.length} of ${plan.changes.length} changes failed${plan.errors.length ? `, ${plan.errors.length} targets could not be read` : ''}`, {
      details: [
        ...failures.map(({ change, error }) => `${change.action} ${change.platform} ${change.target}: ${messageOf(error)}`),
        ...plan.errors.map((error) => `${error.platform} ${error.target}: ${error.message}`),
      ],
      hint: 'fix the cause and run apply again: what was applied is not repeated',
    });
  }
}
