import { defineCommand } from '../define.js';
import { PROFILE_NAME } from './arguments.js';
import { noProfileNamed } from '../../config/resolve.js';

export const removeSpec = defineCommand({
  name: 'remove',
  aliases: ['rm'],
  description: 'Delete a stored profile and its credentials (asks first; --yes to skip)',
  arguments: [PROFILE_NAME],
  options: {},
  examples: ['regnotify profile remove old-staging', 'regnotify profile remove old-staging --yes'],
  async run(context, [name]) {
    const data = await context.store.read();
    if (!data.profiles.has(name)) throw noProfileNamed(name);
    await context.confirm(`Remove profile ${name} and its stored credentials?`, `removing profile ${name}`, { nothing: 'Nothing removed.' });
    await context.store.update((current) => {
      const profile = current.profiles.get(name);
      if (!profile) return;
      current.profiles.delete(name);
      if (current.defaults[profile.platform] === name) delete current.defaults[profile.platform];
    });
    context.output.success(`Removed profile ${name}`);
    await context.output.result({ action: 'removed', profile: name });
  },
});
