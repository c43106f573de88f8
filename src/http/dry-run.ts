// --dry-run at the HTTP layer: a write (any method but GET and HEAD) is written down instead of sent, and the
// command stops there. Reads still go out, so a PUT that merges with a GET shows the merged body it would send.

import type { HttpMethod } from './transport.js';

/** A request as a dry run shows it: the full URL and the body with its secrets masked; no headers (they carry the credentials). */
export interface PlannedRequest {
  method: HttpMethod;
  url: string;
  body?: unknown;
}

/**
 * Thrown where the first write would have been sent. Not a RegnotifyError, so no platform client's error
 * mapping catches it; the dry run around the command (src/cli/dry-run.ts, runDryRun) does, and prints the plan.
 */
export class DryRunStop extends Error {
  constructor() {
    super('dry run: stopped before the first write');
    this.name = 'DryRunStop';
  }
}

export function isWrite(method: HttpMethod): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** The writes a dry run held back, in the order the command would have sent them. */
export class WritePlan {
  readonly requests: PlannedRequest[] = [];

  /** Every write command sends one write, and what it sends later depends on the answer: stop at the first. */
  hold(request: PlannedRequest): never {
    this.requests.push(request);
    throw new DryRunStop();
  }
}
