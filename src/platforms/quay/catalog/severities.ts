// Quay's vulnerability severities: the names and the `level` numbers Quay stores for them.
// Source: quay/quay util/secscan/__init__.py (PRIORITY_LEVELS) and notifications/notificationevent.py.

import { UsageError } from '../../../core/errors.js';
import { describeChoice } from '../../../core/suggest.js';

/** Quay's severity names; the position is the `level` Quay stores (0 = Critical … 5 = Unknown). */
export const QUAY_SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'] as const;
export type QuaySeverity = (typeof QUAY_SEVERITIES)[number];

export const severityNames: readonly string[] = QUAY_SEVERITIES.map((severity) => severity.toLowerCase());

const LEVEL_HINT = 'use a severity name or a level number from 0 (critical) to 5 (unknown)';

/** A level number (0–5, also as text) or a severity name in any case → the level number. */
export function parseSeverityLevel(value: unknown): number {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
    const level = Number(value);
    if (Number.isInteger(level) && level >= 0 && level < QUAY_SEVERITIES.length) return level;
    throw new UsageError(`invalid vulnerability level ${JSON.stringify(value)} (allowed: 0-5, 0 = critical … 5 = unknown)`, {
      hint: LEVEL_HINT,
    });
  }
  if (typeof value !== 'string') {
    throw new UsageError(`invalid vulnerability level ${JSON.stringify(value)} (allowed: 0-5 or a severity name)`, {
      hint: LEVEL_HINT,
    });
  }
  const level = severityNames.indexOf(value.trim().toLowerCase());
  if (level === -1) throw new UsageError(describeChoice('severity', value, severityNames), { hint: LEVEL_HINT });
  return level;
}
