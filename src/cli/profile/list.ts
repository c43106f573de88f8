import { summarize, type ProfileSummary } from '../../config/summary.js';
import { defineCommand } from '../define.js';

export const listSpec = defineCommand({
  name: 'list',
  aliases: ['ls'],
  description: 'List stored profiles (never shows a secret)',
  options: {},
  examples: ['regnotify profile list', 'regnotify profile list --json'],
  async run(context) {
    const data = await context.store.read();
    const rows = [...data.profiles].map(([name, profile]) => summarize(name, profile, data)).sort((a, b) => a.name.localeCompare(b.name));
    await context.output.list<ProfileSummary>(rows, {
      columns: [
        { header: 'name', value: (row) => row.name },
        { header: 'platform', value: (row) => row.platform },
        { header: 'server', value: (row) => row.server ?? '' },
        { header: 'default', value: (row) => (row.default ? 'yes' : '') },
      ],
      id: (row) => row.name,
      empty: 'No profiles yet. Add one with: regnotify profile add NAME --platform quay|alauda|codearts',
    });
  },
});
