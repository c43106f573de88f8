// How notifications look in a table; json and yaml print Quay's own objects (`event_config`, `number_of_failures`).
import type { ListSpec, ObjectSpec } from '../../core/output.js';
import { isNotificationDisabled, QUAY_SEVERITIES } from '../../platforms/quay/catalog/index.js';
import type { Notification } from '../../platforms/quay/schemas.js';
import type { NotificationScope } from './scope.js';

/** Where a notification goes, in a few words; never a Slack URL's secret path. */
export function destination(notification: Notification): string {
  const config = notification.config;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  switch (notification.method) {
    case 'webhook':
      return text(config.url);
    case 'slack': {
      try {
        return `${new URL(text(config.url)).origin}/…`;
      } catch {
        return 'Slack';
      }
    }
    case 'email':
      return text(config.email);
    case 'quay_notification': {
      const target = config.target as { kind?: unknown; name?: unknown } | undefined;
      return target ? `${text(target.kind)}:${text(target.name)}` : '';
    }
    case 'hipchat':
      return `HipChat room ${text(config.room_id)}`;
    case 'flowdock':
      return 'Flowdock team inbox';
    default:
      return '';
  }
}

export function status(notification: Notification): string {
  return isNotificationDisabled(notification) ? 'disabled' : 'enabled';
}

/** `level=high`, `ref-regex=^refs/heads/main$`, `days=7`; the derived vulnerability.priority is left out. */
export function eventConfigSummary(notification: Notification): string {
  return Object.entries(notification.event_config)
    .filter(([key]) => key !== 'vulnerability')
    .map(([key, value]) => {
      const severity = key === 'level' ? QUAY_SEVERITIES[Number(value)] : undefined;
      return `${key}=${severity ? severity.toLowerCase() : typeof value === 'string' ? value : JSON.stringify(value)}`;
    })
    .join(' ');
}

export const notificationListSpec = (scope: NotificationScope): ListSpec<Notification> => ({
  columns: [
    { header: 'uuid', value: (row) => row.uuid, whole: true },
    { header: 'title', value: (row) => row.title ?? '' },
    { header: 'event', value: (row) => row.event },
    { header: 'method', value: (row) => row.method },
    // On a narrow terminal FAILURES goes first (STATUS says disabled), then DESTINATION (`notification get` shows it).
    { header: 'destination', value: destination, dropOrder: 2 },
    { header: 'failures', value: (row) => row.number_of_failures, dropOrder: 1 },
    { header: 'status', value: status },
  ],
  id: (row) => row.uuid,
  empty:
    scope.kind === 'repository'
      ? `No notifications on ${scope.label}. Add one with: regnotify notification create ${scope.label} --event repo_push --method webhook --url URL`
      : `No notifications on ${scope.label}. Add one with: regnotify notification create ${scope.flag} --event quota_warning --method webhook --url URL`,
});

export const notificationSpec: ObjectSpec<Notification> = {
  fields: [
    { header: 'uuid', value: (value) => value.uuid },
    { header: 'title', value: (value) => value.title ?? '' },
    { header: 'event', value: (value) => value.event },
    { header: 'event config', value: eventConfigSummary },
    { header: 'method', value: (value) => value.method },
    { header: 'destination', value: destination },
    { header: 'failures', value: (value) => value.number_of_failures },
    { header: 'status', value: status },
  ],
  id: (value) => value.uuid,
};
