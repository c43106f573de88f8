// Names, labels and default servers of the platforms, read off their descriptors (plain data: the start-up path stays light).
import { DESCRIPTORS, PLATFORMS, type Platform } from '../platforms/index.js';

export { PLATFORMS, type Platform };

export const PLATFORM_LABELS = Object.fromEntries(PLATFORMS.map((name) => [name, DESCRIPTORS[name].label])) as Record<Platform, string>;

/** Public hosts used when neither flag, env nor profile names a server. CodeArts depends on the region. */
export const DEFAULT_SERVERS = Object.fromEntries(
  PLATFORMS.flatMap((name) => (DESCRIPTORS[name].defaultServer ? [[name, DESCRIPTORS[name].defaultServer]] : [])),
) as Partial<Record<Platform, string>>;

/** What each client appends to the server URL ("/api/v1", "/v1", "/v4"): a server URL must not end in it. */
export const API_PREFIXES = Object.fromEntries(PLATFORMS.map((name) => [name, DESCRIPTORS[name].apiPrefix])) as Record<Platform, string>;
