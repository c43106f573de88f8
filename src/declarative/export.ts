// export: today's state as a valid declarative file. Secrets never leave as values: each becomes a ${VARIABLE}
// reference, named in a comment at the top, so that export, then plan with those variables set, shows no changes.
import { stringify } from 'yaml';
import { escapeLine } from '../core/terminal-text.js';
import { findQuayMethod } from '../platforms/quay/catalog/index.js';
import type { QuayClient } from '../platforms/quay/client.js';
import { listAllRepositories } from '../platforms/quay/pagination.js';
import { parseRepositoryRef } from '../platforms/quay/names.js';
import type { AlaudaClient } from '../platforms/alauda/client.js';
import type { CodeartsClient } from '../platforms/codearts/client.js';
import { CHANNEL_NAMES } from '../platforms/codearts/catalog.js';
import { identity } from './alauda.js';
import type { TargetClient } from './session.js';

export interface ExportedFile {
  document: Record<string, unknown>;
  /** Variable → what it stands for. */
  variables: Map<string, string>;
  warnings: string[];
}

export function newExport(): ExportedFile {
  return { document: { version: 1 }, variables: new Map(), warnings: [] };
}

/** `acme/app`, `Slack alerts`, `url` → `QUAY_ACME_APP_SLACK_ALERTS_URL`. */
export function variableName(...words: string[]): string {
  return words
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function reference(file: ExportedFile, name: string, meaning: string): string {
  let unique = name;
  for (let n = 2; file.variables.has(unique); n++) unique = `${name}_${n}`;
  file.variables.set(unique, meaning);
  return `\${${unique}}`;
}

/** A literal `${` in exported text must survive interpolation. (A function: in a replacement string `$$` means one `$`.) */
const literal = (text: string) => text.replaceAll('${', () => '$${');

function literalDeep(value: unknown): unknown {
  if (typeof value === 'string') return literal(value);
  if (Array.isArray(value)) return value.map(literalDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, literalDeep(item)]));
  return value;
}

/**
 * The first item of each identity, in order (plan matches the server's first too), and the identities that several
 * items share, with their count: a file names an identity once.
 */
function firstOfEach<T>(items: readonly T[], identityOf: (item: T) => string): { firsts: T[]; shared: Map<string, number> } {
  const counts = new Map<string, number>();
  const firsts = items.filter((item) => {
    const key = identityOf(item);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count === 1;
  });
  return { firsts, shared: new Map([...counts].filter(([, count]) => count > 1)) };
}

const withProfile = (profile: string | null) => (profile ? { profile } : {});

export async function exportQuay(file: ExportedFile, target: TargetClient<QuayClient>, options: { repositories: string[]; namespace?: string }) {
  const names = [...options.repositories];
  if (options.namespace) {
    let listed = 0;
    for await (const page of listAllRepositories(target.client.repositories, { namespace: options.namespace })) {
      listed += page.repositories.length;
      names.push(...page.repositories.map((repository) => `${repository.namespace}/${repository.name}`));
    }
    if (listed === 0) await target.client.checkTokenOfEmptyList();
  }
  const repositories: Record<string, unknown> = {};
  for (const name of [...new Set(names)]) {
    const live = await target.client.notifications.list(parseRepositoryRef(name));
    for (const notification of live) {
      if (!notification.title) file.warnings.push(`${name}: notification ${notification.uuid} has no title and is not exported (titles identify notifications)`);
    }
    const titled = live.filter((notification): notification is typeof notification & { title: string } => Boolean(notification.title));
    const { firsts, shared } = firstOfEach(titled, (notification) => notification.title);
    for (const [title, count] of shared) {
      file.warnings.push(`${name}: ${count} notifications are titled "${title}"; the first is exported (a file names a title once): plan deletes the others that differ from it, and with --prune the identical ones too`);
    }
    const notifications = firsts.map((notification) => {
      const config = literalDeep(notification.config) as Record<string, unknown>;
      for (const key of findQuayMethod(notification.method)?.configKeys.filter((entry) => entry.secret) ?? []) {
        if (typeof config[key.key] === 'string') {
          config[key.key] = reference(file, variableName('QUAY', name, notification.title, key.key), `${key.description} of "${notification.title}" on ${name}`);
        }
      }
      return { title: literal(notification.title), event: notification.event, method: notification.method, config, event_config: literalDeep(notification.event_config) };
    });
    repositories[name] = { notifications };
  }
  file.document.quay = { ...withProfile(target.profile), repositories };
}

export async function exportAlauda(file: ExportedFile, target: TargetClient<AlaudaClient>, filter: { subjectType?: string; subject?: string }) {
  const { firsts, shared } = firstOfEach(await target.client.hooks.list(filter), identity);
  for (const [key, count] of shared) {
    file.warnings.push(`${key}: ${count} hooks share this identity; the first is exported (a file names an identity once): plan counts the others as unmanaged, --prune deletes them`);
  }
  const hooks = firsts.map((hook) => ({
    name: literal(hook.name),
    subject_type: hook.subject_type,
    subject: literal(hook.subject),
    events: hook.events,
    url: literal(hook.url),
    secret: reference(file, variableName('ALAUDA', hook.subject, hook.name, 'SECRET'), `secret of hook "${hook.name}" on ${hook.subject_type} ${hook.subject}`),
    active: hook.is_active,
  }));
  file.document.alauda = { ...withProfile(target.profile), hooks };
}

export async function exportCodearts(file: ExportedFile, target: TargetClient<CodeartsClient>, names: string[]) {
  const repositories: Record<string, unknown> = {};
  for (const name of names) {
    const id = await target.client.repositories.resolve(name);
    const channels: Record<string, unknown> = {};
    for (const channel of CHANNEL_NAMES) {
      const settings = await target.client.subscriptions.get(id, channel);
      const webhook = settings.webhook_config;
      const entry = {
        ...(settings.enabled != null && { enabled: settings.enabled }),
        ...(settings.config_source != null && { config_source: settings.config_source }),
        ...(webhook &&
          (webhook.url || webhook.mention_users || webhook.mention_phone || webhook.has_token) && {
            webhook: {
              ...(webhook.url && { url: literal(webhook.url) }),
              ...(webhook.has_token && { token: reference(file, variableName('CODEARTS', name, channel, 'TOKEN'), `${channel} webhook token of ${name}`) }),
              ...(webhook.mention_users && { mention_users: literal(webhook.mention_users) }),
              ...(webhook.mention_phone && { mention_phone: literal(webhook.mention_phone) }),
            },
          }),
        ...(settings.waring_repo_usage_rate != null && { usage_warning: settings.waring_repo_usage_rate }),
        ...(settings.subscript_events && {
          events: settings.subscript_events
            .filter((event) => event.enabled)
            .map((event) => `${event.resource_type}:${event.action}${event.role_names?.length ? `=${event.role_names.join(',')}` : ''}`),
        }),
      };
      if (Object.keys(entry).length) channels[channel] = entry;
    }
    repositories[name] = channels;
  }
  file.document.codearts = { ...withProfile(target.profile), repositories };
}

export function exportText(file: ExportedFile): string {
  const lines = ['# regnotify declarative file (regnotify export). Check it with: regnotify plan -f FILE'];
  if (file.variables.size) {
    lines.push('# Secrets are not exported. Set these environment variables before plan or apply:');
    // A YAML comment ends at a line break: a hook name or title with a newline would go on as YAML of its own.
    for (const [name, meaning] of file.variables) lines.push(`#   ${name}: ${escapeLine(meaning)}`);
  }
  return `${lines.join('\n')}\n${stringify(file.document, { lineWidth: 0 })}`;
}
