import { UsageError } from '../../core/errors.js';
import { parseWholeNumber } from '../../core/whole-number.js';
import { validateNamespace } from '../../platforms/quay/names.js';
import { defineCommand, type OptionsOf, type OptionSpecs } from '../define.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { formatCommandLine } from '../../prompts/command-line.js';
import { repositoryListSpec } from './render.js';

/** Quay's page size: without --limit or --all one page is shown. */
const DEFAULT_LIMIT = 100;
const STARRED_MAXIMUM = 99;

function parseLimit(options: OptionsOf<typeof LIST_OPTIONS>): number | undefined {
  if (options.all && options.limit !== undefined) throw new UsageError('--limit and --all cannot be used together');
  if (options.all) return undefined;
  if (options.limit === undefined) return DEFAULT_LIMIT;
  return parseWholeNumber(options.limit, '--limit', { min: 1 });
}

/** A person with a profile changes it (credentials kept); one without stores a first one. */
function namespaceHint(profileName: string | undefined): string {
  return profileName === undefined
    ? 'pass --namespace NS, or store a default namespace with: regnotify profile add NAME --platform quay --namespace NS'
    : `pass --namespace NS, or store a default namespace in profile "${profileName}" with: ${formatCommandLine(['regnotify', 'profile', 'set', profileName, ['--namespace', 'NS']])}`;
}

const LIST_OPTIONS = {
  namespace: { value: 'namespace', description: "repositories of this user or organization (default: the profile's namespace)" },
  public: { description: 'include public repositories you are not a member of' },
  starred: { description: `only repositories you starred (Quay returns at most ${STARRED_MAXIMUM})` },
  lastModified: { description: 'add the time of the newest tag' },
  popularity: { description: 'add the popularity score' },
  limit: { value: 'n', description: `stop after N repositories (default: ${DEFAULT_LIMIT}, one page)` },
  all: { description: 'read every page' },
} as const satisfies OptionSpecs;

export const listSpec = defineCommand({
  name: 'list',
  aliases: ['ls'],
  description: `List repositories: the first ${DEFAULT_LIMIT} unless --limit or --all (rows stream as pages arrive)`,
  options: LIST_OPTIONS,
  examples: [
    'regnotify repo list --namespace acme',
    'regnotify repo list --namespace acme --all --json > repositories.json',
    'regnotify repo list --public --namespace acme --last-modified --limit 20',
    'regnotify repo list --starred -q',
  ],
  async run(context, _args, options) {
    const limit = parseLimit(options);
    const connection = options.namespace === undefined && !options.public && !options.starred ? await context.connection('quay') : undefined;
    const named = options.namespace ?? connection?.profile?.namespace;
    if (named === undefined && !options.public && !options.starred) {
      throw new UsageError('repo list needs --namespace, --public or --starred (Quay requires one of them)', { hint: namespaceHint(connection?.profileName) });
    }
    if (options.starred && options.namespace) context.output.warn('Quay ignores --namespace with --starred: it lists every starred repository');
    const filters = {
      namespace: named === undefined ? undefined : validateNamespace(named),
      public: options.public,
      starred: options.starred,
      lastModified: options.lastModified,
      popularity: options.popularity,
    };
    const [quay, { listAllRepositories, takeRepositories }] = await Promise.all([context.api(quayPlatform), import('../../platforms/quay/pagination.js')]);
    const writer = context.output.listWriter(repositoryListSpec(filters));
    let written = 0;
    const result = await takeRepositories(listAllRepositories(quay.repositories, filters), limit, async (rows) => {
      written += rows.length;
      await writer.add(rows);
    }).finally(async () => {
      // Close what was started (a JSON array stays valid); a failure before any row prints no data at all.
      if (written > 0) await writer.end();
    });
    if (written === 0) {
      await quay.checkTokenOfEmptyList();
      await writer.end();
    }
    if (result.truncated) context.output.notice(`Showing the first ${result.count} repositories; pass --limit N or --all for more.`);
    if (options.starred && result.count === STARRED_MAXIMUM) context.output.warn(`Quay returns at most ${STARRED_MAXIMUM} starred repositories; there may be more`);
  },
});
