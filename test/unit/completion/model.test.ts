import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { allCommands, describeProgram } from '../../../src/completion/model.js';
import { fishWord, shellWord, tablesOf } from '../../../src/completion/shell-words.js';
import { ruleTargets } from '../../../src/completion/values.js';
import { memoryIO } from '../../helpers/memory-io.js';

/** A small tree shaped like regnotify's: global options on the root, a group with verbs. */
function sampleProgram(): Command {
  // Like regnotify, which replaces the root's implicit help command with its own.
  const program = new Command('regnotify').version('1.0.0', '-V, --version', 'print the version').helpCommand(false);
  program.option('--profile <name>', 'profile to use').addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json']));
  const notification = program.command('notification').description('Quay notifications');
  notification
    .command('create')
    .description('Create a notification')
    .argument('<repository>', 'ns/name')
    .option('--event <event>', 'event')
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

  it('skips catalog rules for commands and options the tree does not have yet', () => {
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

  it('gives the real program catalog values for every option the value registry names', () => {
    const real = describeProgram(buildProgram(memoryIO()));
    const profileUse = allCommands(real).find((command) => command.path.join(' ') === 'profile use')!;
    expect(profileUse.arguments[0].values).toEqual({ kind: 'profiles' });
    const help = allCommands(real).find((command) => command.path.join(' ') === 'help')!;
    const topics = help.arguments[0].values;
    expect(topics?.kind === 'list' && topics.values.slice(0, 2).map((value) => value.name)).toEqual(['exit-codes', 'environment']);
  });
});

describe('value rules', () => {
  it('each names a command and option (or argument) the program has, so no catalog values are silently lost', () => {
    const commands = allCommands(describeProgram(buildProgram(memoryIO())));
    for (const rule of ruleTargets()) {
      const targets = commands.filter((command) => rule.commands === '*' || rule.commands.includes(command.path.join(' ')));
      if (rule.commands !== '*') expect(targets.map((command) => command.path.join(' ')).sort(), JSON.stringify(rule)).toEqual([...rule.commands].sort());
      const matched = targets.filter((command) =>
        rule.option !== undefined ? command.options.some((option) => option.flags.includes(rule.option!)) : command.arguments.length > rule.argument!,
      );
      expect(matched.length, `no command has ${JSON.stringify(rule)}`).toBeGreaterThan(0);
      if (rule.commands !== '*') expect(matched).toHaveLength(rule.commands.length);
    }
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
