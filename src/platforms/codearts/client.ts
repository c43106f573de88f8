// Typed calls to CodeArts Repo API v4. Paths, query and bodies are built here; nothing is printed.

import type { z } from 'zod';
import { AuthError, ApiError, NotFoundError, UsageError } from '../../core/errors.js';
import { paginate, type ListNames } from '../../http/pagination.js';
import type { HttpClient, HttpRequest } from '../../http/transport.js';
import { parseRepositoryId, type Channel } from './catalog.js';
import { LARGEST_PAGE } from './pagination.js';
import {
  repositoryListSchema,
  subscriptionSettingsSchema,
  subscriptionStatusSchema,
  type Repository,
  type SubscriptionPutBody,
  type SubscriptionSettings,
  type SubscriptionStatus,
} from './schemas.js';
import { encodeSubscriptionBodyForWire, type TokenEncoding } from './webhook-encoding.js';

/** The API's largest page; a shorter page is the last. */
export const REPOSITORY_PAGE_SIZE = LARGEST_PAGE;
/** A name search that matches more than 100,000 repositories is a server ignoring `offset` or `search`. */
export const MAX_SEARCH_PAGES = 1_000;

const REPOSITORY_SEARCH: ListNames<number> = {
  server: 'CodeArts',
  list: 'the repository search',
  rows: 'repositories',
  cursor: (offset) => `offset ${offset}`,
  cursorKind: 'offset',
};

function subscriptionPath(repositoryId: number, leaf: 'subscription' | 'status'): string {
  return `/repositories/${repositoryId}/notification-subscriptions/${leaf}`;
}

/** `group / repo` as the API writes name_with_namespace, compared as `group/repo`. */
function compactPath(text: string | null | undefined): string | undefined {
  return text?.split('/').map((part) => part.trim()).join('/');
}

/** `namespace/path`, the repository's path as it appears in its clone URLs; the list has no such field. */
export function repositoryPath(repository: Repository): string | undefined {
  return repository.namespace && repository.path ? `${repository.namespace}/${repository.path}` : undefined;
}

/** `group/repo` matches the path (namespace/path) or the display name (name_with_namespace); a bare name, name or path. */
export function matchesRepository(repository: Repository, text: string): boolean {
  if (text.includes('/')) {
    const wanted = compactPath(text);
    return repositoryPath(repository) === wanted || compactPath(repository.name_with_namespace) === wanted;
  }
  return repository.name === text || repository.path === text;
}

export function createCodeartsClient(http: HttpClient) {
  /** API gateway auth failures may come with another status; they still mean exit 4. */
  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiError && !(error instanceof AuthError) && error.code === 'APIG.0301') {
        throw new AuthError(error.message, { status: error.status, code: error.code, requestId: error.requestId, hint: error.hint });
      }
      throw error;
    }
  }
  const json = <T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T> => call(() => http.json(request, schema));

  const repositories = {
    /**
     * The user's repositories whose name matches the search text, page after page through the shared
     * pagination guard (the API has no total: a short page is the last), keeping only those `keep` accepts.
     */
    async search(text: string, keep: (repository: Repository) => boolean = () => true): Promise<Repository[]> {
      const found: Repository[] = [];
      const pages = paginate<Repository, number>({
        names: REPOSITORY_SEARCH,
        fetch: async (offset = 0) => {
          const rows = await json({ method: 'GET', path: '/user/repositories', query: { search: text, offset, limit: REPOSITORY_PAGE_SIZE } }, repositoryListSchema);
          return { rows, next: rows.length < REPOSITORY_PAGE_SIZE ? undefined : offset + REPOSITORY_PAGE_SIZE };
        },
        key: (repository) => String(repository.id),
        maxPages: MAX_SEARCH_PAGES,
      });
      for await (const page of pages) found.push(...page.rows.filter(keep));
      return found;
    },

    /** A numeric id as is; `group/repo` (or a bare name) looked up among the user's repositories. */
    async resolve(text: string): Promise<number> {
      const id = parseRepositoryId(text);
      if (id !== undefined) return id;
      const wanted = text.trim();
      const name = wanted.split('/').pop()!.trim();
      // The search matches names; the exact path is then picked from what it returns.
      const matches = await repositories.search(name, (repository) => matchesRepository(repository, wanted));
      const ids = [...new Set(matches.map((repository) => repository.id))];
      if (ids.length === 0) {
        throw new NotFoundError(`no repository "${wanted}" among the repositories you can see`, {
          hint: 'name it as group/repo exactly as CodeArts shows it, or by its numeric id',
        });
      }
      if (ids.length > 1) {
        const names = matches.map((repository) => `${repositoryPath(repository) ?? repository.name} (${repository.id})`);
        throw new UsageError(`repository "${wanted}" is ambiguous (matches ${names.join(', ')})`, {
          hint: 'name it as group/repo, or by its numeric id',
        });
      }
      return ids[0];
    },
  };

  const subscriptions = {
    status(repositoryId: number): Promise<SubscriptionStatus> {
      return json({ method: 'GET', path: subscriptionPath(repositoryId, 'status') }, subscriptionStatusSchema);
    },

    get(repositoryId: number, channel: Channel): Promise<SubscriptionSettings> {
      return json({ method: 'GET', path: subscriptionPath(repositoryId, 'subscription'), query: { type: channel } }, subscriptionSettingsSchema);
    },

    /** `body` in plain text; url, mention_phone and (unless `tokenEncoding` is plain) token are base64-encoded here, at the wire. */
    put(repositoryId: number, channel: Channel, body: SubscriptionPutBody, tokenEncoding: TokenEncoding = 'base64'): Promise<SubscriptionSettings> {
      return json(
        {
          method: 'PUT',
          path: subscriptionPath(repositoryId, 'subscription'),
          query: { type: channel },
          body: encodeSubscriptionBodyForWire(body, tokenEncoding),
        },
        subscriptionSettingsSchema,
      );
    },
  };

  return { repositories, subscriptions };
}

export type CodeartsClient = ReturnType<typeof createCodeartsClient>;
