// `subscription set` flags → the changes to merge into the current settings; every check happens here, before sending.
import { UsageError } from '../../core/errors.js';
import {
  channelTakesWebhook,
  CHANNELS,
  parseEventRef,
  parseEventSpec,
  validateMentionPhones,
  validateMentionUsers,
  validateUsageWarning,
  validateWebhookUrl,
  type Channel,
} from '../../platforms/codearts/catalog.js';
import { rejectConflictingEvents, type SubscriptionChanges } from '../../platforms/codearts/subscription-merge.js';
import type { OptionsOf } from '../define.js';
import type { SET_OPTIONS } from './set.js';

export type SetOptions = OptionsOf<typeof SET_OPTIONS>;

const CHANGE_FLAGS: Array<[keyof SetOptions, string]> = [
  ['enable', '--enable'],
  ['disable', '--disable'],
  ['configSource', '--config-source'],
  ['webhookUrl', '--webhook-url'],
  ['webhookTokenStdin', '--webhook-token-stdin'],
  ['mentionUsers', '--mention-users'],
  ['mentionPhone', '--mention-phone'],
  ['usageWarning', '--usage-warning'],
  ['event', '--event'],
  ['disableEvent', '--disable-event'],
];

const WEBHOOK_FLAGS = CHANGE_FLAGS.filter(([key]) => ['webhookUrl', 'webhookTokenStdin', 'mentionUsers', 'mentionPhone'].includes(key));

function given(options: SetOptions, key: keyof SetOptions): boolean {
  const value = options[key];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** `--enable, --disable, …`: every flag that changes something, for the errors that ask for one. */
export function changeFlagList(): string {
  return CHANGE_FLAGS.map(([, flag]) => flag).join(', ');
}

export function hasChanges(options: SetOptions): boolean {
  return CHANGE_FLAGS.some(([key]) => given(options, key));
}

/** Everything but the webhook token, which is read from stdin once the rest is known to be valid. */
export function changesFromOptions(options: SetOptions & { type: Channel }): SubscriptionChanges {
  if (!hasChanges(options)) {
    throw new UsageError(`nothing to change (pass at least one of ${changeFlagList()})`);
  }
  if (options.webhookTokenEncoding !== undefined && !options.webhookTokenStdin) {
    throw new UsageError('--webhook-token-encoding only applies with --webhook-token-stdin');
  }
  const webhookFlag = WEBHOOK_FLAGS.find(([key]) => given(options, key));
  if (webhookFlag && !channelTakesWebhook(options.type)) {
    const bots = CHANNELS.filter((channel) => channel.takesWebhook).map((channel) => channel.name);
    throw new UsageError(`${webhookFlag[1]} does not apply to the ${options.type} channel (only ${bots.join(', ')} post to a webhook)`);
  }
  const webhook = {
    ...(options.webhookUrl !== undefined && { url: validateWebhookUrl(options.webhookUrl) }),
    ...(options.mentionUsers !== undefined && { mention_users: validateMentionUsers(options.mentionUsers) }),
    ...(options.mentionPhone !== undefined && { mention_phone: validateMentionPhones(options.mentionPhone) }),
  };
  const changes: SubscriptionChanges = {
    ...(options.enable && { enabled: true }),
    ...(options.disable && { enabled: false }),
    ...(options.configSource && { config_source: options.configSource }),
    ...(Object.keys(webhook).length > 0 && { webhook }),
    ...(options.usageWarning !== undefined && { usage_warning: validateUsageWarning(options.usageWarning) }),
    ...(options.event?.length && { events: options.event.map(parseEventSpec) }),
    ...(options.disableEvent?.length && { disable_events: options.disableEvent.map(parseEventRef) }),
  };
  rejectConflictingEvents(changes);
  return changes;
}
