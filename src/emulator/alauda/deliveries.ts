// Alauda's outgoing deliveries: a signed POST of an event to a hook's URL, as Alauda signs them, made with node:http(s).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { buildDelivery, sampleEventData, type Delivery } from '../../platforms/alauda/signature.js';
import type { Emulator } from '../server.js';
import { alaudaStateOf } from './state.js';

/** Why a delivery could not be made; `status` is what the emulator's control route answers. */
export class AlaudaDeliveryError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'AlaudaDeliveryError';
  }
}

export interface AlaudaDeliveryResult extends Delivery {
  hookId: number;
  event: string;
  url: string;
  /** The receiver's HTTP status. */
  status: number;
}

export interface FireDeliveryOptions {
  data?: Record<string, unknown>;
  now?: Date;
  timeoutMs?: number;
}

/**
 * Sends one delivery for a stored hook as Alauda does: a signed POST to the hook's URL.
 * `event` defaults to the hook's first event; inactive hooks and events the hook did not subscribe to are refused.
 */
export async function fireAlaudaDelivery(
  emulator: Emulator,
  id: number,
  event?: string,
  options: FireDeliveryOptions = {},
): Promise<AlaudaDeliveryResult> {
  const state = alaudaStateOf(emulator);
  const hook = state?.hooks.get(id);
  if (!state || !hook) throw new AlaudaDeliveryError(404, `no hook ${id}`);
  if (!hook.is_active) throw new AlaudaDeliveryError(409, `hook ${id} is inactive; Alauda delivers nothing for it`);
  const chosen = event ?? hook.events[0];
  if (!hook.events.includes(chosen)) {
    throw new AlaudaDeliveryError(400, `hook ${id} is not subscribed to ${JSON.stringify(chosen)} (its events: ${hook.events.join(', ')})`);
  }
  const delivery = buildDelivery({
    hook,
    event: chosen,
    data: options.data ?? sampleEventData(chosen, hook),
    sender: state.owner,
    secret: hook.secret,
    now: options.now,
  });
  const status = await postDelivery(hook.url, delivery, options.timeoutMs ?? 30_000);
  return { hookId: hook.id, event: chosen, url: hook.url, status, ...delivery };
}

/** POSTs the delivery with node:http(s) and resolves with the receiver's status. */
export function postDelivery(url: string, delivery: Delivery, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const payload = JSON.stringify(delivery.body);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      { method: 'POST', headers: { ...delivery.headers, 'Content-Length': String(Buffer.byteLength(payload)) }, timeout: timeoutMs },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    outgoing.on('error', (error) => reject(new AlaudaDeliveryError(502, `delivery to ${url} failed (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    outgoing.end(payload);
  });
}
