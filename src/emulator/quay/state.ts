// Quay's state in the emulator: namespaces, repositories, stars, notifications, page tokens and the test
// deliveries made so far, with the seed that `reset()` brings back.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Notification, NotificationCreateBody } from '../../platforms/quay/schemas.js';

export interface Namespace {
  kind: 'user' | 'org';
  admins: Set<string>;
  teams: Set<string>;
}

export interface Repository {
  id: number;
  namespace: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  statusToken: string;
  lastModified: number | null;
  popularity: number;
  tags: Record<string, { name: string; size: number; last_modified: string; manifest_digest: string }>;
}

export interface StoredNotification extends Notification {
  repository: string;
}

/** A namespace's own notification (quay/quay endpoints/api/namespacenotification.py): `namespace` is its owner. */
export interface StoredNamespaceNotification extends Notification {
  namespace: string;
}

/** quay/quay endpoints/api/repoemail.py: one record per repository and address; the code is the mailed link's. */
export interface AuthorizedEmailRecord {
  repository: string;
  email: string;
  confirmed: boolean;
  code: string;
}

export interface QuayDelivery {
  uuid: string;
  /** The repository (`ns/name`) of a repository notification. */
  repository?: string;
  /** The organization or user of a namespace notification. */
  namespace?: string;
  event: string;
  method: string;
  url?: string;
  /** The JSON body POSTed (or that would have been). */
  body?: unknown;
  /** delivered: a 2xx answer; failed: another status or no answer; skipped: disabled, or a method without a web delivery. */
  outcome: 'delivered' | 'failed' | 'skipped';
  status?: number;
  error?: string;
}

export interface QuayEmulatorControl {
  /** Adds `count` repositories `<prefix>-00001`… to a namespace (pagination tests). */
  seedRepositories(namespace: string, count: number, options?: { prefix?: string; public?: boolean }): void;
  /** Stars repositories (`ns/name`) for the token's user. */
  star(...repositories: string[]): void;
  /** `restart`: every page token handed out is unknown when it comes back, as an expired one is (Quay then serves page 1). */
  pageTokens: 'stable' | 'restart';
  /** Test deliveries in the order they finished. */
  readonly deliveries: QuayDelivery[];
  /** Resolves when every delivery started so far has finished. */
  settled(): Promise<void>;
  notifications(repository: string): Notification[];
  repositoryNames(namespace: string): string[];
  /** The namespace notifications of an organization or user. */
  namespaceNotifications(namespace: string): Notification[];
  /** FEATURE_QUOTA_NOTIFICATIONS: off, every namespace-notification route answers Flask's 404. */
  quotaNotifications: boolean;
  /** Confirmation mails Quay would have sent (repository `ns/name`, address, the link's code), oldest first. */
  readonly authorizationMails: Array<{ repository: string; email: string; code: string }>;
  /** What clicking the link in the mail does; false when no mail was sent to that address for that repository. */
  confirmEmail(repository: string, email: string): boolean;
}

/** Addresses confirmed for every seeded repository, as if their links had been clicked (quay/quay endpoints/api/repoemail.py). */
export const QUAY_AUTHORIZED_EMAILS = ['ops@example.com', 'alerts@example.com'];

/** The users a `quay_notification` can target. */
export const QUAY_USERS = new Set(['quayadmin', 'devuser', 'globexadmin']);

const SEED_EPOCH = 1767225600; // 2026-01-01T00:00:00Z

function seedNamespaces(): Map<string, Namespace> {
  return new Map<string, Namespace>([
    ['quayadmin', { kind: 'user', admins: new Set(['quayadmin']), teams: new Set() }],
    ['devuser', { kind: 'user', admins: new Set(['devuser']), teams: new Set() }],
    ['acme', { kind: 'org', admins: new Set(['quayadmin']), teams: new Set(['owners', 'developers']) }],
    ['globex', { kind: 'org', admins: new Set(['globexadmin']), teams: new Set(['owners']) }],
  ]);
}

export const QUAY_SEED_NOTIFICATIONS: readonly StoredNotification[] = [
  {
    repository: 'acme/app',
    uuid: '3b9a1f7e-5d2c-4a8e-9f10-1c2d3e4f5a01',
    title: 'Deploy on push',
    event: 'repo_push',
    method: 'webhook',
    config: { url: 'https://ci.example.com/hooks/quay' },
    event_config: {},
    number_of_failures: 0,
  },
  {
    repository: 'acme/app',
    uuid: '7c4e2d1b-8a9f-4b3c-a2d1-0e9f8a7b6c02',
    title: 'Critical CVEs',
    event: 'vulnerability_found',
    method: 'email',
    config: { email: 'ops@example.com' },
    event_config: { level: 0, vulnerability: { priority: 'Critical' } },
    number_of_failures: 3,
  },
];

export class QuayState implements QuayEmulatorControl {
  namespaces = seedNamespaces();
  repositories = new Map<string, Repository>();
  notificationsByUuid = new Map<string, StoredNotification>();
  namespaceNotificationsByUuid = new Map<string, StoredNamespaceNotification>();
  /** Keyed `ns/name` + newline + address. */
  authorizedEmails = new Map<string, AuthorizedEmailRecord>();
  authorizationMails: Array<{ repository: string; email: string; code: string }> = [];
  quotaNotifications = true;
  starred = new Set<string>();
  pageTokens: 'stable' | 'restart' = 'stable';
  pageTokenStarts = new Map<string, number>();
  deliveries: QuayDelivery[] = [];
  pending = new Set<Promise<void>>();
  nextId = 1;

  constructor() {
    this.seed();
  }

  seed(): void {
    this.namespaces = seedNamespaces();
    this.repositories.clear();
    this.notificationsByUuid.clear();
    this.namespaceNotificationsByUuid.clear();
    this.authorizedEmails.clear();
    this.authorizationMails.length = 0;
    this.quotaNotifications = true;
    this.pageTokenStarts.clear();
    this.pageTokens = 'stable';
    this.deliveries.length = 0;
    this.nextId = 1;
    this.addRepository('quayadmin', 'busybox', { description: null, isPublic: false, tags: ['latest', '1.36'] });
    this.addRepository('quayadmin', 'nginx', { description: 'Web server', isPublic: true, tags: ['latest'] });
    this.addRepository('acme', 'app', { description: 'The acme application', isPublic: false, tags: ['latest', 'v1.2.0'] });
    this.addRepository('acme', 'website', { description: 'Public web site', isPublic: true, tags: [] });
    this.addRepository('globex', 'tools', { description: 'Shared tools', isPublic: true, tags: ['latest'] });
    this.addRepository('globex', 'secret-sauce', { description: 'Private', isPublic: false, tags: [] });
    this.starred = new Set(['quayadmin/busybox', 'acme/app']);
    for (const notification of QUAY_SEED_NOTIFICATIONS) this.notificationsByUuid.set(notification.uuid, structuredClone(notification));
    for (const repository of this.repositories.keys()) {
      for (const email of QUAY_AUTHORIZED_EMAILS) this.authorizedEmails.set(`${repository}\n${email}`, { repository, email, confirmed: true, code: 'seeded' });
    }
  }

  authorizedEmail(repository: string, email: string): AuthorizedEmailRecord | undefined {
    return this.authorizedEmails.get(`${repository}\n${email}`);
  }

  /** POST .../authorizedemail/{email}: a record if there is none, and a mail unless it is confirmed already. */
  requestAuthorization(repository: string, email: string): AuthorizedEmailRecord {
    let record = this.authorizedEmail(repository, email);
    if (record?.confirmed) return record;
    if (!record) {
      record = { repository, email, confirmed: false, code: randomBytes(16).toString('hex') };
      this.authorizedEmails.set(`${repository}\n${email}`, record);
    }
    this.authorizationMails.push({ repository, email, code: record.code });
    return record;
  }

  confirmEmail(repository: string, email: string): boolean {
    const record = this.authorizedEmail(repository, email);
    if (!record) return false;
    record.confirmed = true;
    return true;
  }

  namespaceNotifications(namespace: string): Notification[] {
    return [...this.namespaceNotificationsByUuid.values()].filter((entry) => entry.namespace === namespace).map(publicNamespaceNotification);
  }

  addRepository(namespace: string, name: string, options: { description: string | null; isPublic: boolean; tags?: string[] }): Repository {
    const id = this.nextId++;
    const repository: Repository = {
      id,
      namespace,
      name,
      description: options.description,
      isPublic: options.isPublic,
      statusToken: options.isPublic ? '' : randomBytes(10).toString('hex'),
      lastModified: options.tags?.length ? SEED_EPOCH + id * 3600 : null,
      popularity: options.tags?.length ?? 0,
      tags: Object.fromEntries((options.tags ?? []).map((tag, index) => [tag, seedTag(id, tag, index)])),
    };
    this.repositories.set(`${namespace}/${name}`, repository);
    return repository;
  }

  seedRepositories(namespace: string, count: number, options: { prefix?: string; public?: boolean } = {}): void {
    if (!this.namespaces.has(namespace)) this.namespaces.set(namespace, { kind: 'org', admins: new Set(['quayadmin']), teams: new Set() });
    const width = Math.max(5, String(count).length);
    for (let index = 1; index <= count; index++) {
      this.addRepository(namespace, `${options.prefix ?? 'repo'}-${String(index).padStart(width, '0')}`, {
        description: null,
        isPublic: Boolean(options.public),
      });
    }
  }

  star(...repositories: string[]): void {
    for (const repository of repositories) this.starred.add(repository);
  }

  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  notifications(repository: string): Notification[] {
    return [...this.notificationsByUuid.values()].filter((entry) => entry.repository === repository).map(publicNotification);
  }

  repositoryNames(namespace: string): string[] {
    return [...this.repositories.values()].filter((entry) => entry.namespace === namespace).map((entry) => entry.name);
  }

  isAdmin(user: string | undefined, namespace: string): boolean {
    return user !== undefined && Boolean(this.namespaces.get(namespace)?.admins.has(user));
  }

  canRead(user: string | undefined, repository: Repository): boolean {
    return repository.isPublic || this.isAdmin(user, repository.namespace);
  }

  /**
   * Quay renames a deleted repository and queues it for garbage collection: its stars, notifications and authorized
   * e-mails go with it (quay/quay data/model/repository.py get_email_authorized_for_repo skips a repository marked
   * for deletion, and one created again under the name is a new row with no records).
   */
  deleteRepository(key: string): void {
    this.repositories.delete(key);
    this.starred.delete(key);
    for (const [uuid, entry] of this.notificationsByUuid) if (entry.repository === key) this.notificationsByUuid.delete(uuid);
    for (const [id, entry] of this.authorizedEmails) if (entry.repository === key) this.authorizedEmails.delete(id);
  }

  /** Runs a delivery in the background; `settled()` waits for it. */
  track(delivery: Promise<void>): void {
    const tracked = delivery.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }
}

function seedTag(id: number, tag: string, index: number) {
  return {
    name: tag,
    size: 1_048_576 * (index + 1),
    last_modified: new Date((SEED_EPOCH + id * 3600) * 1000).toUTCString().replace('GMT', '-0000'),
    manifest_digest: `sha256:${String(id).padStart(2, '0')}${String(index).padStart(62, '0')}`,
  };
}

/** A new notification as Quay stores it from a create body: a fresh uuid, no failures, `event_config` from `eventConfig`. */
export function newNotification(body: NotificationCreateBody): Notification {
  return {
    uuid: randomUUID(),
    title: body.title ?? null,
    event: body.event,
    method: body.method,
    config: body.config,
    event_config: body.eventConfig,
    number_of_failures: 0,
  };
}

export function publicNamespaceNotification(stored: StoredNamespaceNotification): Notification {
  const { namespace: _namespace, ...notification } = stored;
  return structuredClone(notification);
}

export function publicNotification(stored: StoredNotification): Notification {
  const { repository: _repository, ...notification } = stored;
  return structuredClone(notification);
}
