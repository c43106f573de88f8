// The IAM project id that goes in `X-Project-Id`. Huawei's SDKs send it with AK/SK credentials, and when none is
// configured they look it up by region with `GET {iam}/v3/projects?name=<region>`, signed with the same keys
// (huaweicloud/huaweicloud-sdk-python-v3 `huaweicloudsdkcore/auth/credentials.py`, BasicCredentials.process_auth_params
// and sign_request; the request is built in `huaweicloudsdkcore/auth/internal.py`, IamHelper). The SDK caches it per
// AK and region for the life of the process; a CLI run is short, so it is cached in a 0600 file beside the profiles.

import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { ApiError, UsageError } from '../../core/errors.js';
import type { HttpClient } from '../../http/transport.js';

export const PROJECT_CACHE_FILE = 'codearts-projects.json';
export const IAM_PROJECTS_PATH = '/v3/projects';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A project id becomes a header value: letters, digits, `_` and `-` only. */
export function validateProjectId(text: string, source: string): string {
  const value = text.trim();
  if (!PROJECT_ID.test(value)) {
    throw new UsageError(`${source}: invalid project id "${text}" (allowed: 1 to 64 letters, digits, "_" and "-", e.g. 0b8e4c1a2f3d4e5f60718293a4b5c6d7)`);
  }
  return value;
}

const projectListSchema = z.looseObject({
  projects: z.array(z.looseObject({ id: z.string(), name: z.string().nullish() })).nullish(),
});

/** Keyed by a hash of AK, region and endpoint: the access key itself never lands in the cache file. */
function cacheKey(accessKey: string, region: string, endpoint: string): string {
  return createHash('sha256').update(`${accessKey}\n${region}\n${endpoint}`).digest('hex');
}

async function readCache(path: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

async function writeCache(directory: string, path: string, data: Record<string, string>): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export interface ProjectLookup {
  accessKey: string;
  region: string;
  /** IAM base URL, without /v3. */
  endpoint: string;
  configDirectory: string;
  /** A client for `endpoint` that signs with the same AK/SK. */
  iam: () => Promise<HttpClient>;
}

/** The cached project id of the region, else the one IAM lists under the region's name (then cached). */
export async function lookUpProjectId(lookup: ProjectLookup): Promise<string> {
  const path = join(lookup.configDirectory, PROJECT_CACHE_FILE);
  const key = cacheKey(lookup.accessKey, lookup.region, lookup.endpoint);
  const cached = (await readCache(path))[key];
  if (typeof cached === 'string' && PROJECT_ID.test(cached)) return cached;
  const client = await lookup.iam();
  const answer = await client.json({ method: 'GET', path: IAM_PROJECTS_PATH, query: { name: lookup.region } }, projectListSchema);
  const projects = answer.projects ?? [];
  const hint = 'set it with HUAWEICLOUD_SDK_PROJECT_ID or profile add --project-id';
  if (projects.length === 0) {
    throw new ApiError(`IAM lists no project named "${lookup.region}" for this access key, so X-Project-Id is unknown`, { hint });
  }
  if (projects.length > 1) {
    throw new ApiError(`IAM lists ${projects.length} projects named "${lookup.region}" (${projects.map((project) => project.id).join(', ')}); pick one`, { hint });
  }
  const projectId = validateProjectId(projects[0].id, 'IAM');
  await writeCache(lookup.configDirectory, path, { ...(await readCache(path)), [key]: projectId });
  return projectId;
}
