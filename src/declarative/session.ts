// What planning and applying need of the run: a client per target (profile), and bounded concurrency per server.
import pLimit, { type LimitFunction } from 'p-limit';
import type { PlatformDescriptor } from '../platforms/descriptor.js';
import type { Platform } from '../platforms/index.js';
import { emptyPart, mergeParts, type PlanPart } from './model.js';

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

/** A plan part that is only an error, for one target or one unit of it. */
export function failedPart(platform: Platform, profile: string | null, target: string, error: unknown): PlanPart {
  return { ...emptyPart(), errors: [{ platform, profile, target, message: messageOf(error) }] };
}

/**
 * Plans every target of a platform with its own client; a target whose client cannot be made (no credentials,
 * an unknown profile) is an error for that target alone.
 */
export async function planTargets<Client, Desired extends { profile?: string }>(
  session: Session,
  descriptor: PlatformDescriptor<Client>,
  targets: readonly Desired[],
  plan: (target: TargetClient<Client>, desired: Desired) => Promise<PlanPart>,
): Promise<PlanPart> {
  const platform = descriptor.name as Platform;
  const parts = await Promise.all(
    targets.map(async (desired) => {
      let target: TargetClient<Client>;
      try {
        target = await session.target(descriptor, desired.profile);
      } catch (error) {
        return failedPart(platform, desired.profile ?? null, desired.profile ?? platform, error);
      }
      return plan(target, desired);
    }),
  );
  return mergeParts(parts);
}
