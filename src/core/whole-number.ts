// Whole-number flags (--limit, --port): digits only, and never past what a JavaScript number holds exactly,
// so 99999999999999999999 is refused instead of becoming 100000000000000000000.

import { UsageError } from './errors.js';

export function parseWholeNumber(text: string, flag: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const allowed = max === Number.MAX_SAFE_INTEGER && !(value > max) ? `a whole number, ${min} or more` : `a whole number from ${min} to ${max}`;
  throw new UsageError(`${flag}: invalid value ${JSON.stringify(text)} (allowed: ${allowed})`);
}
