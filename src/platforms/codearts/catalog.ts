// CodeArts Repo notification facts: channels, config sources, events and roles.
// Validation, help text, completion, the wizard and the emulator all read these tables.

import { UsageError } from '../../core/errors.js';
import type { SecretFields } from '../../core/redact.js';
import { describeChoice } from '../../core/suggest.js';
import { parseHttpUrl } from '../../core/parse-url.js';

export interface CatalogEntry<Name extends string = string> {
  readonly name: Name;
  readonly description: string;
}

export interface ChannelEntry extends CatalogEntry {
  /** Group-bot channels post to a webhook and accept `webhook_config`. */
  readonly takesWebhook: boolean;
}

export const CHANNELS = [
  { name: 'internal_message', description: 'CodeArts site messages (in-product inbox)', takesWebhook: false },
  { name: 'email', description: 'email to the people the events concern', takesWebhook: false },
  { name: 'qyweixin', description: 'WeCom (企业微信) group bot webhook', takesWebhook: true },
  { name: 'feishu', description: 'Feishu (Lark) group bot webhook', takesWebhook: true },
  { name: 'dingding', description: 'DingTalk group bot webhook', takesWebhook: true },
] as const satisfies readonly ChannelEntry[];

export const CONFIG_SOURCES = [
  { name: 'repo', description: "this repository's own settings" },
  { name: 'product', description: 'inherited from the CodeArts project' },
] as const satisfies readonly CatalogEntry[];

export const USAGE_WARNING_RATES = [60, 80, 90] as const;

export const RESOURCE_TYPES = [
  { name: 'repo', description: 'the repository' },
  { name: 'mr', description: 'merge requests' },
  { name: 'member', description: 'repository members' },
  { name: 'note', description: 'review comments' },
] as const satisfies readonly CatalogEntry[];

export const ACTIONS = [
  { name: 'create', description: 'created' },
  { name: 'open', description: 'opened' },
  { name: 'update', description: 'updated' },
  { name: 'delete', description: 'deleted' },
  { name: 'merge', description: 'merged' },
  { name: 'review', description: 'reviewed' },
  { name: 'approve', description: 'approved' },
  { name: 'create_note', description: 'review comment added' },
  { name: 'resolve_note', description: 'review comment resolved' },
  { name: 'capacity_warning', description: 'repository usage passed the warning threshold' },
  { name: 'mention', description: 'someone was mentioned' },
] as const satisfies readonly CatalogEntry[];

// The API's own Chinese labels are kept because the English names do not match what they mean.
export const ROLE_NAMES = [
  { name: 'creator', description: 'who created the merge request (创建者)' },
  { name: 'assignee', description: 'who merges it (合并人)' },
  { name: 'reviewer', description: 'reviewers (评审人)' },
  { name: 'scorer', description: 'who scores it (审核人)' },
  { name: 'approver', description: 'who inspects it (检视人)' },
] as const satisfies readonly CatalogEntry[];

export type Channel = (typeof CHANNELS)[number]['name'];
export type ConfigSource = (typeof CONFIG_SOURCES)[number]['name'];
export type UsageWarningRate = (typeof USAGE_WARNING_RATES)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number]['name'];
export type Action = (typeof ACTIONS)[number]['name'];
export type RoleName = (typeof ROLE_NAMES)[number]['name'];

export const CHANNEL_NAMES = names(CHANNELS);
export const CONFIG_SOURCE_NAMES = names(CONFIG_SOURCES);
export const RESOURCE_TYPE_NAMES = names(RESOURCE_TYPES);
export const ACTION_NAMES = names(ACTIONS);
export const ROLE_NAME_VALUES = names(ROLE_NAMES);

export const MENTION_LIST_MAX_LENGTH = 1000;
export const MENTION_USER_MAX_LENGTH = 100;
export const MENTION_PHONE_MAX_LENGTH = 30;
export const REPOSITORY_ID_MAX = 2147483647;

export interface EventRef {
  resource_type: ResourceType;
  action: Action;
}

export interface EventSpec extends EventRef {
  /** Absent: keep the roles the event already has. */
  role_names?: RoleName[];
}

function names<Name extends string>(entries: readonly CatalogEntry<Name>[]): [Name, ...Name[]] {
  return entries.map((entry) => entry.name) as [Name, ...Name[]];
}

function choose<Name extends string>(what: string, text: string, allowed: readonly Name[]): Name {
  const value = text.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as Name;
  throw new UsageError(describeChoice(what, text, allowed));
}

export function channelTakesWebhook(channel: Channel): boolean {
  return CHANNELS.some((entry) => entry.name === channel && entry.takesWebhook);
}

export function validateChannel(text: string): Channel {
  return choose('channel', text, CHANNEL_NAMES);
}

export function validateConfigSource(text: string): ConfigSource {
  return choose('config source', text, CONFIG_SOURCE_NAMES);
}

export function validateResourceType(text: string): ResourceType {
  return choose('resource type', text, RESOURCE_TYPE_NAMES);
}

export function validateAction(text: string): Action {
  return choose('action', text, ACTION_NAMES);
}

export function validateRoleName(text: string): RoleName {
  return choose('role', text, ROLE_NAME_VALUES);
}

/** Accepts `80` or `80%`. */
export function validateUsageWarning(text: string): UsageWarningRate {
  const value = Number(text.trim().replace(/%$/, ''));
  const rate = USAGE_WARNING_RATES.find((allowed) => allowed === value);
  if (rate === undefined) {
    throw new UsageError(`invalid usage warning rate "${text}" (allowed: ${USAGE_WARNING_RATES.join(', ')})`);
  }
  return rate;
}

const EVENT_FORMAT = 'expected resource:action, e.g. mr:open';

/** `mr:open` → `{resource_type: 'mr', action: 'open'}`. */
export function parseEventRef(text: string): EventRef {
  const parts = text.trim().split(':');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new UsageError(`invalid event "${text}" (${EVENT_FORMAT})`);
  }
  return { resource_type: validateResourceType(parts[0]), action: validateAction(parts[1]) };
}

/**
 * `mr:open=creator,reviewer` → event plus the roles to notify. `mr:open=` clears the roles;
 * `mr:open` leaves them as they are.
 */
export function parseEventSpec(text: string): EventSpec {
  const separator = text.indexOf('=');
  if (separator === -1) return parseEventRef(text);
  const event = parseEventRef(text.slice(0, separator));
  const roles = text
    .slice(separator + 1)
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role !== '')
    .map(validateRoleName);
  return { ...event, role_names: [...new Set(roles)] };
}

export function formatEventRef(event: EventRef): string {
  return `${event.resource_type}:${event.action}`;
}

/** `;`-separated list, trimmed; empty entries dropped so `a;;b;` is `a;b`. */
function validateMentionList(what: string, text: string, entryMaxLength: number, entryPattern?: RegExp): string {
  const entries = text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    if (entry.length > entryMaxLength) {
      throw new UsageError(`${what} "${entry}" is too long (${entry.length} characters; at most ${entryMaxLength} each)`);
    }
    if (entryPattern && !entryPattern.test(entry)) {
      throw new UsageError(`invalid ${what} "${entry}" (allowed: digits, an optional leading +, and -)`);
    }
  }
  const list = entries.join(';');
  if (list.length > MENTION_LIST_MAX_LENGTH) {
    throw new UsageError(
      `${what} list is too long (${list.length} characters; at most ${MENTION_LIST_MAX_LENGTH} in all, ";"-separated)`,
    );
  }
  return list;
}

/** User ids to @-mention in the group, `;`-separated. */
export function validateMentionUsers(text: string): string {
  return validateMentionList('mention user', text, MENTION_USER_MAX_LENGTH);
}

/** Phone numbers to @-mention in the group, `;`-separated. */
export function validateMentionPhones(text: string): string {
  return validateMentionList('mention phone', text, MENTION_PHONE_MAX_LENGTH, /^\+?[0-9][0-9-]*$/);
}

/** The group-bot token of a subscription's webhook (sent on PUT; answers only say `has_token`). */
export const codeartsSecretFields: SecretFields = (object) =>
  object.webhook_config !== null && typeof object.webhook_config === 'object' ? [['webhook_config', 'token']] : [];

export function validateWebhookUrl(text: string): string {
  const value = text.trim();
  if (!parseHttpUrl(value)) throw new UsageError(`invalid webhook URL "${text}" (expected an absolute http:// or https:// URL)`);
  return value;
}

/**
 * The numeric repository id, or undefined when the text names the repository instead
 * (`group/repo`), which the client then looks up.
 */
export function parseRepositoryId(text: string): number | undefined {
  const value = text.trim();
  if (value === '') {
    throw new UsageError('missing repository (expected a numeric id or a group/repo path)');
  }
  if (!/^[+-]?\d+$/.test(value)) return undefined;
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1 || id > REPOSITORY_ID_MAX) {
    throw new UsageError(`invalid repository id "${text}" (allowed: 1..${REPOSITORY_ID_MAX}, or a group/repo path)`);
  }
  return id;
}
