// What planning and applying need of the run: a client per target (profile), and bounded concurrency per server.
import pLimit, { type LimitFunction } from 'p-limit';
import type { PlatformDescriptor } from '../platforms/descriptor.js';

export interface TargetClient<Client> {
  client: Client;
  /** The profile the target resolved to; null when flags or environment alone name the server. */
  profile: string | null;
  /** Origin of the server, the unit of concurrency. */
  server: string;
}

export interface Session {
  target<Client>(descriptor: PlatformDescriptor<Client>, profile: string | undefined): Promise<TargetClient<Client>>;
  /** Runs `work` with at most `concurrency` calls in flight per server. */
  limited<T>(server: string, work: () => Promise<T>): Promise<T>;
  warn(message: string): void;
}

/** One limiter per server origin: a slow or rate-limited server does not hold the others back. */
export function serverLimiter(concurrency: number): Session['limited'] {
  const limiters = new Map<string, LimitFunction>();
  return (server, work) => {
    let limit = limiters.get(server);
    if (!limit) {
      limit = pLimit(concurrency);
      limiters.set(server, limit);
    }
    return limit(work);
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
