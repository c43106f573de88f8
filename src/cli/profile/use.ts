import { defineCommand } from '../define.js';
import { PROFILE_NAME } from './arguments.js';
import { noProfileNamed } from '../../config/resolve.js';

export const useSpec = defineCommand({
  name: 'use',
  description: 'Make a profile the default for its platform',
  arguments: [PROFILE_NAME],
  options: {},
  examples: ['regnotify profile use staging', 'regnotify profile use prod && regnotify repo list --namespace acme'],
  async run(context, [name]) {
    const platform = await context.store.update((data) => {
      const profile = data.profiles.get(name);
      if (!profile) throw noProfileNamed(name);
      data.defaults[profile.platform] = name;
      return profile.platform;
    });
    context.output.success(`${name} is now the default ${platform} profile`);
    await context.output.result({ action: 'made default', profile: name, platform });
  },
});
