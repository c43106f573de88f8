// What planning and applying need of the run: a client per target (profile), and bounded concurrency per server.
import pLimit, { type LimitFunction } from 'p-limit';
import type { PlatformDescriptor } from '../platforms/descriptor.js';
import type { Platform } from '../platforms/index.js';
import { emptyPart, type PlanPart } from './model.js';

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
 * One unit of planning: what one Quay repository, Alauda subject or CodeArts repository needs read and compared.
 * The units of a file are planned a few at a time per server and printed in file order as they finish.
 */
export interface PlanUnit {
  /** Never rejects: what goes wrong is an error in the part, for this unit alone. */
  plan: () => Promise<PlanPart>;
}

/** A unit of a target; a failure is an error for `name` alone (`describe` may reword it, e.g. a 404). */
export function targetUnit(
  target: TargetClient<unknown>,
  platform: Platform,
  name: string,
  plan: () => Promise<PlanPart>,
  describe: (error: unknown) => unknown = (error) => error,
): PlanUnit {
  return { plan: () => plan().catch((error: unknown) => failedPart(platform, target.profile, name, describe(error))) };
}

/**
 * The units of every target of a platform, each with its target's client; a target whose client cannot be made (no
 * credentials, an unknown profile) is one unit that reports the error for that target alone.
 */
export async function targetUnits<Client, Desired extends { profile?: string }>(
  session: Session,
  descriptor: PlatformDescriptor<Client>,
  targets: readonly Desired[],
  units: (target: TargetClient<Client>, desired: Desired) => PlanUnit[],
): Promise<PlanUnit[]> {
  const platform = descriptor.name as Platform;
  const lists = await Promise.all(
    targets.map(async (desired): Promise<PlanUnit[]> => {
      let target: TargetClient<Client>;
      try {
        target = await session.target(descriptor, desired.profile);
      } catch (error) {
        const part = failedPart(platform, desired.profile ?? null, desired.profile ?? platform, error);
        return [{ plan: async () => part }];
      }
      return units(target, desired);
    }),
  );
  return lists.flat();
}
