// What a shell needs to complete regnotify, read from the live commander tree: commands, their options
// (and whether each takes a value), positional arguments, and the values the catalogs know.
import type { Argument, Command, Option } from 'commander';
import { completionOf, type ValueSource } from './values.js';

export type { CompletionValue, ValueSource } from './values.js';

export interface CompletionOption {
  /** Short flag first when there is one: `['-o', '--output']`. */
  flags: string[];
  description: string;
  takesValue: boolean;
  values?: ValueSource;
}

export interface CompletionArgument {
  name: string;
  values?: ValueSource;
}

export interface CompletionCommand {
  /** `['hook', 'create']`; the root's is `[]`. */
  path: string[];
  name: string;
  aliases: string[];
  description: string;
  /** The command's own options and --help; the root's are the global options, --version and --help. */
  options: CompletionOption[];
  arguments: CompletionArgument[];
  commands: CompletionCommand[];
}

export interface CompletionTree {
  name: string;
  root: CompletionCommand;
  /** Root options that every command accepts (commander reads them before or after the verb). */
  globalOptions: CompletionOption[];
}

export function describeProgram(program: Command): CompletionTree {
  const root = describeCommand(program, []);
  const versionFlags = new Set(program.options.filter((option) => option.long === '--version').flatMap(optionFlags));
  const globalOptions = root.options.filter((option) => !option.flags.some((flag) => versionFlags.has(flag) || flag === '--help'));
  return { name: program.name(), root, globalOptions };
}

/** Every command of the tree, root first, parents before children. */
export function allCommands(tree: CompletionTree): CompletionCommand[] {
  const result: CompletionCommand[] = [];
  const visit = (command: CompletionCommand): void => {
    result.push(command);
    command.commands.forEach(visit);
  };
  visit(tree.root);
  return result;
}

function describeCommand(command: Command, path: string[]): CompletionCommand {
  const help = command.createHelp();
  const options = help.visibleOptions(command).map(describeOption);
  const children = help
    .visibleCommands(command)
    // Commander's implicit `help [command]` of a group only repeats --help; the root's own `help` is real.
    .filter((child) => path.length === 0 || child.name() !== 'help')
    .map((child) => describeCommand(child, [...path, child.name()]));
  return {
    path,
    name: command.name(),
    aliases: command.aliases(),
    description: firstLine(command.description()),
    options,
    arguments: command.registeredArguments.map(describeArgument),
    commands: children,
  };
}

function optionFlags(option: Option): string[] {
  return [option.short, option.long].filter((flag): flag is string => Boolean(flag));
}

function describeOption(option: Option): CompletionOption {
  const flags = optionFlags(option);
  const takesValue = option.required || option.optional;
  const values = takesValue ? completionOf(option) : undefined;
  return { flags, description: firstLine(option.description), takesValue, ...(values ? { values } : {}) };
}

function describeArgument(argument: Argument): CompletionArgument {
  const values = completionOf(argument);
  return { name: argument.name(), ...(values ? { values } : {}) };
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
