// Quay's notification worker in small: the test delivery of a notification, its webhook or Slack body
// (quay/quay notifications/notificationmethod.py) and the POST, made with node:http(s).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isNotificationDisabled, type JsonObject } from '../../platforms/quay/catalog/index.js';
import { samplePayload } from '../../platforms/quay/catalog/samples.js';
import type { QuayDelivery, QuayState, StoredNotification } from './state.js';

const DELIVERY_TIMEOUT_MS = 10_000;

/** Delivers a test notification with the event's sample payload and records the outcome in the state. */
export async function deliver(state: QuayState, stored: StoredNotification, host: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const [namespace, ...rest] = stored.repository.split('/');
  const payload = samplePayload(stored.event, { namespace, name: rest.join('/'), host, eventConfig: stored.event_config });
  const entry: QuayDelivery = { uuid: stored.uuid, repository: stored.repository, event: stored.event, method: stored.method, outcome: 'skipped' };
  // The worker drops jobs of a notification that failed 3 times in a row, silently.
  if (isNotificationDisabled(stored)) {
    state.deliveries.push(entry);
    return;
  }
  const url = typeof stored.config.url === 'string' ? stored.config.url : undefined;
  const body = stored.method === 'webhook' ? webhookBody(payload, stored.config.template) : stored.method === 'slack' ? slackBody(stored, payload) : undefined;
  if (!url || body === undefined) {
    state.deliveries.push({ ...entry, body: payload });
    return;
  }
  const result = await post(url, body);
  const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
  stored.number_of_failures = ok ? 0 : stored.number_of_failures + 1;
  state.deliveries.push({ ...entry, url, body, outcome: ok ? 'delivered' : 'failed', ...result });
}

/** util/jsontemplate.py in small: `${path}` alone keeps the JSON type, inside text lists join with ",", misses read "(none)". */
function webhookBody(payload: JsonObject, template: unknown): unknown {
  if (typeof template !== 'string' || template === '') return payload;
  const lookup = (expression: string): unknown => {
    const steps = expression.replace(/^\$/, '').match(/[^.[\]]+|\[\d+\]/g) ?? [];
    let value: unknown = payload;
    for (const step of steps) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[step.startsWith('[') ? step.slice(1, -1) : step];
    }
    return value;
  };
  const text = (value: unknown) => (value === undefined ? '(none)' : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value));
  const apply = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\$\{([^}]+)\}$/.exec(value);
      if (whole) return lookup(whole[1]) ?? '(none)';
      return value.replace(/\$\{([^}]+)\}/g, (_match, expression: string) => text(lookup(expression)));
    }
    if (Array.isArray(value)) return value.map(apply);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, apply(item)]));
    return value;
  };
  return apply(JSON.parse(template));
}

/** Each event's summary line and Slack colour (quay/quay notifications/notificationevent.py, notificationmethod.py). */
function slackSummary(event: string, payload: JsonObject): { text: string; color: string } {
  const repository = String(payload.repository);
  const build = `for repository ${repository} [${String(payload.build_id ?? '').slice(0, 7)}]`;
  const priority = String((payload.vulnerability as { priority?: unknown } | undefined)?.priority ?? 'Unknown');
  const COLORS = { info: '#ffffff', warning: 'warning', error: 'danger', success: 'good', primary: 'good' };
  switch (event) {
    case 'repo_push':
      return { text: `Repository ${repository} updated`, color: COLORS.primary };
    case 'build_queued':
      return { text: `Build queued ${build}`, color: COLORS.info };
    case 'build_start':
      return { text: `Build started ${build}`, color: COLORS.info };
    case 'build_success':
      return { text: `Build succeeded ${build}`, color: COLORS.success };
    case 'build_failure':
      return { text: `Build failure ${build}`, color: COLORS.error };
    case 'build_cancelled':
      return { text: `Build cancelled ${build}`, color: COLORS.info };
    case 'vulnerability_found': {
      const level = priority === 'Critical' ? COLORS.error : priority === 'High' || priority === 'Medium' ? COLORS.warning : COLORS.info;
      const tags = Array.isArray(payload.tags) ? payload.tags.length : 0;
      return { text: `${priority} vulnerability detected in repository ${repository} in ${tags} tags`, color: level };
    }
    case 'repo_mirror_sync_started':
      return { text: `Repository Mirror started for ${String(payload.message)}`, color: COLORS.info };
    case 'repo_mirror_sync_success':
      return { text: `Repository Mirror success for ${String(payload.message)}`, color: COLORS.success };
    case 'repo_mirror_sync_failed':
      return { text: `Repository Mirror failed for ${String(payload.message)}`, color: COLORS.error };
    default:
      return { text: `Repository ${repository} image(s) expiring`, color: COLORS.info };
  }
}

function slackBody(stored: StoredNotification, payload: JsonObject): JsonObject {
  const { text, color } = slackSummary(stored.event, payload);
  return {
    text,
    username: 'quayiobot',
    attachments: [{ fallback: text, text: `<${String(payload.homepage)}|${String(payload.repository)}>: ${text}`, color, mrkdwn_in: ['text'] }],
  };
}

function post(url: string, body: unknown): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ error: 'invalid URL' });
      return;
    }
    const data = Buffer.from(JSON.stringify(body));
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(data.length), 'user-agent': 'Quay-Emulator-Webhook' },
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode }));
        response.on('error', (error) => resolve({ status: response.statusCode, error: error.message }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)));
    outgoing.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    outgoing.end(data);
  });
}
