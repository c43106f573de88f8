// The declarative file, version 1: which notifications, hooks and subscription channels should exist.
// One zod schema validates the file and generates its JSON Schema (`regnotify schema`).
import * as z from 'zod';
import { CHANNEL_NAMES, CONFIG_SOURCE_NAMES } from '../platforms/codearts/catalog.js';

const jsonObject = z.record(z.string(), z.unknown());

const profile = z.string().min(1).optional().describe('profile to use; else resolved as for any command (flag, environment, default profile)');

export const quayNotificationSchema = z.strictObject({
  title: z.string().min(1).describe('identity within the repository: required, unique per repository'),
  event: z.string().describe('a Quay event, e.g. repo_push (regnotify events --platform quay)'),
  method: z.string().describe('a Quay method: webhook, slack, email, quay_notification, flowdock, hipchat'),
  config: jsonObject.default({}).describe('method config, as --config key=value'),
  event_config: jsonObject.default({}).describe('event config, as --event-config key=value; level takes a severity name or number'),
});

export const quayTargetSchema = z.strictObject({
  profile,
  repositories: z.record(
    z.string().describe('namespace/name'),
    z.strictObject({ notifications: z.array(quayNotificationSchema).default([]) }),
  ),
});

export const alaudaHookSchema = z.strictObject({
  name: z.string().describe('identity: subject_type + subject + name'),
  subject_type: z.string().describe('build_repo, image_repo or job'),
  subject: z.string(),
  events: z.array(z.string()).min(1),
  url: z.string(),
  secret: z.string().describe('shared secret of the deliveries; use ${VARIABLE}'),
  active: z.boolean().default(true),
});

export const alaudaTargetSchema = z.strictObject({ profile, hooks: z.array(alaudaHookSchema).default([]) });

export const codeartsChannelSchema = z.strictObject({
  enabled: z.boolean().optional(),
  config_source: z.enum(CONFIG_SOURCE_NAMES).optional(),
  webhook: z
    .strictObject({ url: z.string().optional(), token: z.string().optional(), mention_users: z.string().optional(), mention_phone: z.string().optional() })
    .optional(),
  usage_warning: z.union([z.number(), z.string()]).optional().describe('60, 80 or 90'),
  events: z.array(z.string()).optional().describe('exactly these events are on, all others off: resource:action[=roles]'),
});

export const codeartsTargetSchema = z.strictObject({
  profile,
  repositories: z.record(z.string().describe('group/repo or numeric id'), z.partialRecord(z.enum(CHANNEL_NAMES), codeartsChannelSchema)),
});

const oneOrMore = <T extends z.ZodType>(target: T) => z.union([target, z.array(target)]);

export const stateFileSchema = z.strictObject({
  version: z.literal(1),
  quay: oneOrMore(quayTargetSchema).optional(),
  alauda: oneOrMore(alaudaTargetSchema).optional(),
  codearts: oneOrMore(codeartsTargetSchema).optional(),
});

export type StateFile = z.infer<typeof stateFileSchema>;
export type QuayTarget = z.infer<typeof quayTargetSchema>;
export type QuayNotificationEntry = z.infer<typeof quayNotificationSchema>;
export type AlaudaTarget = z.infer<typeof alaudaTargetSchema>;
export type AlaudaHookEntry = z.infer<typeof alaudaHookSchema>;
export type CodeartsTarget = z.infer<typeof codeartsTargetSchema>;
export type CodeartsChannelEntry = z.infer<typeof codeartsChannelSchema>;

/** The JSON Schema of the file, for editors and CI checks. */
export function stateFileJsonSchema(): Record<string, unknown> {
  return { $id: 'https://regnotify.dev/schema/v1.json', title: 'regnotify declarative file, version 1', ...z.toJSONSchema(stateFileSchema, { io: 'input' }) };
}
