import { UsageError } from '../../core/errors.js';
import {
  checkOrgTarget,
  eventNames,
  methodNames,
  namespaceEventNames,
  QUAY_EVENTS,
  QUAY_METHODS,
  QUAY_NAMESPACE_EVENTS,
  validateNotification,
} from '../../platforms/quay/catalog/index.js';
import { isLoopbackHost } from '../../platforms/loopback.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand, missingFlags } from '../define.js';
import { ensureEmailAuthorized } from './email-authorization.js';
import { NOTIFICATION_OPTIONS, notificationInput } from './options.js';
import { notificationSpec } from './render.js';
import { notificationScope, SCOPE_OPTIONS, SCOPED_REPOSITORY, scopedNotifications } from './scope.js';

function catalogHelp(): string {
  const width = Math.max(...[...eventNames, ...methodNames].map((name) => name.length)) + 2;
  const events = [...QUAY_EVENTS, ...QUAY_NAMESPACE_EVENTS].map((event) => {
    const keys = event.eventConfigKeys.filter((key) => !key.derived).map((key) => `${key.key}${key.required ? ' (required)' : ''}`);
    return `  ${event.name.padEnd(width)}${event.description}${keys.length ? `; event config: ${keys.join(', ')}` : ''}`;
  });
  const methods = QUAY_METHODS.map(
    (method) => `  ${method.name.padEnd(width)}${method.configKeys.map((key) => `${key.key}${key.required ? ' (required)' : ''}`).join(', ')}: ${method.description}`,
  );
  return `\nEvents (--event; with --org or --user only ${namespaceEventNames.join(' and ')}):\n${events.join('\n')}\n\nMethods (--method) and their --config keys:\n${methods.join('\n')}\n`;
}

export const createSpec = defineCommand({
  name: 'create',
  description: 'Add a notification to a repository, or to a namespace with --org/--user (checked against the catalog before anything is sent)',
  writes: true,
  arguments: [SCOPED_REPOSITORY],
  options: {
    ...NOTIFICATION_OPTIONS,
    ...SCOPE_OPTIONS,
    ifNotExists: {
      description: 'when one with the same --title (without a title: the same event, method, config and event config) exists, print it and create nothing, exit 0',
    },
  },
  help: catalogHelp,
  examples: [
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook --title "Deploy"',
    'regnotify notification create acme/app --event vulnerability_found --level high --method slack --url https://hooks.slack.com/services/T0/B0/XYZ',
    'regnotify notification create acme/app --event build_failure --ref-regex "refs/heads/main$" --method quay_notification --target team:owners',
    'regnotify notification create acme/app --event repo_image_expiry --days 7 --method email --email ops@example.com',
    'UUID=$(regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook -q)',
    'regnotify notification create acme/app --event repo_push --method slack --url "$SLACK_URL" --dry-run   # the POST, Slack URL masked',
    '# a script that runs twice: the second run prints the notification with that title and exits 0',
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook --title Deploy --if-not-exists -q',
    'regnotify notification create --org acme --event quota_warning --method webhook --url https://ops.example.com/quota --template \'{"text":"${namespace} is at ${usage_percent}%"}\'',
  ],
  async run(context, args, options) {
    const { scope } = notificationScope(args, options, false);
    const missing = missingFlags(createSpec, options);
    // Loopback webhook URLs are refused unless Quay itself runs on this machine (where they reach a local receiver).
    const { server } = await context.connection('quay');
    const where = { localServer: server !== '' && isLoopbackHost(new URL(server).hostname) };
    let request;
    if (scope.kind === 'repository') {
      const { notificationRequest } = await import('./prompt.js');
      request = await notificationRequest(context.asker, scope.label, options, missing, where);
      checkOrgTarget(request.body.config, { name: scope.ref.namespace, label: `the namespace of ${scope.label}` });
    } else {
      // The questions know only repository events, so a namespace notification is given by its flags.
      if (missing.length) throw new UsageError(`missing ${missing.join(' and ')} (${namespaceEventNames.join(' or ')}, and a method)`);
      request = validateNotification({ ...notificationInput(options), namespaceEvents: true }, where);
      checkOrgTarget(request.body.config, { name: scope.namespace.kind === 'org' ? scope.namespace.name : undefined, label: scope.label });
    }
    const { body, warnings } = request;
    // A Slack webhook URL carries its own credential: keep it out of --verbose traces and error lines.
    if (body.method === 'slack') context.addPlatformSecret(String(body.config.url));
    for (const warning of warnings) context.output.warn(warning);
    const quay = await context.api(quayPlatform);
    // Quay answers 500 for a notification on a missing repository, so look the repository up first.
    if (scope.kind === 'repository') await quay.repositories.get(scope.ref);
    const existing = options.ifNotExists ? await scopedNotifications(quay, scope).findSame(body) : undefined;
    if (existing) {
      const which = body.title !== undefined ? `"${body.title}" (${existing.uuid})` : `${existing.uuid} with the same event, method and config`;
      context.output.notice(`notification ${which} already exists on ${scope.label}; nothing created`);
      return context.output.object(existing, notificationSpec);
    }
    let created;
    if (scope.kind === 'repository') {
      if (body.method === 'email') await ensureEmailAuthorized(context, quay, scope.ref, String(body.config.email));
      created = await quay.notifications.create(scope.ref, body);
    } else {
      // Quay mails a namespace's quota notifications to the organization (or its admins): no authorization needed.
      created = await quay.namespaceNotifications.create(scope.namespace, body);
    }
    await context.output.object(created, notificationSpec);
    context.output.success(`Created notification ${created.uuid} on ${scope.label}`);
  },
});
