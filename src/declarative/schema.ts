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

const quayTarget = <T extends z.ZodType>(notification: T) =>
  z.strictObject({
    profile,
    repositories: z.record(z.string().describe('namespace/name'), z.strictObject({ notifications: z.array(notification).default([]) })),
  });

export const quayTargetSchema = quayTarget(quayNotificationSchema);

export const alaudaHookSchema = z.strictObject({
  name: z.string().describe('identity: subject_type + subject + name'),
  subject_type: z.string().describe('build_repo, image_repo or job'),
  subject: z.string(),
  events: z.array(z.string()).min(1),
  url: z.string(),
  secret: z.string().describe('shared secret of the deliveries; use ${VARIABLE}'),
  active: z.boolean().default(true),
});

const alaudaTarget = <T extends z.ZodType>(hook: T) => z.strictObject({ profile, hooks: z.array(hook).default([]) });

export const alaudaTargetSchema = alaudaTarget(alaudaHookSchema);

export const codeartsChannelSchema = z.strictObject({
  enabled: z.boolean().optional(),
  config_source: z.enum(CONFIG_SOURCE_NAMES).optional(),
  webhook: z
    .strictObject({ url: z.string().optional(), token: z.string().optional(), mention_users: z.string().optional(), mention_phone: z.string().optional() })
    .optional(),
  usage_warning: z.union([z.number(), z.string()]).optional().describe('60, 80 or 90'),
  events: z.array(z.string()).optional().describe('exactly these events are on, all others off: resource:action[=roles]'),
});

const codeartsTarget = <T extends z.ZodType>(channel: T) =>
  z.strictObject({
    profile,
    repositories: z.record(z.string().describe('group/repo or numeric id'), z.partialRecord(z.enum(CHANNEL_NAMES), channel)),
  });

export const codeartsTargetSchema = codeartsTarget(codeartsChannelSchema);

const oneOrMore = <T extends z.ZodType>(target: T) => z.union([target, z.array(target)]);

const version = z.literal(1, { error: (issue) => `unsupported version ${JSON.stringify(issue.input)} (this regnotify reads version 1)` });

/** The file as written: each platform takes one target or a list of them. */
export const stateFileSchema = z.strictObject({
  version,
  quay: oneOrMore(quayTargetSchema).optional(),
  alauda: oneOrMore(alaudaTargetSchema).optional(),
  codearts: oneOrMore(codeartsTargetSchema).optional(),
});

/**
 * The outline of the file that the checks parse first: a single target made a list of one (a union's failure says
 * only "Invalid input" at the platform), and each entry (a Quay notification, an Alauda hook, a CodeArts channel)
 * left for its own schema, so one bad entry does not keep the catalog checks from the others.
 */
export const outlineSchema = z.strictObject({
  version,
  quay: z.array(quayTarget(z.unknown())).optional(),
  alauda: z.array(alaudaTarget(z.unknown())).optional(),
  codearts: z.array(codeartsTarget(z.unknown())).optional(),
});

export type Outline = z.infer<typeof outlineSchema>;
export type QuayTargetOutline = NonNullable<Outline['quay']>[number];
export type AlaudaTargetOutline = NonNullable<Outline['alauda']>[number];
export type CodeartsTargetOutline = NonNullable<Outline['codearts']>[number];
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
