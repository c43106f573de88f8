// --dry-run on every writing verb: the command runs as usual (flags checked, reads sent), its first write is
// held back (src/http/dry-run.ts), and the request it would have sent is printed as the command's output.
import type { ObjectSpec } from '../core/output.js';
import { DryRunStop, WritePlan, type PlannedRequest } from '../http/dry-run.js';
import type { Context } from './context.js';
import type { OptionSpec } from './define.js';

export const DRY_RUN_OPTION: OptionSpec = {
  description: 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen',
};

/** What `-o json` and `-o yaml` print: a documented, stable shape. */
export interface DryRunResult {
  dry_run: true;
  requests: PlannedRequest[];
}

const PLAN_SPEC: ObjectSpec<DryRunResult> = {
  fields: [],
  // -q: one `METHOD URL` line a request.
  id: (plan) => plan.requests.map((request) => `${request.method} ${request.url}`).join('\n'),
};

/** `POST https://…/path`, then the JSON body when there is one; requests apart by a blank line. */
function planText(requests: readonly PlannedRequest[]): string {
  return requests
    .map((request) => `${request.method} ${request.url}\n${request.body === undefined ? '' : `${JSON.stringify(request.body, null, 2)}\n`}`)
    .join('\n');
}

async function printPlan(context: Context, requests: PlannedRequest[]): Promise<void> {
  const { output } = context;
  if (output.printsData || (context.settings.quiet && requests.length)) await output.object<DryRunResult>({ dry_run: true, requests }, PLAN_SPEC);
  else if (!context.settings.quiet) await output.text(planText(requests));
  output.notice(requests.length ? 'Dry run: nothing was changed.' : 'Dry run: there is nothing to change.');
}

/** Runs the command with its writes held back and prints them in place of the command's own output. */
export async function runDryRun(context: Context, run: () => Promise<void>): Promise<void> {
  const plan = new WritePlan();
  context.dryRun = plan;
  context.output.options.discardData = true;
  try {
    await run();
  } catch (error) {
    if (!(error instanceof DryRunStop)) throw error;
  }
  context.output.options.discardData = false;
  await printPlan(context, plan.requests);
}
