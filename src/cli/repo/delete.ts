import { parseRepositoryRef } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { IF_EXISTS_OPTION, runDeletion } from '../deletion.js';
import { defineCommand } from '../define.js';
import { REPOSITORY } from './arguments.js';

export const deleteSpec = defineCommand({
  name: 'delete',
  aliases: ['rm'],
  description: 'Delete a repository, its tags and its notifications (asks first; --yes to skip)',
  writes: true,
  arguments: [REPOSITORY],
  options: IF_EXISTS_OPTION,
  examples: [
    'regnotify repo delete acme/old-app',
    'regnotify repo delete acme/old-app --yes',
    'regnotify repo delete acme/old-app --dry-run   # print the DELETE, ask nothing, send nothing',
    '# exit 0 when it is already gone',
    'regnotify repo delete acme/old-app --yes --if-exists',
  ],
  async run(context, [repository], options) {
    const ref = parseRepositoryRef(repository);
    const quay = await context.api(quayPlatform);
    await runDeletion(
      context,
      {
        what: `repository ${repository}`,
        fields: { repository },
        // Every tag goes with it: the person types the repository's name, as on GitHub.
        question: `Delete repository ${repository} with all its tags and notifications?`,
        refusal: `deleting repository ${repository}`,
        typed: repository,
        done: `Deleted repository ${repository}`,
        exists: () => quay.repositories.exists(ref),
        // Quay answers 204 for a repository that does not exist too (quay/quay endpoints/api/repository.py).
        absence: 'read after confirming',
        remove: () => quay.repositories.delete(ref),
      },
      Boolean(options.ifExists),
    );
  },
});
