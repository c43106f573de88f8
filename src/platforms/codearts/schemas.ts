// Shapes of CodeArts Repo API v4 bodies. Response schemas are loose and tolerant (a new field or
// enum value from the server must not break the CLI); the PUT body schema is what the emulator enforces.

import * as z from 'zod';
import {
  ACTION_NAMES,
  CHANNEL_NAMES,
  CONFIG_SOURCE_NAMES,
  RESOURCE_TYPE_NAMES,
  ROLE_NAME_VALUES,
  USAGE_WARNING_RATES,
  type Channel,
} from './catalog.js';

// --- notification subscription (GET/PUT .../notification-subscriptions/subscription?type=…)

/** As returned: plain-text url and phones, never the token, only `has_token`. */
export const webhookConfigSchema = z.looseObject({
  url: z.string().nullish(),
  mention_users: z.string().nullish(),
  mention_phone: z.string().nullish(),
  has_token: z.boolean().nullish(),
});

export const subscriptionEventSchema = z.looseObject({
  resource_type: z.string(),
  action: z.string(),
  enabled: z.boolean(),
  role_ids: z.array(z.string()).nullish(),
  role_names: z.array(z.string()).nullish(),
});

export const subscriptionSettingsSchema = z.looseObject({
  repository_id: z.number().int().optional(),
  enabled: z.boolean().nullish(),
  config_source: z.string().nullish(),
  webhook_config: webhookConfigSchema.nullish(),
  // The misspelling is the API's own field name.
  waring_repo_usage_rate: z.number().nullish(),
  subscript_events: z.array(subscriptionEventSchema).nullish(),
});

export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
export type SubscriptionEvent = z.infer<typeof subscriptionEventSchema>;
export type SubscriptionSettings = z.infer<typeof subscriptionSettingsSchema>;

/** Plain text here; `encodeWebhookConfigForWire` base64-encodes url, mention_phone and token just before sending. */
export interface WebhookConfigBody {
  url?: string;
  token?: string;
  mention_users?: string;
  mention_phone?: string;
}

export interface SubscriptionEventBody {
  resource_type: string;
  action: string;
  enabled: boolean;
  role_ids?: string[];
  role_names?: string[];
}

export interface SubscriptionPutBody {
  enabled?: boolean;
  config_source?: string;
  webhook_config?: WebhookConfigBody;
  waring_repo_usage_rate?: number;
  subscript_events?: SubscriptionEventBody[];
}

/** Server-side check of a PUT body, webhook fields still base64 as on the wire. */
export const subscriptionPutBodySchema = z.looseObject({
  enabled: z.boolean().optional(),
  config_source: z.enum(CONFIG_SOURCE_NAMES).optional(),
  webhook_config: z
    .looseObject({
      url: z.string().optional(),
      token: z.string().optional(),
      mention_users: z.string().optional(),
      mention_phone: z.string().optional(),
    })
    .optional(),
  waring_repo_usage_rate: z.literal(USAGE_WARNING_RATES).optional(),
  subscript_events: z
    .array(
      z.looseObject({
        resource_type: z.enum(RESOURCE_TYPE_NAMES),
        action: z.enum(ACTION_NAMES),
        enabled: z.boolean(),
        role_ids: z.array(z.string()).nullish(),
        role_names: z.array(z.enum(ROLE_NAME_VALUES)).nullish(),
      }),
    )
    .optional(),
});

// --- status of every channel (GET .../notification-subscriptions/status)

export const channelStatusSchema = z.looseObject({
  config_source: z.string().nullish(),
  enabled: z.boolean().nullish(),
});

const statusShape = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, channelStatusSchema.optional()]),
) as Record<Channel, z.ZodOptional<typeof channelStatusSchema>>;

export const subscriptionStatusSchema = z.looseObject(statusShape);

export type ChannelStatus = z.infer<typeof channelStatusSchema>;
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;

// --- repositories (GET /v4/user/repositories, GET /v4/projects/{id}/repositories): a bare array

/**
 * An entry of `GET /v4/user/repositories`: the SDK's RepositorySimplestDto (huaweicloud/huaweicloud-sdk-python-v3
 * `huaweicloudsdkcodeartsrepo/v4/model/repository_simplest_dto.py`). It has `namespace` and `path` but no
 * `path_with_namespace` (only the nested `forked_from_repository` has one); `name` is the display name.
 */
export const repositorySchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  namespace: z.string().nullish(),
  path: z.string().nullish(),
  name_with_namespace: z.string().nullish(),
  uuid: z.string().nullish(),
  project_id: z.string().nullish(),
  visibility: z.string().nullish(),
});

export const repositoryListSchema = z.array(repositorySchema);

export type Repository = z.infer<typeof repositorySchema>;

// --- errors

const errorCode = z.union([z.string(), z.number()]).transform(String);

/** v4 and API gateway errors: `{"error_code": "CH.00402000", "error_msg": "…", "request_id": "…"}`. */
export const codeartsErrorBodySchema = z.looseObject({
  error_code: errorCode,
  error_msg: z.string().nullish(),
  request_id: z.string().nullish(),
});

/** v1/v2 errors: `{"error": {"code": "…", "message": "…"}, "status": "failed"}`. */
export const legacyErrorBodySchema = z.looseObject({
  error: z.looseObject({
    code: errorCode.nullish(),
    message: z.string().nullish(),
  }),
  status: z.string().nullish(),
});

export interface CodeartsErrorMessage {
  code?: string;
  message?: string;
  requestId?: string;
}

/** Code and message from any CodeArts error body; empty when the body is neither shape. */
export function codeartsErrorMessage(body: unknown): CodeartsErrorMessage {
  const current = codeartsErrorBodySchema.safeParse(body);
  if (current.success) {
    return withoutEmpty({
      code: current.data.error_code,
      message: current.data.error_msg ?? undefined,
      requestId: current.data.request_id ?? undefined,
    });
  }
  const legacy = legacyErrorBodySchema.safeParse(body);
  if (legacy.success) {
    return withoutEmpty({ code: legacy.data.error.code ?? undefined, message: legacy.data.error.message ?? undefined });
  }
  return {};
}

function withoutEmpty(message: CodeartsErrorMessage): CodeartsErrorMessage {
  return Object.fromEntries(Object.entries(message).filter(([, value]) => value !== undefined && value !== ''));
}

// --- IAM (POST /v3/auth/tokens): the token itself is in the X-Subject-Token header

export const iamTokenResponseSchema = z.looseObject({
  token: z.looseObject({
    expires_at: z.string(),
    issued_at: z.string().nullish(),
  }),
});

export type IamTokenResponse = z.infer<typeof iamTokenResponseSchema>;
