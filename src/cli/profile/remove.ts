import { IF_EXISTS_OPTION, runDeletion } from '../deletion.js';
import { defineCommand } from '../define.js';
import { PROFILE_NAME } from './arguments.js';
import { noProfileNamed } from '../../config/resolve.js';

export const removeSpec = defineCommand({
  name: 'remove',
  aliases: ['rm'],
  description: 'Delete a stored profile and its credentials (asks first; --yes to skip)',
  arguments: [PROFILE_NAME],
  options: IF_EXISTS_OPTION,
  examples: ['regnotify profile remove old-staging', 'regnotify profile remove old-staging --yes', '# exit 0 when it is already gone', 'regnotify profile remove old-staging --yes --if-exists'],
  async run(context, [name], options) {
    await runDeletion(
      context,
      {
        what: `profile ${name}`,
        fields: { profile: name },
        verb: 'removed',
        question: `Remove profile ${name} and its stored credentials?`,
        refusal: `removing profile ${name}`,
        done: `Removed profile ${name}`,
        exists: async () => (await context.store.read()).profiles.has(name),
        absence: 'read first',
        notFound: noProfileNamed(name),
        remove: () =>
          context.store.update((current) => {
            const profile = current.profiles.get(name);
            if (!profile) return;
            current.profiles.delete(name);
            if (current.defaults[profile.platform] === name) delete current.defaults[profile.platform];
          }),
      },
      Boolean(options.ifExists),
    );
  },
});
