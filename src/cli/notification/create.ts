import { eventNames, methodNames, QUAY_EVENTS, QUAY_METHODS } from '../../platforms/quay/catalog/index.js';
import { isLoopbackHost } from '../../platforms/loopback.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { defineCommand, missingFlags } from '../define.js';
import { NOTIFICATION_OPTIONS } from './options.js';
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

export const createSpec = defineCommand({
  name: 'create',
  description: 'Add a notification to a repository (checked against the catalog before anything is sent)',
  arguments: [{ name: 'repository', description: 'namespace/name' }],
  options: NOTIFICATION_OPTIONS,
  help: catalogHelp,
  examples: [
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook --title "Deploy"',
    'regnotify notification create acme/app --event vulnerability_found --level high --method slack --url https://hooks.slack.com/services/T0/B0/XYZ',
    'regnotify notification create acme/app --event build_failure --ref-regex "^refs/heads/main$" --method quay_notification --target team:owners',
    'regnotify notification create acme/app --event repo_image_expiry --days 7 --method email --email ops@example.com',
    'UUID=$(regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook -q)',
  ],
  async run(context, [repository], options) {
    const ref = parseRepositoryRef(repository);
    const { notificationRequest } = await import('./prompt.js');
    // Loopback webhook URLs are refused unless Quay itself runs on this machine (where they reach a local receiver).
    const { server } = await context.connection('quay');
    const localServer = server !== '' && isLoopbackHost(new URL(server).hostname);
    const { body, warnings } = await notificationRequest(context.asker, repository, options, missingFlags(createSpec, options), { localServer });
    // A Slack webhook URL carries its own credential: keep it out of --verbose traces and error lines.
    if (body.method === 'slack') context.addPlatformSecret(String(body.config.url));
    for (const warning of warnings) context.output.warn(warning);
    const quay = await context.api(quayPlatform);
    // Quay answers 500 for a notification on a missing repository, so look the repository up first.
    await quay.repositories.get(ref);
    const created = await quay.notifications.create(ref, body);
    await context.output.object(created, notificationSpec);
    context.output.success(`Created notification ${created.uuid} on ${repository}`);
  },
});
