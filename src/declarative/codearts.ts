// CodeArts in a declarative file: one channel of one repository is one unit. `events` is the exact set of
// enabled events; the full PUT body is computed and sent only when it differs from what the server has.
// CodeArts never returns the webhook token, so it cannot be compared: the plan says so.
import { unlessRefused, UsageError } from '../core/errors.js';
import { MASK, maskSecrets } from '../core/redact.js';
import {
  channelTakesWebhook,
  codeartsSecretFields,
  formatEventRef,
  parseEventSpec,
  validateMentionPhones,
  validateMentionUsers,
  validateUsageWarning,
  validateWebhookUrl,
  type Channel,
  type EventSpec,
} from '../platforms/codearts/catalog.js';
import type { CodeartsClient } from '../platforms/codearts/client.js';
import { codeartsPlatform } from '../platforms/codearts/index.js';
import type { SubscriptionPutBody, SubscriptionSettings, WebhookConfigBody } from '../platforms/codearts/schemas.js';
import { mergeSubscription, type SubscriptionChanges } from '../platforms/codearts/subscription-merge.js';
import { byPosition, fieldChecker, type LoadedFile, type Path, type Problem } from './load.js';
import { parseFieldsReporting } from './schema-problems.js';
import { emptyPart, mergeParts, sameJson, type PlanPart } from './model.js';
import { codeartsChannelSchema, type CodeartsChannelEntry, type CodeartsTargetOutline } from './schema.js';
import { failedPart, targetUnit, targetUnits, type PlanUnit, type Session, type TargetClient } from './session.js';

export interface DesiredChannel {
  channel: Channel;
  /** Everything but the token and the events to switch off, which depend on the server's state. */
  changes: SubscriptionChanges;
  /** The exact set of enabled events, when the file lists them. */
  events?: EventSpec[];
  token?: string;
}

export interface DesiredCodeartsRepository {
  name: string;
  channels: DesiredChannel[];
}

export interface DesiredCodeartsTarget {
  profile?: string;
  repositories: DesiredCodeartsRepository[];
}

function channelChanges(channel: Channel, entry: CodeartsChannelEntry, problems: Problem[], path: Path): DesiredChannel {
  const check = fieldChecker(problems, path);
  const webhook = entry.webhook ?? {};
  if (Object.keys(webhook).length && !channelTakesWebhook(channel)) {
    check('webhook', () => {
      throw new UsageError(`the ${channel} channel takes no webhook (only qyweixin, feishu and dingding post to one)`);
    });
  }
  const checkWebhook = fieldChecker(problems, [...path, 'webhook']);
  const webhookChanges: WebhookConfigBody = {};
  for (const field of WEBHOOK_FIELDS) {
    const written = webhook[field];
    const value = written === undefined ? undefined : checkWebhook(field, () => WEBHOOK_CHECKS[field](written));
    if (value !== undefined) webhookChanges[field] = value;
  }
  const usageWarning = entry.usage_warning !== undefined ? check('usage_warning', () => validateUsageWarning(String(entry.usage_warning))) : undefined;
  // Each event at its own line and column.
  const checkEvent = fieldChecker(problems, [...path, 'events']);
  const listed = new Set<string>();
  const events = entry.events?.flatMap((text, index) => {
    const event = checkEvent(index, () => parseEventSpec(text));
    if (!event) return [];
    // The exact set names each event once: two entries (perhaps with other roles) leave it unsaid which one is meant.
    const ref = formatEventRef(event);
    if (listed.has(ref)) problems.push({ path: [...path, 'events', index], message: `event "${ref}" is listed twice (name each event once, with all its roles)` });
    listed.add(ref);
    return [event];
  });
  return {
    channel,
    changes: {
      ...(entry.enabled !== undefined && { enabled: entry.enabled }),
      ...(entry.config_source !== undefined && { config_source: entry.config_source }),
      ...(Object.keys(webhookChanges).length && { webhook: webhookChanges }),
      ...(usageWarning !== undefined && { usage_warning: usageWarning }),
    },
    ...(events && { events }),
    ...(webhook.token !== undefined && { token: webhook.token }),
  };
}

/** The checks of `subscription set` for the webhook's fields; they also give each field's normal form ("a; b;" is "a;b"). */
const WEBHOOK_CHECKS = { url: validateWebhookUrl, mention_users: validateMentionUsers, mention_phone: validateMentionPhones } as const;
const WEBHOOK_FIELDS = Object.keys(WEBHOOK_CHECKS) as Array<keyof typeof WEBHOOK_CHECKS>;

/**
 * The file's webhook without the fields the server already has in another spelling of the same value (" https://x ",
 * "a; b;"), so that export, then plan, of such a channel shows no change; what differs is sent in its normal form.
 */
function webhookDifferences(current: SubscriptionSettings, wanted: WebhookConfigBody): WebhookConfigBody {
  const same = (field: (typeof WEBHOOK_FIELDS)[number]) => {
    const server = current.webhook_config?.[field];
    return typeof server === 'string' && unlessRefused(() => WEBHOOK_CHECKS[field](server)) === wanted[field];
  };
  return Object.fromEntries(Object.entries(wanted).filter(([field]) => !same(field as (typeof WEBHOOK_FIELDS)[number])));
}

export function desiredCodearts(targets: readonly CodeartsTargetOutline[], problems: Problem[]): DesiredCodeartsTarget[] {
  return targets.map((target, index) => ({
    profile: target.profile,
    repositories: Object.entries(target.repositories).map(([name, channels]) => ({
      name,
      channels: Object.entries(channels).flatMap(([channel, written]) => {
        const path = ['codearts', index, 'repositories', name, channel];
        // Every key of a channel is optional: the checks of the keys that parsed run even when another did not.
        const parsed = parseFieldsReporting(codeartsChannelSchema, written, path, problems);
        return parsed ? [channelChanges(channel as Channel, parsed.entry, problems, path)] : [];
      }),
    })),
  }));
}

/** A key JavaScript puts before every other key of an object, whatever the file's order: an array index. */
const INDEX_KEY = /^(0|[1-9][0-9]{0,8})$/;

/**
 * The repositories of each target in the file's order. A repository named by its numeric id is an index key, which
 * JavaScript lists first ("4001" before "group/repo"), so then the order is taken back from where the keys are in the
 * file (which costs a parse with positions: only then).
 */
export async function inFileOrder(targets: DesiredCodeartsTarget[], file: Pick<LoadedFile, 'positions'>): Promise<DesiredCodeartsTarget[]> {
  if (!targets.some((target) => target.repositories.some((repository) => INDEX_KEY.test(repository.name)))) return targets;
  const position = await file.positions();
  return targets.map((target, index) => {
    const places = new Map(target.repositories.map((repository) => [repository.name, position(['codearts', index, 'repositories', repository.name], true)]));
    return { ...target, repositories: [...target.repositories].sort((one, other) => byPosition(places.get(one.name)!, places.get(other.name)!)) };
  });
}

/** The events the file leaves out but the server has on: they are switched off. */
function switchedOff(current: SubscriptionSettings, events: readonly EventSpec[]) {
  const wanted = new Set(events.map(formatEventRef));
  return (current.subscript_events ?? [])
    .filter((event) => event.enabled && !wanted.has(`${event.resource_type}:${event.action}`))
    .map((event) => parseEventSpec(`${event.resource_type}:${event.action}`));
}

/**
 * The plan's view of a PUT body, in the file's words (`webhook`, `usage_warning`, not `webhook_config` and CodeArts'
 * `waring_repo_usage_rate`), so each line of the diff names a key the file has: secrets masked, and the list of every
 * event turned into `events` keyed by `resource:action` (false when off, true or the roles when on).
 */
function shown(body: SubscriptionPutBody, hasToken = false): Record<string, unknown> {
  const masked = maskSecrets(body, [codeartsSecretFields]);
  const list = masked.subscript_events;
  return {
    ...(masked.enabled !== undefined && { enabled: masked.enabled }),
    ...(masked.config_source !== undefined && { config_source: masked.config_source }),
    ...(masked.webhook_config !== undefined && { webhook: hasToken ? { ...masked.webhook_config, token: MASK } : masked.webhook_config }),
    ...(masked.waring_repo_usage_rate !== undefined && { usage_warning: masked.waring_repo_usage_rate }),
    ...(list && { events: Object.fromEntries(list.map((event) => [`${event.resource_type}:${event.action}`, event.enabled ? (event.role_names?.length ? event.role_names : true) : false])) }),
  };
}

async function planChannel(session: Session, target: TargetClient<CodeartsClient>, repository: string, id: number, desired: DesiredChannel): Promise<PlanPart> {
  const part = emptyPart();
  const codearts = target.client;
  const current = await session.limited(target.server, () => codearts.subscriptions.get(id, desired.channel));
  const webhook = desired.changes.webhook && webhookDifferences(current, desired.changes.webhook);
  const changes: SubscriptionChanges = {
    ...desired.changes,
    ...(webhook && { webhook }),
    ...(desired.events && { events: desired.events, disable_events: switchedOff(current, desired.events) }),
  };
  const before = mergeSubscription(current, {});
  const after = mergeSubscription(current, changes);
  const tokenMissing = desired.token !== undefined && !current.webhook_config?.has_token;
  if (sameJson(before, after) && !tokenMissing) {
    part.unchanged++;
    return part;
  }
  const notes = desired.token !== undefined && !tokenMissing ? ['the webhook token is sent again but not compared: CodeArts never returns it'] : [];
  const body = desired.token === undefined ? after : mergeSubscription(current, { ...changes, webhook: { ...changes.webhook, token: desired.token } });
  part.changes.push({
    action: 'update',
    platform: 'codearts',
    profile: target.profile,
    server: target.server,
    target: `${repository} ${desired.channel}`,
    // The server's token is never read, only whether there is one: a set one shows as *** (not as none) before the change.
    before: shown(before, current.webhook_config?.has_token === true),
    after: shown(body),
    notes,
    run: async () => void (await session.limited(target.server, () => codearts.subscriptions.put(id, desired.channel, body))),
  });
  return part;
}

/**
 * One unit per repository: its id, then each channel named in the file. A channel named twice on one server (a
 * repository by its id and by its name, or in two targets) would get a PUT per name, each undoing the other and the
 * plan never settling: the first to resolve is planned, the others are errors.
 */
export function codeartsUnits(session: Session, targets: readonly DesiredCodeartsTarget[]): Promise<PlanUnit[]> {
  const named = new Map<string, string>();
  return targetUnits(session, codeartsPlatform, targets, (target, desired) =>
    desired.repositories.map((repository) =>
      targetUnit(target, 'codearts', repository.name, async () => {
        const id = await session.limited(target.server, () => target.client.repositories.resolve(repository.name));
        const parts = repository.channels.map((channel) => {
          const key = `${target.server} ${id} ${channel.channel}`;
          const first = named.get(key);
          if (first === undefined) {
            named.set(key, `${repository.name}${target.profile ? ` (profile ${target.profile})` : ''}`);
            return planChannel(session, target, repository.name, id, channel);
          }
          const message = `the file names this channel already, as ${first} (repository id ${id}): name each channel of a repository once`;
          return failedPart('codearts', target.profile, `${repository.name} ${channel.channel}`, message);
        });
        return mergeParts(await Promise.all(parts));
      }),
    ),
  );
}
