// The body of apply: the plan, a confirmation, then every change with bounded concurrency per server (with --yes, each
// repository's changes as soon as it is planned).
import { ApiError, RegnotifyError } from '../../core/errors.js';
import type { StepLines } from '../../core/output.js';
import type { Change } from '../../declarative/model.js';
import { changeHead, changeLabel, summaryLine } from '../../declarative/render.js';
import { messageOf } from '../../declarative/session.js';
import type { Context } from '../context.js';
import { showPlanFromFile, targetErrorLine, targetErrors, unreadTargets } from './run-plan.js';

/**
 * Runs changes as they are handed over and reports each as it ends, numbered in the order they end. The lines need
 * the total, which is known once the plan is complete: a change that ends before that has its line held back and
 * written, in the same order and with the same number, by `finish`.
 */
class ChangeRuns {
  readonly failures: Array<{ change: Change; error: unknown }> = [];
  done = 0;
  private readonly runs: Array<Promise<void>> = [];
  private held: Array<(report: StepLines, total: number) => void> = [];
  private report?: StepLines;
  private total = 0;

  start(changes: readonly Change[]): void {
    for (const change of changes) {
      const run = this.run(change);
      // A rejection (an interruption) is handled when `finish` awaits it; until then it must not count as unhandled.
      run.catch(() => {});
      this.runs.push(run);
    }
  }

  private async run(change: Change): Promise<void> {
    try {
      await change.run();
      const number = ++this.done + this.failures.length;
      this.line((report, total) => report.success(`${changeHead(change)} (${number}/${total})`));
    } catch (error) {
      if (error instanceof RegnotifyError && error.exitCode === 130) throw error;
      this.failures.push({ change, error });
      this.line((report) => report.warn(`${changeHead(change)} failed: ${messageOf(error)}`));
    }
  }

  private line(write: (report: StepLines, total: number) => void): void {
    if (this.report) write(this.report, this.total);
    else this.held.push(write);
  }

  /** From now on lines are written as changes end; the held ones first. Waits for every change started. */
  async finish(report: StepLines, total: number): Promise<void> {
    this.report = report;
    this.total = total;
    for (const write of this.held) write(report, total);
    this.held = [];
    await Promise.all(this.runs);
  }
}

export async function runApply(context: Context, options: { file?: string; prune?: boolean; concurrency: number }): Promise<void> {
  const runs = new ChangeRuns();
  // With --yes nobody is asked, so the changes of a repository (or subject) start as soon as it is planned, while the
  // rest of the plan is still being read: the server is kept busy with writes instead of waiting for the last reads,
  // and the first write does not wait for the whole plan. Their lines wait for the end of the plan, so what is
  // printed, and in which order, is the same. Only for the text plan: json and yaml print the plan at the end
  // (through --query, which can still fail there), and nothing may be written before it is out.
  const early = context.settings.yes && !context.output.printsData;
  const plan = await showPlanFromFile(context, options.file, { ...options, keepChanges: true, onChanges: early ? (changes) => runs.start(changes) : undefined });
  if (!plan.changes.length) {
    if (plan.errors.length) throw targetErrors(plan);
    context.output.notice('Nothing to do.');
    return;
  }
  const question = plan.changes.length === 1 ? 'Apply this change?' : `Apply these ${plan.changes.length} changes?`;
  await context.confirm(question, 'apply', { nothing: 'Nothing changed.' });
  if (!early) runs.start(plan.changes);
  const report = await context.stepReport(plan.changes.length, 'Applying changes');
  try {
    await runs.finish(report, plan.changes.length);
  } finally {
    report.end();
  }
  const { done, failures } = runs;
  context.output.notice(`Applied ${done} of ${plan.changes.length} changes. ${summaryLine(plan.summary).replace(/^Plan: /, 'Plan was: ')}`);
  if (failures.length || plan.errors.length) {
    const what = [...(failures.length ? [`${failures.length} of ${plan.changes.length} changes failed`] : []), ...(plan.errors.length ? [`${unreadTargets(plan.errors)} could not be read`] : [])];
    throw new ApiError(what.join(', '), {
      details: [
        ...failures.map(({ change, error }) => `${changeLabel(change)}: ${messageOf(error)}`),
        ...plan.errors.map(targetErrorLine),
      ],
      hint: 'fix the cause and run apply again: what was applied is not repeated',
    });
  }
}
