// `regnotify events`: what each platform can notify about, straight from the catalogs.
import { Command, Option } from 'commander';
import { platformValues } from './completion-values.js';
import { withCompletion } from '../completion/values.js';
import { PLATFORMS, type Platform } from '../config/platforms.js';
import { examples, handler } from './command.js';

interface EventsOptions {
  platform?: Platform;
}

export function registerEvents(program: Command): void {
  const command = new Command('events')
    .description('List the events, methods, subject types, channels, resources, actions and roles each platform knows')
    .addOption(withCompletion(new Option('--platform <platform>', 'only this platform').choices(PLATFORMS), platformValues))
    .action(
      handler<EventsOptions>(async (context, _args, options) => {
        const { catalogRows, eventCatalog } = await import('./events-catalog.js');
        const platforms = options.platform ? [options.platform] : PLATFORMS;
        const { format, quiet } = context.settings;
        if (format !== 'table' && !quiet) {
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
      }),
    );
  program.addCommand(
    examples(command, ['regnotify events', 'regnotify events --platform quay', 'regnotify events --platform codearts -o json']),
  );
}
