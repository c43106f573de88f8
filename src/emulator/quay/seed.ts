// POST /_emulator/quay/seed: many repositories (and notifications on each) from outside the process, for benchmarks
// and users' own scripts. The body is checked first: a refused body changes nothing.
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';
import type { QuayState } from './state.js';

const NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

const seedBody = z.strictObject({
  namespace: z.string().regex(NAME, 'lower-case letters, digits and . _ - between them'),
  repositories: z.union([
    z.number().int().min(1).max(100_000),
    z.array(z.string().regex(NAME, 'lower-case letters, digits and . _ - between them')).min(1).max(100_000),
  ]),
  notificationsPerRepository: z.number().int().min(0).max(1_000).optional(),
  prefix: z.string().regex(NAME, 'lower-case letters, digits and . _ - between them').optional(),
  public: z.boolean().optional(),
});

export type SeedBody = z.infer<typeof seedBody>;

/** The repository names a seed body asks for: the explicit list, or `<prefix>-00001`… */
function repositoryNames(body: SeedBody): string[] {
  if (Array.isArray(body.repositories)) return body.repositories;
  const width = Math.max(5, String(body.repositories).length);
  return Array.from({ length: body.repositories }, (_, index) => `${body.prefix ?? 'repo'}-${String(index + 1).padStart(width, '0')}`);
}

export function seedControl(request: EmulatorRequest, state: QuayState): EmulatorResponse {
  if (request.text && request.json === undefined) return refused('the body is not JSON');
  const parsed = seedBody.safeParse(request.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refused(`${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  const body = parsed.data;
  const names = repositoryNames(body);
  const taken = names.find((name) => state.repositories.has(`${body.namespace}/${name}`));
  if (taken !== undefined) return { status: 409, json: { message: `invalid seed: repository ${body.namespace}/${taken} exists already` } };
  if (new Set(names).size !== names.length) return refused('repositories: a name is listed twice');
  if (!state.namespaces.has(body.namespace)) state.namespaces.set(body.namespace, { kind: 'org', admins: new Set(['quayadmin']), teams: new Set() });
  const perRepository = body.notificationsPerRepository ?? 0;
  for (const name of names) {
    state.addRepository(body.namespace, name, { description: null, isPublic: Boolean(body.public) });
    for (let number = 1; number <= perRepository; number++) {
      const uuid = randomUUID();
      state.notificationsByUuid.set(uuid, {
        repository: `${body.namespace}/${name}`,
        uuid,
        title: `Notification ${number}`,
        event: 'repo_push',
        method: 'webhook',
        config: { url: `https://hooks.example.com/${body.namespace}/${name}/${number}` },
        event_config: {},
        number_of_failures: 0,
      });
    }
  }
  return { status: 201, json: { namespace: body.namespace, repositories: names.length, notifications: names.length * perRepository } };
}

function refused(reason: string): EmulatorResponse {
  return { status: 400, json: { message: `invalid seed: ${reason}` } };
}
