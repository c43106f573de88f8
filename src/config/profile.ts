import * as z from 'zod';

import { PLATFORMS, type Platform } from './platforms.js';

export { PLATFORMS, PLATFORM_LABELS, DEFAULT_SERVERS, type Platform } from './platforms.js';

export const profileSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    server: z.string().optional(),
    token: z.string().optional(),
    /** Quay: namespace used when a command is given none. */
    namespace: z.string().optional(),
    /** CodeArts: region that picks the API and IAM hosts. */
    region: z.string().optional(),
    caFile: z.string().optional(),
    insecure: z.boolean().optional(),
    username: z.string().optional(),
    /** CodeArts IAM domain (account) name. */
    domain: z.string().optional(),
    password: z.string().optional(),
    accessKey: z.string().optional(),
    secretKey: z.string().optional(),
    iamEndpoint: z.string().optional(),
    /** CodeArts: IAM project id sent as X-Project-Id (looked up through IAM for AK/SK when absent). */
    projectId: z.string().optional(),
  })
  .passthrough();

export type Profile = z.infer<typeof profileSchema>;

/** The default profile of each platform, by name. */
export const defaultsSchema = z.object(Object.fromEntries(PLATFORMS.map((platform) => [platform, z.string().optional()])) as Record<Platform, z.ZodOptional<z.ZodString>>).passthrough();

export interface StoreData {
  /**
   * Profiles by name. A Map, not an object: a name is data, so "constructor", "toString" or "__proto__" can
   * never be mistaken for a property every object inherits.
   */
  profiles: Map<string, Profile>;
  /** Keys are platforms (a closed list), values profile names. */
  defaults: Partial<Record<Platform, string>>;
}
