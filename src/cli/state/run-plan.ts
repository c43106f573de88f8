// The body of plan and apply, loaded only when one of them runs (yaml, zod and the catalogs stay off start-up).
import { setFlagsFromString } from 'node:v8';
import { ApiError } from '../../core/errors.js';
import type { Change, PlanPart, TargetError } from '../../declarative/model.js';
import { addToSummary, desiredState, emptySummary, planUnits, streamPlan, type DesiredState, type PlanSummary } from '../../declarative/plan.js';
import { changeLabel, changesText, planEndText, planJson } from '../../declarative/render.js';
import type { Context } from '../context.js';
import { readStateFile } from './file.js';
import { contextSession } from './session.js';

/** What a run keeps of a plan once it is printed. */
export interface ShownPlan {
  summary: PlanSummary;
  errors: TargetError[];
  /** Only when asked for (apply makes them); a plan that is only shown keeps none. */
  changes: Change[];
}

/** Text is written in pieces of about this size: few writes, and never the whole plan in memory. */
const TEXT_PIECE = 64 * 1024;

/**
 * A plan holds the whole file while thousands of short-lived responses pass through it, so objects keep surviving
 * V8's young-generation collections, and V8 answers each time by doubling the young generation: for 5,000
 * notifications ~20 MB of live data grew the process by ~40 MB (Node 20), with no gain in speed (measured). A growth
 * factor of 1 keeps it at its starting size. V8 reads this flag whenever it would grow the space, so setting it now,
 * before the file is read, takes effect (a factor of 0 is not valid: it crashes Node 20).
 *
 * Returns what puts V8's default (2) back once the plan is made. V8 stamps a code cache with the flags in force when
 * it is made, and takes a cache only under the same flags: the launcher (bin/regnotify.js) makes one as the run
 * exits, and one made under the changed flag was refused by every next run (which compiled the bundle again, then
 * wrote the cache again as it exited).
 */
function keepYoungGenerationSmall(): () => void {
  setFlagsFromString('--semi-space-growth-factor=1');
  const restoreMaglev = withoutMaglev();
  return () => {
    restoreMaglev();
    setFlagsFromString('--semi-space-growth-factor=2');
  };
}

/**
 * Node 22 and later optimise with Maglev, whose compile jobs on background threads leave their memory in those
 * threads' malloc arenas: for 5,000 notifications the plan peaked at ~99 MB on Node 26, ~92 MB without Maglev, with
 * the same CPU time and apply's wall time unchanged (measured); TurboFan still optimises what stays hot. Node 20 does
 * not use Maglev (its flag is off there, and must stay off for the code cache, see above).
 */
function withoutMaglev(): () => void {
  if (Number(process.versions.node.split('.')[0]) < 22) return () => {};
  setFlagsFromString('--no-maglev');
  return () => setFlagsFromString('--maglev');
}

/** Reads and checks the file (exit 2 with every problem, nothing sent); the text is let go once it is checked. */
async function desiredFromFile(context: Context, file: string | undefined): Promise<DesiredState> {
  const { text, name } = await readStateFile(context, file);
  return desiredState(text, name, context.env);
}

export interface ShowPlanOptions {
  prune?: boolean;
  concurrency?: number;
  keepChanges?: boolean;
  /** Hands over each unit's changes as soon as the unit is planned, in file order (apply --yes starts them). */
  onChanges?: (changes: readonly Change[]) => void;
}

/**
 * Reads the live state (GETs only), compares and prints the plan as it is made, in file order: text a piece at a
 * time, json and yaml as one document at the end. Warnings go to stderr as they are found.
 */
export async function showPlanFromFile(context: Context, file: string | undefined, options: ShowPlanOptions): Promise<ShownPlan> {
  const restoreYoungGeneration = keepYoungGenerationSmall();
  try {
    return await readComparePrint(context, file, options);
  } finally {
    restoreYoungGeneration();
  }
}

async function readComparePrint(context: Context, file: string | undefined, options: ShowPlanOptions): Promise<ShownPlan> {
  const desired = await desiredFromFile(context, file);
  const concurrency = options.concurrency ?? 8;
  const units = await planUnits(contextSession(context, concurrency), desired, { prune: Boolean(options.prune) });
  // --query applies to the plan document ({changes, summary}), as -o json prints it; -q prints each change's label
  // (`create quay acme/app: Title`), one a line, as the identifiers of the plan.
  const asText = !context.output.printsData && !context.output.quiet;
  const summary = emptySummary();
  // json and yaml print one document, so they keep the whole plan; text keeps only what apply needs. The counts are
  // in the summary.
  const kept: Pick<PlanPart, 'changes' | 'warnings' | 'errors'> = { changes: [], warnings: [], errors: [] };
  let text = '';
  // Twice the requests in flight: a unit between its requests never leaves the server idle.
  await streamPlan(units, concurrency * 2, async (part) => {
    for (const warning of part.warnings) context.output.warn(warning);
    addToSummary(summary, part);
    options.onChanges?.(part.changes);
    kept.errors.push(...part.errors);
    if (!asText || options.keepChanges) kept.changes.push(...part.changes);
    if (!asText) {
      kept.warnings.push(...part.warnings);
      return;
    }
    text += changesText(part.changes);
    if (text.length < TEXT_PIECE) return;
    const piece = text;
    text = '';
    await context.output.text(piece);
  });
  if (asText) await context.output.text(text + planEndText(summary));
  else if (context.output.quiet) await context.output.text(kept.changes.map((change) => `${changeLabel(change)}\n`).join(''));
  else await context.output.object(planJson(kept, summary), { fields: [], id: () => '' });
  return { summary, errors: kept.errors, changes: kept.changes };
}

/** `1 target` or `3 targets` could not be read. */
export function unreadTargets(errors: readonly TargetError[]): string {
  return errors.length === 1 ? '1 target' : `${errors.length} targets`;
}

/** `alauda image_repo alaudauser/nginx (profile cn): message`: with the profile, as two targets may name one subject. */
export function targetErrorLine(error: TargetError): string {
  return `${error.platform} ${error.target}${error.profile ? ` (profile ${error.profile})` : ''}: ${error.message}`;
}

export function targetErrors(plan: Pick<ShownPlan, 'errors'>): ApiError {
  return new ApiError(`${unreadTargets(plan.errors)} could not be read; the rest of the plan is above`, { details: plan.errors.map(targetErrorLine) });
}
