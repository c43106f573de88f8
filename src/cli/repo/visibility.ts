import { parseRepositoryRef, REPOSITORY_VISIBILITIES, type RepositoryVisibility } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';
import { repositoryDetailSpec } from './render.js';

export const visibilitySpec = defineCommand({
  name: 'visibility',
  description: 'Make a repository public or private',
  writes: true,
  arguments: [REPOSITORY, { name: 'visibility', description: 'new visibility', choices: REPOSITORY_VISIBILITIES }],
  options: {},
  examples: ['regnotify repo visibility acme/website public', 'regnotify repo visibility acme/app private'],
  async run(context, [repository, visibility]) {
    const ref = parseRepositoryRef(repository);
    const quay = await context.api(quayPlatform);
    await quay.repositories.changeVisibility(ref, visibility as RepositoryVisibility);
    context.output.success(`${repository} is now ${visibility}`);
    if (context.output.printsData) await context.output.object(await quay.repositories.get(ref), repositoryDetailSpec);
  },
});
