import { UsageError } from '../../core/errors.js';
import { findQuayMethod } from '../../platforms/quay/catalog/index.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';
import { authorizedEmailSpec, authorizeEmail, DEFAULT_WAIT_SECONDS } from './email-authorization.js';

function waitSeconds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WAIT_SECONDS;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`invalid --timeout-wait "${text}" (expected whole seconds, 1 or more)`);
  return Number(text);
}

export const authorizeEmailSpec = defineCommand({
  name: 'authorize-email',
  description: 'Let an e-mail address receive the notifications of a repository: Quay mails it a link to click',
  writes: true,
  arguments: [REPOSITORY, { name: 'email', description: 'the address to authorize' }],
  options: {
    wait: { description: 'wait until the link is clicked (a spinner on a terminal)' },
    timeoutWait: { value: 'seconds', description: `with --wait: give up after this many seconds (default ${DEFAULT_WAIT_SECONDS})` },
  },
  examples: [
    'regnotify notification authorize-email acme/app ops@example.com',
    'regnotify notification authorize-email acme/app ops@example.com --wait --timeout-wait 300',
    'regnotify notification authorize-email acme/app ops@example.com --wait && regnotify notification create acme/app --event repo_push --method email --email ops@example.com',
  ],
  async run(context, [repository, email], options) {
    const ref = parseRepositoryRef(repository);
    findQuayMethod('email')!.normalizeConfig({ email });
    if (options.timeoutWait !== undefined && !options.wait) throw new UsageError('--timeout-wait needs --wait');
    const timeoutSeconds = waitSeconds(options.timeoutWait);
    const quay = await context.api(quayPlatform);
    // Quay answers the POST for a missing repository with HTTP 500 (quay/quay data/model/repository.py
    // create_email_authorization_for_repo raises DataModelException), so look the repository up first: exit 3.
    await quay.repositories.get(ref);
    const record = await authorizeEmail(context, quay, ref, email, { wait: Boolean(options.wait), timeoutSeconds });
    await context.output.object(record, authorizedEmailSpec);
  },
});
