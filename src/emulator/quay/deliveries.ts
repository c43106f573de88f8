// Quay's notification worker in small: the test delivery of a notification, its webhook or Slack body
// (quay/quay notifications/notificationmethod.py) and the POST, made with node:http(s).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isNotificationDisabled, type JsonObject } from '../../platforms/quay/catalog/index.js';
import { namespaceSamplePayload, samplePayload } from '../../platforms/quay/catalog/samples.js';
import type { Notification } from '../../platforms/quay/schemas.js';
import { pythonMatchesFromStart } from '../../platforms/quay/python-regex.js';
import { applyTemplate, TemplateCrash, TemplateError } from '../../platforms/quay/template.js';
import type { QuayDelivery, QuayState, StoredNamespaceNotification, StoredNotification } from './state.js';
import { parseUrl } from '../../core/parse-url.js';

const DELIVERY_TIMEOUT_MS = 10_000;

/** Delivers a test notification with the event's sample payload and records the outcome in the state. */
export async function deliver(state: QuayState, stored: StoredNotification, host: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const [namespace, ...rest] = stored.repository.split('/');
  const payload = samplePayload(stored.event, { namespace, name: rest.join('/'), host, eventConfig: stored.event_config });
  await send(state, stored, payload, { uuid: stored.uuid, repository: stored.repository, event: stored.event, method: stored.method, outcome: 'skipped' });
}

/** The same for a namespace's own notification, with the namespace sample (quay/quay notifications/__init__.py). */
export async function deliverNamespaceNotification(state: QuayState, stored: StoredNamespaceNotification, host: string): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const payload = namespaceSamplePayload(stored.event, { namespace: stored.namespace, host });
  await send(state, stored, payload, { uuid: stored.uuid, namespace: stored.namespace, event: stored.event, method: stored.method, outcome: 'skipped' });
}

async function send(state: QuayState, stored: Notification, payload: JsonObject, entry: QuayDelivery): Promise<void> {
  // The worker drops jobs of a notification that failed 3 times in a row, silently.
  if (isNotificationDisabled(stored)) {
    state.deliveries.push(entry);
    return;
  }
  const unwanted = refFilterRefusal(stored.event_config, payload);
  if (unwanted) {
    state.deliveries.push({ ...entry, error: unwanted });
    return;
  }
  const url = typeof stored.config.url === 'string' ? stored.config.url : undefined;
  let body: unknown;
  try {
    body = stored.method === 'webhook' ? webhookBody(payload, stored.config.template) : stored.method === 'slack' ? slackBody(stored.event, payload) : undefined;
  } catch (error) {
    // The worker counts an exception while building the body as a failed delivery.
    if (!(error instanceof TemplateCrash || error instanceof TemplateError)) throw error;
    stored.number_of_failures += 1;
    state.deliveries.push({ ...entry, url, outcome: 'failed', error: error.message });
    return;
  }
  if (!url || body === undefined) {
    state.deliveries.push({ ...entry, body: payload });
    return;
  }
  const result = await post(url, body);
  const ok = result.status !== undefined && result.status >= 200 && result.status < 300;
  stored.number_of_failures = ok ? 0 : stored.number_of_failures + 1;
  state.deliveries.push({ ...entry, url, body, outcome: ok ? 'delivered' : 'failed', ...result });
}

/**
 * quay/quay notifications/notificationevent.py BaseBuildEvent.should_perform: with a ref-regex, only a build whose
 * git ref matches from its start (re.match) fires; no ref, or a regex that does not compile, never fires.
 * Why the delivery is skipped, or undefined when it goes ahead.
 */
function refFilterRefusal(eventConfig: JsonObject, payload: JsonObject): string | undefined {
  const pattern = eventConfig['ref-regex'];
  if (typeof pattern !== 'string' || pattern === '' || !('build_id' in payload)) return undefined;
  const ref = (payload.trigger_metadata as { ref?: unknown } | undefined)?.ref;
  if (typeof ref !== 'string') return 'the build has no git ref';
  try {
    return pythonMatchesFromStart(pattern, ref) ? undefined : `ref-regex ${pattern} does not match ${ref}`;
  } catch {
    return `ref-regex ${pattern} does not compile`;
  }
}

/** The payload, or Quay's template applied to it (quay/quay util/jsontemplate.py); a template Python fails on throws. */
function webhookBody(payload: JsonObject, template: unknown): unknown {
  if (typeof template !== 'string' || template === '') return payload;
  return applyTemplate(template, payload);
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
    case 'quota_warning':
      return { text: `Namespace ${String(payload.namespace)} storage usage has reached ${String(payload.threshold_percent)}% of its quota limit`, color: COLORS.warning };
    case 'quota_error':
      return { text: `Namespace ${String(payload.namespace)} storage usage has exceeded its quota limit (${String(payload.usage_percent)}%)`, color: COLORS.error };
    default:
      return { text: `Repository ${repository} image(s) expiring`, color: COLORS.info };
  }
}

function slackBody(event: string, payload: JsonObject): JsonObject {
  const { text, color } = slackSummary(event, payload);
  return {
    text,
    username: 'quayiobot',
    attachments: [{ fallback: text, text: `<${String(payload.homepage)}|${String(payload.repository)}>: ${text}`, color, mrkdwn_in: ['text'] }],
  };
}

function post(url: string, body: unknown): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const target = parseUrl(url);
    if (!target) {
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
