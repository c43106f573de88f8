// `regnotify events`: what each platform can notify about, straight from the catalogs.
import type { Command } from 'commander';
import { platformValues } from './completion-values.js';
import { PLATFORMS } from '../config/platforms.js';
import { defineCommand, toCommand } from './define.js';

export const eventsSpec = defineCommand({
  name: 'events',
  description: 'List the events, methods, subject types, channels, resources, actions and roles each platform knows',
  options: {
    platform: { value: 'platform', description: 'only this platform', choices: PLATFORMS, strict: true, complete: platformValues },
  },
  examples: ['regnotify events', 'regnotify events --platform quay', 'regnotify events --platform codearts -o json'],
  async run(context, _args, options) {
    const { catalogRows, eventCatalog } = await import('./events-catalog.js');
    const platforms = options.platform ? [options.platform] : PLATFORMS;
    // --query reads the same document in every format (on a table it used to see the rows instead).
    if (context.output.printsData && !context.settings.quiet) {
      await context.output.object(await eventCatalog(platforms), { fields: [], id: () => '' });
      return;
    }
    await context.output.list(await catalogRows(platforms), {
      columns: [
        { header: 'platform', value: (row) => row.platform },
        { header: 'kind', value: (row) => row.kind },
        { header: 'name', value: (row) => row.name },
        { header: 'description', value: (row) => row.description },
        { header: 'keys', value: (row) => row.keys },
      ],
      id: (row) => row.name,
    });
  },
});

export function registerEvents(program: Command): void {
  program.addCommand(toCommand(eventsSpec));
}
