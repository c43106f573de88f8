// Retry-After as RFC 9110 §10.2.3 defines it: delay-seconds (1*DIGIT) or an HTTP-date (IMF-fixdate, or the
// obsolete RFC 850 and asctime forms every recipient must accept). Anything else, such as "-1" or "soon", is
// unreadable: it is ignored and the usual backoff applies. Date.parse is not used, as it reads "-1" as a year.

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

/** Sun, 06 Nov 1994 08:49:37 GMT */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** Sunday, 06-Nov-94 08:49:37 GMT */
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
/** Sun Nov  6 08:49:37 1994 */
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

/** delay-seconds; a decimal fraction ("0.5") is tolerated, as some servers send one. A sign never is. */
const DELAY_SECONDS = /^\d+(\.\d+)?$/;

/** Milliseconds since the epoch for an HTTP-date, or undefined when the text is not one (or names no real day). */
export function parseHttpDate(text: string, now = Date.now()): number | undefined {
  let day: string, month: string, year: number, hours: string, minutes: string, seconds: string;
  let match = IMF_FIXDATE.exec(text);
  if (match) {
    [, day, month, , hours, minutes, seconds] = match;
    year = Number(match[3]);
  } else if ((match = RFC850_DATE.exec(text))) {
    [, day, month, , hours, minutes, seconds] = match;
    // RFC 9110: a two-digit year more than 50 years in the future means the most recent past year with those digits.
    const thisYear = new Date(now).getUTCFullYear();
    year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
    if (year > thisYear + 50) year -= 100;
  } else if ((match = ASCTIME_DATE.exec(text))) {
    [, month, day, hours, minutes, seconds] = match;
    year = Number(match[6]);
  } else {
    return undefined;
  }
  const monthIndex = MONTHS.indexOf(month);
  const time = Date.UTC(year, monthIndex, Number(day), Number(hours), Number(minutes), Number(seconds));
  const date = new Date(time);
  // Date.UTC rolls 31 Feb over into March and 25:00 into the next day: such a date is not a date.
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === monthIndex &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hours) &&
    date.getUTCMinutes() === Number(minutes) &&
    date.getUTCSeconds() === Number(seconds);
  return exact ? time : undefined;
}

/** How long the server asks to wait, in milliseconds (0 for a date in the past); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (DELAY_SECONDS.test(text)) return Math.round(Number(text) * 1000);
  const date = parseHttpDate(text, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** "45 s", "10 min", "1 h", "3 days": how long a wait is, for a person. */
export function describeDelay(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(seconds / 360) / 10;
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
