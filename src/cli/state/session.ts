// The run's side of a declarative plan: each target's client over the context, and bounded concurrency per server.
import { serverLimiter, type Session } from '../../declarative/session.js';
import type { Platform } from '../../platforms/index.js';
import type { Context } from '../context.js';

export function contextSession(context: Context, concurrency: number): Session {
  return {
    async target(descriptor, profile) {
      const platform = descriptor.name as Platform;
      const connection = await context.connection(platform, profile);
      const http = await context.http(platform, { connection });
      return { client: await descriptor.createClient(http), profile: connection.profileName ?? null, server: new URL(http.baseUrl).origin };
    },
    limited: serverLimiter(concurrency),
    warn: (message) => context.output.warn(message),
  };
}
