// Quay in a declarative file: notifications match by title within a repository. Quay has no update, so a
// changed notification is replaced (the new one created first, then the old one deleted: never a gap).
import { NotFoundError } from '../core/errors.js';
import { maskSecrets } from '../core/redact.js';
import { checkNotification, isNotificationDisabled, quaySecretFields } from '../platforms/quay/catalog/index.js';
import type { QuayClient } from '../platforms/quay/client.js';
import { quayPlatform } from '../platforms/quay/index.js';
import { parseRepositoryRef, type RepositoryRef } from '../platforms/quay/names.js';
import type { Notification, NotificationCreateBody } from '../platforms/quay/schemas.js';
import type { Path, Problem } from './load.js';
import { parseFieldsReporting } from './schema-problems.js';
import { addLeftovers, changedSecretsNote, emptyPart, sameJson, type Change, type PlanPart } from './model.js';
import { quayNotificationSchema, type QuayNotificationEntry, type QuayTargetOutline } from './schema.js';
import { messageOf, targetUnit, targetUnits, type PlanUnit, type Session, type TargetClient } from './session.js';

export interface DesiredQuayRepository {
  name: string;
  ref: RepositoryRef;
  notifications: Array<{ title: string; body: NotificationCreateBody }>;
}

export interface DesiredQuayTarget {
  profile?: string;
  repositories: DesiredQuayRepository[];
}

/**
 * The body of an entry, or every problem it has, each at its field. Of an entry with a value of the wrong kind
 * (`complete: false`), the fields given are still checked, and only their problems count: the others are reported.
 */
function entryBody(entry: Partial<QuayNotificationEntry>, complete: boolean, path: Path, problems: Problem[]): NotificationCreateBody | undefined {
  const input = { event: entry.event ?? '', method: entry.method ?? '', config: entry.config ?? {}, eventConfig: entry.event_config ?? {}, title: entry.title };
  const checked = checkNotification(input);
  for (const { field, error } of checked.problems) if (complete || entry[field] !== undefined) problems.push({ path: [...path, field], message: error.message });
  return complete ? checked.notification?.body : undefined;
}

/** The catalog checks of `notification create`, for every entry; problems are collected, not thrown. */
export function desiredQuay(targets: readonly QuayTargetOutline[], problems: Problem[]): DesiredQuayTarget[] {
  return targets.map((target, index) => ({
    profile: target.profile,
    repositories: Object.entries(target.repositories).flatMap(([name, repository]) => {
      const path = ['quay', index, 'repositories', name];
      let ref: RepositoryRef;
      try {
        ref = parseRepositoryRef(name);
      } catch (error) {
        problems.push({ path, message: messageOf(error), atKey: true });
        return [];
      }
      const seen = new Set<string>();
      const notifications = repository.notifications.flatMap((written, position) => {
        const entryPath = [...path, 'notifications', position];
        const parsed = parseFieldsReporting(quayNotificationSchema, written, entryPath, problems);
        if (!parsed) return [];
        const { entry, complete } = parsed;
        if (entry.title !== undefined) {
          if (seen.has(entry.title)) problems.push({ path: [...entryPath, 'title'], message: `duplicate title "${entry.title}" in ${name} (titles identify notifications)` });
          seen.add(entry.title);
        }
        const body = entryBody(entry, complete, entryPath, problems);
        return body && entry.title !== undefined ? [{ title: entry.title, body }] : [];
      });
      return [{ name, ref, notifications }];
    }),
  }));
}

/** The fields a replace compares, in Quay's stored form. */
function comparable(notification: Pick<Notification, 'event' | 'method' | 'config' | 'event_config'>) {
  return { event: notification.event, method: notification.method, config: notification.config, event_config: notification.event_config };
}

function wanted(body: NotificationCreateBody) {
  return { event: body.event, method: body.method, config: body.config, event_config: body.eventConfig };
}

const shown = (value: Record<string, unknown>) => maskSecrets(value, [quaySecretFields]);

async function planRepository(session: Session, target: TargetClient<QuayClient>, repository: DesiredQuayRepository, prune: boolean): Promise<PlanPart> {
  const part = emptyPart();
  const quay = target.client;
  const { ref, name } = repository;
  const change = (fields: Omit<Change, 'platform' | 'profile' | 'server' | 'notes'> & { notes?: string[] }): Change => ({
    platform: 'quay',
    profile: target.profile,
    server: target.server,
    notes: [],
    ...fields,
  });
  // Quay answers 500 for a notification on a missing repository, and [] for the notifications of one: an empty list
  // is followed by a read of the repository, for this repository only. Both reads take one turn of the server's
  // limiter: the second follows the first at once instead of queueing behind other repositories' first reads, so a
  // repository's plan is done in two round trips and the pool never waits for a repository stuck in the queue.
  const live = await session.limited(target.server, async () => {
    const notifications = await quay.notifications.list(ref);
    if (notifications.length === 0 && repository.notifications.length > 0) await quay.repositories.get(ref);
    return notifications;
  });
  const byTitle = new Map<string, Notification[]>();
  for (const notification of live) {
    const title = notification.title ?? '';
    byTitle.set(title, [...(byTitle.get(title) ?? []), notification]);
  }
  for (const [title, same] of byTitle) {
    if (!title) part.warnings.push(`${name}: ${same.length} notification(s) without a title cannot be matched (${same.map((item) => item.uuid).join(', ')})`);
    else if (same.length > 1) part.warnings.push(`${name}: ${same.length} notifications are titled "${title}"; the first is matched${prune ? ', --prune deletes the others' : ''}`);
  }
  const matched = new Set<string>();
  for (const { title, body } of repository.notifications) {
    const same = byTitle.get(title) ?? [];
    // After an interrupted replace the new notification exists next to the old one: match the one that already
    // has the file's form, so a rerun finishes the replace (deletes the old one) instead of creating a third.
    const form = wanted(body);
    const exact = same.find((notification) => sameJson(comparable(notification), form));
    const existing = exact ?? same[0];
    const label = `${name}: ${title}`;
    if (exact) {
      for (const stale of same.filter((notification) => notification !== exact && !sameJson(comparable(notification), form))) {
        matched.add(stale.uuid);
        part.changes.push(
          change({
            action: 'delete',
            target: label,
            before: shown(comparable(stale)),
            after: null,
            notes: ['the old half of a replace: a notification with this title already has the form in the file'],
            run: () => session.limited(target.server, () => quay.notifications.delete(ref, stale.uuid)),
          }),
        );
      }
    }
    const create = () => session.limited(target.server, () => quay.notifications.create(ref, body));
    if (!existing) {
      part.changes.push(change({ action: 'create', target: label, before: null, after: shown(form), run: async () => void (await create()) }));
      continue;
    }
    matched.add(existing.uuid);
    // No notification with this title has the file's form (else it would be `exact`): the first is replaced.
    if (!exact) {
      part.changes.push(
        change({
          action: 'replace',
          target: label,
          before: shown(comparable(existing)),
          after: shown(form),
          notes: changedSecretsNote(comparable(existing), form, shown),
          run: async () => {
            await create();
            await session.limited(target.server, () => quay.notifications.delete(ref, existing.uuid));
          },
        }),
      );
    } else if (isNotificationDisabled(existing)) {
      part.changes.push(
        change({
          action: 'reset',
          target: label,
          before: { number_of_failures: existing.number_of_failures },
          after: { number_of_failures: 0 },
          run: () => session.limited(target.server, () => quay.notifications.reset(ref, existing.uuid)),
        }),
      );
    } else {
      part.unchanged++;
    }
  }
  addLeftovers(part, live.filter((item) => !matched.has(item.uuid)), prune, (notification) =>
    change({
      action: 'delete',
      target: `${name}: ${notification.title || notification.uuid}`,
      before: shown(comparable(notification)),
      after: null,
      run: () => session.limited(target.server, () => quay.notifications.delete(ref, notification.uuid)),
    }),
  );
  return part;
}

/** One unit per repository. */
export function quayUnits(session: Session, targets: readonly DesiredQuayTarget[], prune: boolean): Promise<PlanUnit[]> {
  return targetUnits(session, quayPlatform, targets, (target, desired) =>
    desired.repositories.map((repository) =>
      targetUnit(
        target,
        'quay',
        repository.name,
        () => planRepository(session, target, repository, prune),
        (error) => (error instanceof NotFoundError ? `repository ${repository.name} not found` : error),
      ),
    ),
  );
}
