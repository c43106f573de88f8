import { Command } from 'commander';
import { eventNames, methodNames, QUAY_EVENTS, QUAY_METHODS, validateNotification } from '../../platforms/quay/catalog/index.js';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { collect, examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { notificationInput, type NotificationFlags } from './flags.js';
import { notificationSpec } from './render.js';

function catalogHelp(): string {
  const width = Math.max(...[...eventNames, ...methodNames].map((name) => name.length)) + 2;
  const events = QUAY_EVENTS.map((event) => {
    const keys = event.eventConfigKeys.filter((key) => !key.derived).map((key) => `${key.key}${key.required ? ' (required)' : ''}`);
    return `  ${event.name.padEnd(width)}${event.description}${keys.length ? `; event config: ${keys.join(', ')}` : ''}`;
  });
  const methods = QUAY_METHODS.map(
    (method) => `  ${method.name.padEnd(width)}${method.configKeys.map((key) => `${key.key}${key.required ? ' (required)' : ''}`).join(', ')}: ${method.description}`,
  );
  return `\nEvents (--event):\n${events.join('\n')}\n\nMethods (--method) and their --config keys:\n${methods.join('\n')}\n`;
}

export function createCommand(): Command {
  const command = new Command('create')
    .description('Add a notification to a repository (checked against the catalog before anything is sent)')
    .argument('<repository>', 'namespace/name')
    .option('--event <event>', `event that triggers it: ${eventNames.join(', ')} (asked on a terminal when missing)`)
    .option('--method <method>', `how it is delivered: ${methodNames.join(', ')} (asked on a terminal when missing)`)
    .option('--config <key=value>', 'method config; repeatable; a JSON value stays JSON (target={"kind":"user","name":"x"})', collect)
    .option('--event-config <key=value>', 'event config; repeatable', collect)
    .option('--title <text>', 'title shown in Quay')
    .option('--url <url>', 'webhook or Slack URL (same as --config url=URL)')
    .option('--email <address>', 'e-mail recipient, authorized for the repository first (--config email=...)')
    .option('--target <kind:name>', 'quay_notification recipient: user:NAME, team:NAME or org:NAME')
    .option('--template <json>', 'webhook body template; ${.path} inserts a payload value')
    .option('--level <severity>', 'vulnerability_found: minimum severity, critical|high|medium|low|negligible|unknown or 0-5')
    .option('--days <n>', 'repo_image_expiry: days before a tag expires')
    .option('--ref-regex <regex>', 'build events: only builds whose git ref matches')
    .addHelpText('after', catalogHelp())
    .action(
      handler<NotificationFlags>(async (context, [repository], given) => {
        const ref = parseRepositoryRef(repository);
        const { completeNotificationFlags } = await import('../../prompts/notification-create.js');
        const options = await completeNotificationFlags(context, repository, given);
        const { body, warnings } = validateNotification(notificationInput(options));
        // A Slack webhook URL carries its own credential: keep it out of --verbose traces and error lines.
        if (body.method === 'slack') context.addPlatformSecret(String(body.config.url));
        for (const warning of warnings) context.output.warn(warning);
        const quay = await context.api(quayPlatform);
        // Quay answers 500 for a notification on a missing repository, so look the repository up first.
        await quay.repositories.get(ref);
        const created = await quay.notifications.create(ref, body);
        await context.output.object(created, notificationSpec);
        context.output.success(`Created notification ${created.uuid} on ${repository}`);
      }),
    );
  return examples(command, [
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook --title "Deploy"',
    'regnotify notification create acme/app --event vulnerability_found --level high --method slack --url https://hooks.slack.com/services/T0/B0/XYZ',
    'regnotify notification create acme/app --event build_failure --ref-regex "^refs/heads/main$" --method quay_notification --target team:owners',
    'regnotify notification create acme/app --event repo_image_expiry --days 7 --method email --email ops@example.com',
    'UUID=$(regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook -q)',
  ]);
}
