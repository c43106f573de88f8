// Quay sends e-mail notifications only to addresses confirmed for the repository (quay/quay
// notifications/notificationmethod.py EmailMethod.validate): POST .../authorizedemail/{email} mails a link, and the
// address counts once the person clicks it. regnotify drives that flow the way Quay's web UI does: send, then poll.
import { setTimeout as sleep } from 'node:timers/promises';
import { RegnotifyError } from '../../core/errors.js';
import type { ObjectSpec } from '../../core/output.js';
import type { QuayClient } from '../../platforms/quay/client.js';
import type { RepositoryRef } from '../../platforms/quay/names.js';
import type { AuthorizedEmail } from '../../platforms/quay/schemas.js';
import type { Context } from '../context.js';

const POLL_INTERVAL_MS = 1000;
export const DEFAULT_WAIT_SECONDS = 600;

export const authorizedEmailSpec: ObjectSpec<AuthorizedEmail> = {
  fields: [
    { header: 'email', value: (value) => value.email },
    { header: 'repository', value: (value) => `${value.namespace}/${value.repository}` },
    { header: 'confirmed', value: (value) => (value.confirmed ? 'yes' : 'no (waiting for the link in the e-mail to be clicked)') },
  ],
  id: (value) => value.email,
};

function commandLine(repository: string, email: string): string {
  return `regnotify notification authorize-email ${repository} ${email} --wait`;
}

/** Polls until Quay says the address is confirmed, or the time is up. */
export async function waitForConfirmation(
  context: Context,
  quay: QuayClient,
  ref: RepositoryRef,
  email: string,
  timeoutSeconds: number,
): Promise<AuthorizedEmail> {
  const repository = `${ref.namespace}/${ref.name}`;
  const deadline = Date.now() + timeoutSeconds * 1000;
  const endWait = context.progress.wait(`Waiting for ${email} to click the link Quay mailed (up to ${timeoutSeconds} s)`);
  try {
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new RegnotifyError(`${email} did not confirm within ${timeoutSeconds} s (the link in Quay's e-mail was not clicked)`, {
          hint: `once it is clicked, check with: ${commandLine(repository, email)}`,
        });
      }
      await sleep(Math.min(POLL_INTERVAL_MS, remaining));
      const record = await quay.authorizedEmails.get(ref, email);
      if (record?.confirmed) return record;
    }
  } finally {
    endWait();
  }
}

/** Sends the confirmation mail (unless the address is confirmed already) and, with `wait`, waits for the click. */
export async function authorizeEmail(
  context: Context,
  quay: QuayClient,
  ref: RepositoryRef,
  email: string,
  options: { wait: boolean; timeoutSeconds: number },
): Promise<AuthorizedEmail> {
  const repository = `${ref.namespace}/${ref.name}`;
  const sent = await quay.authorizedEmails.send(ref, email);
  if (sent.confirmed) {
    context.output.success(`${email} is already authorized for ${repository}`);
    return sent;
  }
  context.output.notice(`Quay mailed a confirmation link to ${email}; the address is authorized for ${repository} once the link is clicked.`);
  if (!options.wait) return sent;
  const confirmed = await waitForConfirmation(context, quay, ref, email, options.timeoutSeconds);
  context.output.success(`${email} is authorized for ${repository}`);
  return confirmed;
}

/**
 * Before an e-mail notification: Quay would refuse an address that is not confirmed for the repository. On a
 * terminal, offer to send the confirmation and wait; otherwise say exactly what to run.
 */
export async function ensureEmailAuthorized(context: Context, quay: QuayClient, ref: RepositoryRef, email: string): Promise<void> {
  const record = await quay.authorizedEmails.get(ref, email);
  if (record?.confirmed) return;
  const repository = `${ref.namespace}/${ref.name}`;
  const why = record ? 'the link Quay mailed has not been clicked yet' : 'Quay has never sent it a confirmation link';
  if (context.canPrompt && !context.settings.yes) {
    const prompter = await context.prompter();
    if (await prompter.confirm(`${email} is not authorized for ${repository} (${why}). Send the confirmation e-mail and wait for the click?`, true)) {
      await authorizeEmail(context, quay, ref, email, { wait: true, timeoutSeconds: DEFAULT_WAIT_SECONDS });
      return;
    }
  }
  throw new RegnotifyError(`${email} is not authorized to receive notifications for ${repository} (${why})`, {
    hint: `run: ${commandLine(repository, email)}`,
  });
}
