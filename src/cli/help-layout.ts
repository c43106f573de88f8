// The help page laid out like gh's: what this command has of its own (arguments, commands, options) first; the global
// options, the same on every page, after them in one line that points at `regnotify help global-options`.
import type { Command, Help } from 'commander';

export const GLOBAL_OPTIONS_TOPIC = 'regnotify help global-options';

/** The one line (under 80 characters): the most-used global flags, and where all of them are. */
export const GLOBAL_OPTIONS_LINE = `  --profile, --server, -o, --json, -q and more: ${GLOBAL_OPTIONS_TOPIC}`;

export function formatHelp(command: Command, helper: Help): string {
  const helpWidth = helper.helpWidth ?? 80;
  // Commander stops wrapping when fewer than 40 columns are left for descriptions: a term too long for that goes on
  // its own line, its description under it, as gh does.
  const termWidth = Math.min(helper.padWidth(command, helper), Math.max(helpWidth - 44, 12));
  const item = (term: string, description: string) =>
    helper.displayWidth(term) > termWidth
      ? `  ${term}\n${helper.formatItem('', termWidth, description, helper)}`
      : helper.formatItem(term, termWidth, description, helper);
  const section = (heading: string, items: string[]) => (items.length ? [helper.styleTitle(heading), ...items, ''] : []);

  const description = helper.commandDescription(command);
  const lines = [`${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(command))}`, ''];
  if (description) lines.push(helper.boxWrap(helper.styleCommandDescription(description), helpWidth), '');
  lines.push(
    ...section(
      'Arguments:',
      helper.visibleArguments(command).map((argument) => item(helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument)))),
    ),
    ...section(
      'Commands:',
      helper.visibleCommands(command).map((sub) => item(helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub)))),
    ),
    ...section(
      command.parent ? 'Options:' : 'Global options (every command accepts them):',
      helper.visibleOptions(command).map((option) => item(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)))),
    ),
  );
  if (command.parent) lines.push(helper.styleTitle('Global options:'), GLOBAL_OPTIONS_LINE, '');
  return lines.join('\n');
}

/** `regnotify help global-options`: every global option with its description, as the root's help shows them. */
export function globalOptionsText(program: Command, helpWidth: number): string {
  const helper = program.createHelp();
  helper.prepareContext({ helpWidth });
  const options = helper.visibleOptions(program).filter((option) => option.long !== '--help' && option.long !== '--version');
  const termWidth = Math.max(...options.map((option) => helper.displayWidth(helper.optionTerm(option))));
  const items = options.map((option) => helper.formatItem(helper.optionTerm(option), termWidth, helper.optionDescription(option), helper));
  return `Global options: every command accepts them, before or after its name\n${items.join('\n')}\n`;
}
