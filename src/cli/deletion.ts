// The one flow of every delete verb (repo delete, notification delete, hook delete, profile remove): --if-exists,
// the confirmation, and the result object, so that deleting what is absent means the same in every group:
// exit 3 without --if-exists; with it exit 0, a notice on stderr and {"action": "none", "reason": "absent", ...}.
import { NotFoundError } from '../core/errors.js';
import type { Context } from './context.js';
import type { OptionSpecs } from './define.js';

export const IF_EXISTS_OPTION = {
  ifExists: { description: 'succeed with a notice when it does not exist (otherwise exit 3); nothing is asked then' },
} as const satisfies OptionSpecs;

export interface Deletion {
  /** What goes, in messages: "repository acme/app". */
  what: string;
  /** Where it is, for the result objects: `{repository: "acme/app", uuid: "..."}`. */
  fields: Record<string, unknown>;
  /** The confirmation (see Context.confirm). */
  question: string;
  refusal: string;
  typed?: string;
  /** The result's action and the word of the notices: "deleted" (default) or "removed". */
  verb?: 'deleted' | 'removed';
  /** The ✓ line once it is gone: "Deleted repository acme/app". */
  done: string;
  /** A read that says whether it is there. */
  exists(): Promise<boolean>;
  /**
   * How an absent object is told without --if-exists (with it, it is always read before asking):
   * 'told by the delete' (default): the platform's delete answers not found;
   * 'read first': a read that sends nothing (a stored profile), before asking;
   * 'read after confirming': the delete succeeds for an absent object too, so it is read, after the confirmation
   * so that a refused one sends nothing.
   */
  absence?: 'told by the delete' | 'read first' | 'read after confirming';
  /** The error of exit 3 when the read finds nothing (default: "<what> not found"). */
  notFound?: { message: string; hint?: string };
  remove(): Promise<void>;
}

export async function runDeletion(context: Context, deletion: Deletion, ifExists: boolean): Promise<void> {
  const verb = deletion.verb ?? 'deleted';
  const confirmation = { typed: deletion.typed, nothing: `Nothing ${verb}.` };
  const absent = async (): Promise<void> => {
    if (!ifExists) {
      const { message, hint } = deletion.notFound ?? { message: `${deletion.what} not found` };
      throw new NotFoundError(message, { hint });
    }
    context.output.notice(`${deletion.what} does not exist; nothing ${verb}`);
    await context.output.result({ action: 'none', reason: 'absent', ...deletion.fields });
  };
  const absence = deletion.absence ?? 'told by the delete';
  // With --if-exists an absent object needs no confirmation at all.
  if ((ifExists || absence === 'read first') && !(await deletion.exists())) return absent();
  await context.confirm(deletion.question, deletion.refusal, confirmation);
  if (!ifExists && absence === 'read after confirming' && !(await deletion.exists())) return absent();
  try {
    await deletion.remove();
  } catch (error) {
    // Gone between the read and the delete (or the delete is what tells): absent all the same.
    if (ifExists && error instanceof NotFoundError) return absent();
    throw error;
  }
  context.output.success(deletion.done);
  await context.output.result({ action: verb, ...deletion.fields });
}
