// Delivery failures: Quay counts failed deliveries per notification and stops after a few
// (quay/quay workers/notificationworker/notificationworker.py, data/model/notification.py).

/** After this many failed deliveries in a row Quay stops delivering until the count is reset. */
export const DISABLED_AFTER_FAILURES = 3;

export function isNotificationDisabled(notification: { number_of_failures: number }): boolean {
  return notification.number_of_failures >= DISABLED_AFTER_FAILURES;
}
