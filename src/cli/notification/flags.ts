// `notification create` flags → the catalog's input: --config/--event-config pairs plus the convenience flags.
import { UsageError } from '../../core/errors.js';
import type { NotificationInput } from '../../platforms/quay/catalog/index.js';
import { parseKeyValues } from '../../platforms/quay/key-value.js';

export interface NotificationFlags {
  event?: string;
  method?: string;
  config?: string[];
  eventConfig?: string[];
  title?: string;
  url?: string;
  email?: string;
  target?: string;
  template?: string;
  level?: string;
  days?: string;
  refRegex?: string;
}

function setOnce(into: Record<string, unknown>, key: string, value: string | undefined, flag: string, pairsFlag: string): void {
  if (value === undefined) return;
  if (key in into) throw new UsageError(`${flag} and ${pairsFlag} ${key}=… both set "${key}" (give it once)`);
  into[key] = value;
}

export function notificationInput(flags: NotificationFlags): NotificationInput {
  const config = parseKeyValues(flags.config ?? [], '--config');
  const eventConfig = parseKeyValues(flags.eventConfig ?? [], '--event-config');
  setOnce(config, 'url', flags.url, '--url', '--config');
  setOnce(config, 'email', flags.email, '--email', '--config');
  setOnce(config, 'target', flags.target, '--target', '--config');
  setOnce(config, 'template', flags.template, '--template', '--config');
  setOnce(eventConfig, 'level', flags.level, '--level', '--event-config');
  setOnce(eventConfig, 'days', flags.days, '--days', '--event-config');
  setOnce(eventConfig, 'ref-regex', flags.refRegex, '--ref-regex', '--event-config');
  return { event: flags.event ?? '', method: flags.method ?? '', config, eventConfig, ...(flags.title !== undefined && { title: flags.title }) };
}

