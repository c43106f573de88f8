import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';
import { repositoryDetailSpec } from './render.js';

export const updateSpec = defineCommand({
  name: 'update',
  description: "Change a repository's description",
  writes: true,
  arguments: [REPOSITORY],
  options: {
    description: { value: 'text', description: 'new Markdown description ("" clears it)', mandatory: true },
  },
  examples: ['regnotify repo update acme/app --description "Payments service"', 'regnotify repo update acme/app --description ""'],
  async run(context, [repository], options) {
    const ref = parseRepositoryRef(repository);
    const quay = await context.api(quayPlatform);
    await quay.repositories.update(ref, options.description!);
    context.output.success(`Updated the description of ${repository}`);
    // Quay answers {"success": true}: the repository as it is now is read back when the data is printed.
    if (context.output.printsData) await context.output.object(await quay.repositories.get(ref), repositoryDetailSpec);
  },
});
