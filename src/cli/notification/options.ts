// The flags of `notification create`, declared once, and how they become the catalog's input:
// --config/--event-config pairs plus the flags that set one key each (the table below is the only mapping).
import { described } from '../../completion/values.js';
import { UsageError } from '../../core/errors.js';
import { eventNames, methodNames, QUAY_EVENTS, QUAY_METHODS, severityNames, type NotificationInput } from '../../platforms/quay/catalog/index.js';
import { parseKeyValues } from '../../platforms/quay/key-value.js';
import { flagOf, type OptionsOf, type OptionSpecs } from '../define.js';

export const NOTIFICATION_OPTIONS = {
  event: {
    value: 'event',
    description: `event that triggers it: ${eventNames.join(', ')} (asked on a terminal when missing)`,
    asked: true,
    complete: () => described(QUAY_EVENTS),
  },
  method: {
    value: 'method',
    description: `how it is delivered: ${methodNames.join(', ')} (asked on a terminal when missing)`,
    asked: true,
    complete: () => described(QUAY_METHODS),
  },
  config: { value: 'key=value', description: 'method config; repeatable; a JSON value stays JSON (target={"kind":"user","name":"x"})', repeatable: true },
  eventConfig: { value: 'key=value', description: 'event config; repeatable', repeatable: true },
  title: { value: 'text', description: 'title shown in Quay' },
  url: { value: 'url', description: 'webhook or Slack URL (same as --config url=URL)' },
  email: { value: 'address', description: 'e-mail recipient, authorized for the repository first (--config email=...)' },
  target: { value: 'kind:name', description: "quay_notification recipient: user:NAME, team:NAME or org:NAME (only the repository's own organization)" },
  template: { value: 'json', description: 'webhook body template (JSON); "${repository}", "${updated_tags[0]}" insert payload values (jsonpath-rw: no leading dot)' },
  level: {
    value: 'severity',
    description: 'vulnerability_found: minimum severity, critical|high|medium|low|negligible|unknown or 0-5',
    complete: () => described(severityNames.map((name) => ({ name }))),
  },
  days: { value: 'n', description: 'repo_image_expiry: days before a tag expires' },
  refRegex: { value: 'regex', description: 'build events: only builds whose git ref matches this Python regex, from its start (refs/heads/main$)' },
} as const satisfies OptionSpecs;

export type NotificationFlags = OptionsOf<typeof NOTIFICATION_OPTIONS>;

type KeyFlag = 'url' | 'email' | 'target' | 'template' | 'level' | 'days' | 'refRegex';

/** Flags that set one config or event-config key each. */
export const KEY_FLAGS: ReadonlyArray<{ flag: KeyFlag; kind: 'config' | 'eventConfig'; key: string }> = [
  { flag: 'url', kind: 'config', key: 'url' },
  { flag: 'email', kind: 'config', key: 'email' },
  { flag: 'target', kind: 'config', key: 'target' },
  { flag: 'template', kind: 'config', key: 'template' },
  { flag: 'level', kind: 'eventConfig', key: 'level' },
  { flag: 'days', kind: 'eventConfig', key: 'days' },
  { flag: 'refRegex', kind: 'eventConfig', key: 'ref-regex' },
];

export const PAIRS_FLAG = { config: '--config', eventConfig: '--event-config' } as const;

export function notificationInput(flags: NotificationFlags): NotificationInput {
  const pairs = {
    config: parseKeyValues(flags.config ?? [], PAIRS_FLAG.config),
    eventConfig: parseKeyValues(flags.eventConfig ?? [], PAIRS_FLAG.eventConfig),
  };
  for (const { flag, kind, key } of KEY_FLAGS) {
    const value = flags[flag];
    if (value === undefined) continue;
    if (key in pairs[kind]) throw new UsageError(`${flagOf(flag)} and ${PAIRS_FLAG[kind]} ${key}=… both set "${key}" (give it once)`);
    pairs[kind][key] = value;
  }
  return { event: flags.event ?? '', method: flags.method ?? '', ...pairs, ...(flags.title !== undefined && { title: flags.title }) };
}
