import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { allCommands, describeProgram } from '../../../src/completion/model.js';
import { fishWord, shellWord, tablesOf } from '../../../src/completion/shell-words.js';
import { described, PROFILE_NAMES, withCompletion } from '../../../src/completion/values.js';
import { QUAY_EVENTS } from '../../../src/platforms/quay/catalog/index.js';
import { memoryIO } from '../../helpers/memory-io.js';

/** A small tree shaped like regnotify's: global options on the root, a group with verbs. */
function sampleProgram(): Command {
  // Like regnotify, which replaces the root's implicit help command with its own.
  const program = new Command('regnotify').version('1.0.0', '-V, --version', 'print the version').helpCommand(false);
  program
    .addOption(withCompletion(new Option('--profile <name>', 'profile to use'), PROFILE_NAMES))
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json']));
  const notification = program.command('notification').description('Quay notifications');
  notification
    .command('create')
    .description('Create a notification')
    .argument('<repository>', 'ns/name')
    .addOption(withCompletion(new Option('--event <event>', 'event'), () => described(QUAY_EVENTS)))
    .option('--title <text>', 'title')
    .option('--dry-run', 'do not send');
  notification.command('list').alias('ls').description('List notifications');
  program.command('secret-thing', { hidden: true }).description('hidden');
  program.command('completion').description('Print a script').addArgument(new Command().createArgument('<shell>', 'shell').choices(['bash', 'zsh']));
  return program;
}

describe('describeProgram', () => {
  const tree = describeProgram(sampleProgram());
  const byPath = (path: string) => allCommands(tree).find((command) => command.path.join(' ') === path)!;

  it('walks groups and verbs with their aliases, leaving hidden commands and the implicit help of groups out', () => {
    expect(allCommands(tree).map((command) => command.path.join(' '))).toEqual(['', 'notification', 'notification create', 'notification list', 'completion']);
    expect(byPath('notification list').aliases).toEqual(['ls']);
  });

  it('tells options that take a value from flags, and keeps the root options as the global ones', () => {
    const create = byPath('notification create');
    expect(create.options.map((option) => [option.flags.join(','), option.takesValue])).toEqual([
      ['--event', true],
      ['--title', true],
      ['--dry-run', false],
      ['-h,--help', false],
    ]);
    expect(tree.globalOptions.map((option) => option.flags.join(','))).toEqual(['--profile', '-o,--output']);
  });

  it('takes values from the catalogs for catalog-checked options, and from commander choices otherwise', () => {
    const event = byPath('notification create').options.find((option) => option.flags.includes('--event'))!;
    expect(event.values).toMatchObject({ kind: 'list' });
    expect(event.values?.kind === 'list' && event.values.values[0]).toEqual({
      name: 'repo_push',
      description: 'images were pushed to the repository (one notification per tag for v2 pushes)',
    });
    expect(byPath('notification create').options.find((option) => option.flags.includes('--title'))!.values).toBeUndefined();
    expect(tree.globalOptions.map((option) => option.values)).toEqual([
      { kind: 'profiles' },
      { kind: 'list', values: [{ name: 'table' }, { name: 'json' }] },
    ]);
    expect(byPath('completion').arguments).toEqual([{ name: 'shell', values: { kind: 'list', values: [{ name: 'bash' }, { name: 'zsh' }] } }]);
  });

  it('lists values only for the options that carry them', () => {
    const tables = tablesOf(tree);
    expect(tables.optionValues.map((entry) => `${entry.path} ${entry.flags.join(',')}`)).toEqual(['notification create --event']);
    expect(tables.children).toEqual([
      ['', 'notification', 'notification'],
      ['', 'completion', 'completion'],
      ['notification', 'create', 'notification create'],
      ['notification', 'list', 'notification list'],
      ['notification', 'ls', 'notification list'],
    ]);
  });

  it('gives the real program catalog values for every option the value registry names', async () => {
    const real = describeProgram(await buildProgram(memoryIO()));
    const profileUse = allCommands(real).find((command) => command.path.join(' ') === 'profile use')!;
    expect(profileUse.arguments[0].values).toEqual({ kind: 'profiles' });
    const help = allCommands(real).find((command) => command.path.join(' ') === 'help')!;
    const topics = help.arguments[0].values;
    expect(topics?.kind === 'list' && topics.values.slice(0, 2).map((value) => value.name)).toEqual(['exit-codes', 'environment']);
  });
});

describe('values attached to options', () => {
  it('reach every catalog-checked option and argument of the real program, under whatever name it has', async () => {
    const commands = allCommands(describeProgram(await buildProgram(memoryIO())));
    const withValues = commands.flatMap((command) => [
      ...command.options.filter((option) => option.values && option.values.kind === 'list' && option.values.values.some((value) => value.description)).map((option) => `${command.path.join(' ')} ${option.flags.at(-1)}`),
      ...command.arguments.filter((argument) => argument.values).map((argument) => `${command.path.join(' ')} <${argument.name}>`),
    ]);
    expect(withValues).toEqual(
      expect.arrayContaining([
        'notification create --event',
        'notification create --method',
        'hook create --subject-type',
        'hook create --event',
        'hook list --subject-type',
        'hook update --event',
        'subscription get --type',
        'subscription set --type',
        'subscription set --config-source',
        'subscription set --usage-warning',
        'subscription set --event',
        'subscription set --disable-event',
        'profile add --platform',
        'api --platform',
        'events --platform',
        'profile show <name>',
        'profile use <name>',
        'profile remove <name>',
        'help <topic-or-command>',
      ]),
    );
    const root = commands.find((command) => command.path.length === 0)!;
    expect(root.options.find((option) => option.flags.includes('--profile'))!.values).toEqual({ kind: 'profiles' });
  });
});

describe('shell words', () => {
  it('leaves plain words bare and single-quotes the rest for bash and zsh', () => {
    expect(shellWord('build:complete')).toBe('build:complete');
    expect(shellWord('hook create')).toBe("'hook create'");
    expect(shellWord("the event's $payload")).toBe(`'the event'\\''s $payload'`);
  });

  it('escapes quotes and backslashes inside single quotes for fish', () => {
    expect(fishWord('repo_push')).toBe('repo_push');
    expect(fishWord("it's a \\ path")).toBe("'it\\'s a \\\\ path'");
    expect(fishWord('')).toBe("''");
  });
});
