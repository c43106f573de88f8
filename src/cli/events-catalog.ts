// The catalogs as `regnotify events` shows them: one object for tools, one row per fact for people.
import { descriptorOf, type Platform } from '../platforms/index.js';

export interface CatalogRow {
  platform: Platform;
  kind: string;
  name: string;
  description: string;
  keys: string;
}

/** `{quay: {...}, alauda: {...}, codearts: {...}}` with only the platforms asked for. */
export async function eventCatalog(platforms: readonly Platform[]): Promise<Record<string, unknown>> {
  return Object.fromEntries(await Promise.all(platforms.map(async (platform) => [platform, (await descriptorOf(platform).catalog()).object()])));
}

export async function catalogRows(platforms: readonly Platform[]): Promise<CatalogRow[]> {
  const views = await Promise.all(platforms.map(async (platform) => ({ platform, view: await descriptorOf(platform).catalog() })));
  return views.flatMap(({ platform, view }) => view.rows().map((row) => ({ platform, keys: '', ...row })));
}
