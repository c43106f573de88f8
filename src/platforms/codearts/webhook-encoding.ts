// The PUT wants url and mention_phone base64-encoded (UTF-8); responses return plain text.
// Users always type and see plain text: encoding happens only at the wire.
//
// The token is ambiguous upstream: the field table of Huawei's UpdateNotificationSubscription page says only
// `url` and `mention_phone` are base64, while the example request body on the same page shows `token`
// base64-encoded too. We follow the example by default; `--webhook-token-encoding plain` sends it as typed.

import type { SubscriptionPutBody, WebhookConfigBody } from './schemas.js';

const ENCODED_FIELDS = ['url', 'mention_phone', 'token'] as const;

export const TOKEN_ENCODINGS = ['base64', 'plain'] as const;
export type TokenEncoding = (typeof TOKEN_ENCODINGS)[number];

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64Text(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Strict: Node's own decoder skips bad characters silently, which would hide a client bug. */
export function decodeBase64Text(encoded: string): string | undefined {
  if (!BASE64.test(encoded)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(encoded, 'base64'));
  } catch {
    return undefined;
  }
}

function encodedFields(tokenEncoding: TokenEncoding) {
  return ENCODED_FIELDS.filter((field) => field !== 'token' || tokenEncoding === 'base64');
}

export function encodeWebhookConfigForWire(config: WebhookConfigBody, tokenEncoding: TokenEncoding = 'base64'): WebhookConfigBody {
  const encoded: WebhookConfigBody = { ...config };
  for (const field of encodedFields(tokenEncoding)) {
    const value = config[field];
    if (value !== undefined) encoded[field] = encodeBase64Text(value);
  }
  return encoded;
}

/** For the emulator; throws when a field that must be base64 is not. */
export function decodeWebhookConfigFromWire(config: WebhookConfigBody, tokenEncoding: TokenEncoding = 'base64'): WebhookConfigBody {
  const decoded: WebhookConfigBody = { ...config };
  for (const field of encodedFields(tokenEncoding)) {
    const value = config[field];
    if (value === undefined) continue;
    const text = decodeBase64Text(value);
    if (text === undefined) throw new Error(`webhook_config.${field} is not base64-encoded UTF-8`);
    decoded[field] = text;
  }
  return decoded;
}

/** The merged PUT body as it goes on the wire. */
export function encodeSubscriptionBodyForWire(body: SubscriptionPutBody, tokenEncoding: TokenEncoding = 'base64'): SubscriptionPutBody {
  return body.webhook_config ? { ...body, webhook_config: encodeWebhookConfigForWire(body.webhook_config, tokenEncoding) } : body;
}
