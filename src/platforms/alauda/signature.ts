// Alauda delivery signing: the one place that signs (the emulator firing deliveries) and verifies
// (`webhook listen`). Alauda signs the X-Alauda-Event-Time header, not the body, so a receiver must
// also reject old event times or a captured delivery could be replayed forever.

import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Hook } from './schemas.js';

const signaturePrefix = 'sha1=';

/** `sha1=<lower-case hex HMAC-SHA1 keyed with the secret over the event time string>`. */
export function signDelivery(secret: string, eventTime: string): string {
  return signaturePrefix + createHmac('sha1', secret).update(eventTime, 'utf8').digest('hex');
}

export interface VerifyDeliveryInput {
  secret: string;
  /** The X-Alauda-Event-Time header as received. */
  eventTime: string | undefined;
  /** The X-Alauda-Signature header as received. */
  signature: string | undefined;
  now?: Date;
  /** How far the event time may be from `now`, either way. */
  maxAgeSeconds?: number;
}

export type VerifyDeliveryResult = { ok: true } | { ok: false; reason: string };

export function verifyDelivery(input: VerifyDeliveryInput): VerifyDeliveryResult {
  const { secret, eventTime, signature, now = new Date(), maxAgeSeconds = 300 } = input;
  if (!signature) return { ok: false, reason: 'missing X-Alauda-Signature header' };
  if (!eventTime) return { ok: false, reason: 'missing X-Alauda-Event-Time header' };

  const expected = Buffer.from(signDelivery(secret, eventTime), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  // timingSafeEqual throws on different lengths; a length says nothing about the secret.
  if (received.length !== expected.length) return { ok: false, reason: 'signature has the wrong length' };
  if (!timingSafeEqual(received, expected)) return { ok: false, reason: 'signature does not match' };

  return checkFreshness(eventTime, now, maxAgeSeconds);
}

function checkFreshness(eventTime: string, now: Date, maxAgeSeconds: number): VerifyDeliveryResult {
  const time = parseEventTime(eventTime);
  if (time === undefined) return { ok: false, reason: `unreadable event time ${JSON.stringify(eventTime)}` };
  const ageSeconds = (now.getTime() - time) / 1000;
  if (ageSeconds > maxAgeSeconds) {
    return { ok: false, reason: `event time is ${Math.round(ageSeconds)} s old (limit ${maxAgeSeconds} s)` };
  }
  if (-ageSeconds > maxAgeSeconds) {
    return { ok: false, reason: `event time is ${Math.round(-ageSeconds)} s in the future (limit ${maxAgeSeconds} s)` };
  }
  return { ok: true };
}

/** Milliseconds since the epoch for a UTC time like `2015-08-27T06:08:55.092827Z`, else undefined. */
export function parseEventTime(eventTime: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(eventTime)) return undefined;
  const time = Date.parse(eventTime);
  return Number.isNaN(time) ? undefined : time;
}

/** UTC with microseconds, as Alauda sends it: `2015-08-27T06:08:55.092827Z`. */
export function formatEventTime(date: Date): string {
  // A JavaScript date holds milliseconds only, so the last three digits are always zero.
  return date.toISOString().replace(/Z$/, '000Z');
}

export type HookReference = Pick<Hook, 'id' | 'subject_type' | 'subject'>;

export interface DeliveryBody {
  hook: HookReference;
  data: Record<string, unknown>;
  sender: { username: string };
}

// A type alias, not an interface, so it can be passed where `Record<string, string>` headers are expected.
export type DeliveryHeaders = {
  'User-Agent': string;
  'X-Alauda-Event': string;
  'X-Alauda-Event-Time': string;
  'X-Alauda-Signature': string;
  'Content-Type': string;
};

export interface Delivery {
  headers: DeliveryHeaders;
  body: DeliveryBody;
}

export interface BuildDeliveryInput {
  hook: HookReference;
  event: string;
  data: Record<string, unknown>;
  /** The username that caused the event. */
  sender: string;
  secret: string;
  now?: Date;
}

/** The headers and JSON body of one delivery, signed as Alauda signs them. */
export function buildDelivery(input: BuildDeliveryInput): Delivery {
  const { hook, event, data, sender, secret, now = new Date() } = input;
  const eventTime = formatEventTime(now);
  return {
    headers: {
      'User-Agent': 'Alauda/Webhook/1.0',
      'X-Alauda-Event': event,
      'X-Alauda-Event-Time': eventTime,
      'X-Alauda-Signature': signDelivery(secret, eventTime),
      'Content-Type': 'application/json',
    },
    // Only the hook's identity: the stored hook also holds its secret, which must never be sent.
    body: {
      hook: { id: hook.id, subject_type: hook.subject_type, subject: hook.subject },
      data,
      sender: { username: sender },
    },
  };
}

/**
 * Plausible `data` for an event on `hook`. build:complete follows Alauda's documented fields;
 * the other events' data are undocumented, so they are inferred in the same style.
 */
export function sampleEventData(event: string, hook: HookReference): Record<string, unknown> {
  const namespace = hook.subject.split('/')[0];
  switch (event) {
    case 'build:complete':
      return {
        build_id: randomUUID(),
        docker_repo_path: `index.alauda.cn/${hook.subject}`,
        created_by: namespace,
        code_repo_type_value: 'master',
        docker_repo_version_tag: 'latest',
        status: 'S',
      };
    case 'image:push':
      return {
        docker_repo_path: `index.alauda.cn/${hook.subject}`,
        docker_repo_version_tag: 'latest',
        digest: `sha256:${randomBytes(32).toString('hex')}`,
        created_by: namespace,
      };
    case 'job:succeed':
    case 'job:fail':
      return { job_id: hook.subject, status: event === 'job:succeed' ? 'S' : 'F' };
    default:
      return {};
  }
}
