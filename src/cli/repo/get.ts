import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';
import { repositoryDetailSpec } from './render.js';

export const getSpec = defineCommand({
  name: 'get',
  description: 'Show a repository (without its tags unless --tags: Quay would send up to 500)',
  arguments: [REPOSITORY],
  options: {
    tags: { description: 'include the active tags' },
  },
  examples: ['regnotify repo get acme/app', 'regnotify repo get acme/app --tags --json', 'regnotify repo get acme/app --query description'],
  async run(context, [repository], options) {
    const ref = parseRepositoryRef(repository);
    const quay = await context.api(quayPlatform);
    await context.output.object(await quay.repositories.get(ref, { includeTags: Boolean(options.tags) }), repositoryDetailSpec);
  },
});
