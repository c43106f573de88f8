// How subscription settings look on a table; json and yaml print the platform's object as returned.
import type { Column, SectionsSpec } from '../../core/output.js';
import { CHANNEL_NAMES, type Channel } from '../../platforms/codearts/catalog.js';
import type { SubscriptionEvent, SubscriptionSettings, SubscriptionStatus } from '../../platforms/codearts/schemas.js';

const yesNo = (value: boolean | null | undefined) => (value == null ? '' : value ? 'yes' : 'no');

interface ChannelRow {
  channel: Channel;
  enabled: boolean | null | undefined;
  config_source: string | null | undefined;
}

/** One row per channel; `-q` prints the enabled channels. */
export function statusView(): SectionsSpec<SubscriptionStatus> {
  const rows = (status: SubscriptionStatus): ChannelRow[] =>
    CHANNEL_NAMES.filter((channel) => status[channel]).map((channel) => ({
      channel,
      enabled: status[channel]?.enabled,
      config_source: status[channel]?.config_source,
    }));
  return {
    sections: [
      {
        rows,
        columns: [
          { header: 'channel', value: (row: ChannelRow) => row.channel },
          { header: 'enabled', value: (row: ChannelRow) => yesNo(row.enabled) },
          { header: 'config source', value: (row: ChannelRow) => row.config_source },
        ],
      },
    ],
    id: (status) => rows(status).filter((row) => row.enabled).map((row) => row.channel).join('\n'),
  };
}

/** The settings (with the webhook on group-bot channels), then the events table; `-q` prints the repository id. */
export function settingsView(settings: SubscriptionSettings, repositoryId: number, channel: Channel): SectionsSpec<SubscriptionSettings> {
  const fields: Column<SubscriptionSettings>[] = [
    { header: 'repository', value: (value) => value.repository_id ?? repositoryId },
    { header: 'channel', value: () => channel },
    { header: 'enabled', value: (value) => yesNo(value.enabled) },
    { header: 'config source', value: (value) => value.config_source },
    { header: 'usage warning', value: (value) => (value.waring_repo_usage_rate == null ? '' : `${value.waring_repo_usage_rate}%`) },
  ];
  if (settings.webhook_config) {
    fields.push(
      { header: 'webhook url', value: (value) => value.webhook_config?.url },
      { header: 'mention users', value: (value) => value.webhook_config?.mention_users },
      { header: 'mention phones', value: (value) => value.webhook_config?.mention_phone },
      { header: 'webhook token', value: (value) => (value.webhook_config?.has_token ? 'set' : 'not set') },
    );
  }
  return {
    sections: [
      { fields },
      {
        title: 'Events',
        rows: (value) => value.subscript_events ?? [],
        columns: [
          { header: 'resource', value: (event: SubscriptionEvent) => event.resource_type },
          { header: 'action', value: (event: SubscriptionEvent) => event.action },
          { header: 'enabled', value: (event: SubscriptionEvent) => yesNo(event.enabled) },
          { header: 'roles', value: (event: SubscriptionEvent) => event.role_names ?? [] },
        ],
      },
    ],
    id: (value) => String(value.repository_id ?? repositoryId),
  };
}
