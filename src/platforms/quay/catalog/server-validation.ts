// Server-side validation: what Quay itself answers to a notification body, for the emulator.
// Source: quay/quay notifications/notificationmethod.py (each method's validate()).

import { templateProblem } from '../template.js';
import { findQuayMethod, webhookUrlProblem } from './methods.js';
import { isPlainObject, type JsonObject } from './values.js';

/** Quay's validate() tests `if not value`, so Python's falsy values count as missing. */
function isPythonFalsy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

function checkWebhook(config: JsonObject): string | undefined {
  if (webhookUrlProblem(String(config.url))) return 'Invalid webhook URL';
  const template = config.template;
  if (isPythonFalsy(template)) return undefined;
  // Real Quay answers 500 here (json.loads of a non-string raises TypeError); a 400 is the closest useful answer.
  if (typeof template !== 'string') return 'Could not parse template: the template must be a JSON string';
  const problem = templateProblem(template);
  return problem?.crash ? QUAY_CRASH : problem?.message;
}

/** Not a message: Quay raises an exception it does not catch, and answers HTTP 500. */
export const QUAY_CRASH = 'crash';

function checkQuayNotification(config: JsonObject): string | undefined {
  const target = config.target;
  return isPlainObject(target) && !isPythonFalsy(target.kind) ? undefined : 'Missing target';
}

/** Quay's own validate() after the missing-key checks, for the methods that have more to check. */
const CHECKS_AFTER_KEYS: Readonly<Record<string, (config: JsonObject) => string | undefined>> = {
  quay_notification: checkQuayNotification,
  webhook: checkWebhook,
};

/**
 * Quay's 400 `detail` for this method config, or undefined when Quay accepts it. Quay is more lenient
 * than validateNotification: it ignores unknown keys and the Slack URL pattern, and it cannot check
 * state (authorized e-mails, existing users/teams), which is the emulator's job.
 * An unknown method also gives undefined: real Quay fails with HTTP 500 there, check findQuayMethod first.
 */
export function serverValidateMethodConfig(method: string, config: JsonObject): string | undefined {
  const entry = findQuayMethod(method);
  if (!entry) return undefined;
  for (const key of entry.configKeys) {
    if (key.missingMessage && isPythonFalsy(config[key.key])) return key.missingMessage;
  }
  return CHECKS_AFTER_KEYS[entry.name]?.(config);
}
