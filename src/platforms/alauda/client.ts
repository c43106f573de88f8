// Typed calls of Alauda's /v1 API: paths, bodies and parsing live here; printing and flags do not.
import { ApiError, AuthError, NotFoundError, unlessMissing } from '../../core/errors.js';
import { paginate, type ListNames } from '../../http/pagination.js';
import type { HttpClient } from '../../http/transport.js';
import { nextPageTarget } from './pagination.js';
import {
  hookPageSchema,
  hookSchema,
  mergeHookUpdate,
  tokenResponseSchema,
  type CreateHookBody,
  type Hook,
  type HookChanges,
  type TokenRequest,
  type UpdateHookBody,
} from './schemas.js';

export interface HookFilter {
  subjectType?: string;
  subject?: string;
}

const hookPath = (id: number) => `/hooks/${id}`;

const HOOK_LIST: ListNames<string> = {
  server: 'Alauda',
  list: 'the hook list',
  rows: 'hooks',
  cursor: (next) => `the next page ${next}`,
  cursorKind: 'next page link',
};

/** Alauda's 404 says only "Not found."; name the hook so the message stands on its own. */
async function naming<T>(id: number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(`hook ${id}: ${error.message}`, {
        status: error.status,
        requestId: error.requestId,
        hint: 'list hooks with: regnotify hook list',
        cause: error,
      });
    }
    throw error;
  }
}

export function createAlaudaClient(http: HttpClient) {
  const hooks = {
    create: (body: CreateHookBody): Promise<Hook> => http.json({ method: 'POST', path: '/hooks', body }, hookSchema),

    /** Every hook, following `next` links through the shared pagination guard when the server pages. */
    async list(filter: HookFilter = {}): Promise<Hook[]> {
      const hooks: Hook[] = [];
      const pages = paginate<Hook, string>({
        names: HOOK_LIST,
        fetch: (next) => {
          const target = next ? nextPageTarget(http.baseUrl, next) : undefined;
          const request = target
            ? { method: 'GET' as const, path: target.path, query: target.query }
            : { method: 'GET' as const, path: '/hooks', query: { subject_type: filter.subjectType, subject: filter.subject } };
          return http.json(request, hookPageSchema);
        },
        key: (hook) => String(hook.id),
      });
      for await (const page of pages) hooks.push(...page.rows);
      return hooks;
    },

    get: (id: number): Promise<Hook> => naming(id, () => http.json({ method: 'GET', path: hookPath(id) }, hookSchema)),

    /** Whether the hook is there: a 404 is "no", any other failure stays an error. */
    exists: async (id: number): Promise<boolean> => (await unlessMissing(() => hooks.get(id))) !== undefined,

    /** The hook with this name on this subject (--if-not-exists); Alauda filters by subject, the name is matched here. */
    async findNamed(subjectType: string, subject: string, name: string): Promise<Hook | undefined> {
      const candidates = await hooks.list({ subjectType, subject });
      return candidates.find((hook) => hook.subject_type === subjectType && hook.subject === subject && hook.name === name);
    },

    /** Replaces the whole writable set. */
    update: (id: number, body: UpdateHookBody): Promise<Hook> =>
      naming(id, () => http.json({ method: 'PUT', path: hookPath(id), body }, hookSchema)),

    /**
     * Reads the hook, applies the changes `decide` returns for it and sends the whole writable set back,
     * because Alauda's PUT replaces everything. `decide` may throw to stop before anything is written.
     */
    async modify(id: number, decide: (current: Hook) => HookChanges): Promise<Hook> {
      const current = await hooks.get(id);
      return hooks.update(id, mergeHookUpdate(current, decide(current)));
    },

    delete: async (id: number): Promise<void> => {
      await naming(id, () => http.request({ method: 'DELETE', path: hookPath(id) }));
    },
  };

  return {
    hooks,

    /**
     * Exchanges a user name and password for the account's API token (an anonymous call). Form-encoded, as
     * the public clients send it: zhmocean/alauda-CLI `alaudacli/commands.py` posts the dict with
     * `requests.post(url, payload)`, which form-encodes it.
     */
    async generateToken(credentials: TokenRequest): Promise<string> {
      try {
        const form = { username: credentials.username, password: credentials.password };
        const answer = await http.json({ method: 'POST', path: '/generate-api-token/', form }, tokenResponseSchema);
        return answer.token;
      } catch (error) {
        // Django REST answers wrong credentials with a 400, but for the user it is a failed sign-in.
        if (error instanceof ApiError && error.status === 400) {
          throw new AuthError(`signing in to Alauda as ${credentials.username} failed: ${error.message}`, {
            status: error.status,
            requestId: error.requestId,
            hint: 'check the user name and password, or copy the API token from the web console and use --token-stdin',
            cause: error,
          });
        }
        throw error;
      }
    },
  };
}

export type AlaudaClient = ReturnType<typeof createAlaudaClient>;
