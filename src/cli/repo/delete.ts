import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a repository, its tags and its notifications (asks first; --yes to skip)',
  writes: true,
  arguments: [REPOSITORY],
  options: {},
  examples: ['regnotify repo delete acme/old-app', 'regnotify repo delete acme/old-app --yes', 'regnotify repo delete acme/old-app --dry-run   # print the DELETE, ask nothing, send nothing'],
  async run(context, [repository]) {
    const ref = parseRepositoryRef(repository);
    // Every tag goes with it: the person types the repository's name, as on GitHub.
    await context.confirm(`Delete repository ${repository} with all its tags and notifications?`, `deleting repository ${repository}`, { typed: repository });
    const quay = await context.api(quayPlatform);
    // Quay answers 204 for a repository that does not exist too, so deleting twice is not an error.
    await quay.repositories.delete(ref);
    context.output.success(`Deleted repository ${repository}`);
    await context.output.result({ action: 'deleted', repository });
  },
});
