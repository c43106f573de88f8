// CodeArts' state in the emulator: the seed repositories, the notification settings per repository and
// channel (seeded on first read), the IAM tokens issued, and the request-id counter; `reset()` clears them.
import type { Channel } from '../../platforms/codearts/catalog.js';
import type { TokenEncoding } from '../../platforms/codearts/webhook-encoding.js';

/** Temporary (STS) keys the emulator accepts only with their security token. */
export const CODEARTS_TEMPORARY_KEYS = {
  accessKey: 'EMULATORTEMPORARYKEY',
  secretKey: 'emulator-temporary-secret-key',
  securityToken: 'emulator-security-token',
} as const;

/** The IAM project of the emulator's account, in every region: what `GET /v3/projects?name=<region>` lists. */
export const CODEARTS_PROJECT_ID = '0b8e4c1a2f3d4e5f60718293a4b5c6d7';

export interface StoredEvent {
  resource_type: string;
  action: string;
  enabled: boolean;
  role_ids: string[] | null;
  role_names: string[] | null;
}

export interface StoredSettings {
  enabled: boolean;
  config_source: string;
  /** Plain text; null on channels without a group bot. */
  webhook: { url: string; mention_users: string; mention_phone: string; token: string } | null;
  waring_repo_usage_rate: number;
  subscript_events: StoredEvent[];
}

export interface SeedRepository {
  id: number;
  /** The group's path. */
  namespace: string;
  /** The repository's path (in its clone URLs). */
  path: string;
  /** The display name; it may differ from the path. */
  name: string;
  /** The group's display name. */
  namespaceName: string;
}

export const CODEARTS_SEED_REPOSITORIES: readonly SeedRepository[] = [
  { id: 123, namespace: 'demo-group', path: 'demo-repo', name: 'demo-repo', namespaceName: 'demo-group' },
  { id: 2111978605, namespace: 'codearts-team', path: 'notifications', name: 'notifications', namespaceName: 'codearts-team' },
  { id: 4001, namespace: 'group-a', path: 'shared', name: 'shared', namespaceName: 'group-a' },
  { id: 4002, namespace: 'group-b', path: 'shared', name: 'shared', namespaceName: 'group-b' },
  // A display name that is not the path, as CodeArts allows.
  { id: 5001, namespace: 'platform', path: 'payments-api', name: 'Payments API', namespaceName: 'Platform Team' },
];

// The events of the example response on Huawei's UpdateNotificationSubscription page, in its order.
const SEED_EVENTS: StoredEvent[] = [
  ...['open', 'update', 'merge', 'review', 'approve', 'create_note', 'resolve_note'].map((action) => ({
    resource_type: 'mr',
    action,
    enabled: true,
    role_ids: null,
    role_names: [],
  })),
  ...['delete', 'capacity_warning'].map((action) => ({ resource_type: 'repo', action, enabled: true, role_ids: [''], role_names: null })),
];

const SEED_WEBHOOK = {
  url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
  mention_users: '1;2',
  mention_phone: '17812341234;18512341234;16712345678',
  token: '',
};
const EMPTY_WEBHOOK = { url: '', mention_users: '', mention_phone: '', token: '' };

const SEED_CHANNELS: Record<Channel, Pick<StoredSettings, 'enabled' | 'config_source' | 'webhook'>> = {
  internal_message: { enabled: true, config_source: 'repo', webhook: null },
  email: { enabled: false, config_source: 'repo', webhook: null },
  qyweixin: { enabled: true, config_source: 'repo', webhook: SEED_WEBHOOK },
  feishu: { enabled: false, config_source: 'repo', webhook: EMPTY_WEBHOOK },
  dingding: { enabled: false, config_source: 'product', webhook: EMPTY_WEBHOOK },
};

function seedSettings(channel: Channel): StoredSettings {
  return structuredClone({ ...SEED_CHANNELS[channel], waring_repo_usage_rate: 60, subscript_events: SEED_EVENTS });
}

export class CodeartsState {
  requestCount = 0;
  /** Keyed `<repository id>:<channel>`. */
  settings = new Map<string, StoredSettings>();
  /** IAM token → expiry time in ms. */
  issuedTokens = new Map<string, number>();
  /**
   * How the PUT's webhook token is read: base64, as Huawei's example body sends it, or plain, as its field table
   * reads. Settable by tests and by `POST /_emulator/codearts/webhook-token-encoding {"encoding": ...}`.
   */
  webhookTokenEncoding: TokenEncoding = 'base64';

  reset(): void {
    this.requestCount = 0;
    this.webhookTokenEncoding = 'base64';
    this.settings.clear();
    this.issuedTokens.clear();
  }

  /** Every answer carries a request id, as the API gateway's do; ids count up from 1 after each reset. */
  nextRequestId(): string {
    return (++this.requestCount).toString(16).padStart(32, '0');
  }

  stored(repositoryId: number, channel: Channel): StoredSettings {
    const key = `${repositoryId}:${channel}`;
    if (!this.settings.has(key)) this.settings.set(key, seedSettings(channel));
    return this.settings.get(key)!;
  }

  store(repositoryId: number, channel: Channel, settings: StoredSettings): void {
    this.settings.set(`${repositoryId}:${channel}`, settings);
  }
}
