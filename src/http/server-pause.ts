// A 429 pauses every request to that server, not only the refused one: a rate-limited server sees the whole run slow
// down (as it asked) instead of the other requests in flight running into the same limit and their own 429s.
// Kept per origin for the whole process, so several clients of one server (profiles, targets) share it.
import { setTimeout as sleep } from 'node:timers/promises';

const pausedUntil = new Map<string, number>();

/** The server at `origin` asked (Retry-After, or our backoff) not to be called for `milliseconds`. */
export function pauseServer(origin: string, milliseconds: number, now = Date.now()): void {
  pausedUntil.set(origin, Math.max(pausedUntil.get(origin) ?? 0, now + milliseconds));
}

/** Waits out a pause of the server, if any; resolves with how long it waited (0: none). */
export async function waitForServer(origin: string): Promise<number> {
  const left = () => (pausedUntil.get(origin) ?? 0) - Date.now();
  let waited = 0;
  // Another 429 may move the end of the pause while this one waits.
  while (left() > 0) {
    const wait = left();
    await sleep(wait);
    waited += wait;
  }
  return waited;
}
