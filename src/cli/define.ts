// Every verb is declared once, as data: its arguments, options, examples and handler. Commander's options,
// the handler's option type, the missing-value check, the completion values and the help examples all
// come from the one definition (in the spirit of wrangler's createCommand), so none of them can drift.
import { Command, Option, type Argument } from 'commander';
import { setCompletion, type ValueSource } from '../completion/values.js';
import { collect, createContext } from './command.js';
import type { Context } from './context.js';
import { DRY_RUN_OPTION, runDryRun } from './dry-run.js';

export interface OptionSpec {
  readonly description: string;
  /** The value's placeholder (`--event <event>`); a switch has none. */
  readonly value?: string;
  readonly short?: string;
  /** `--event a --event b` → ['a', 'b']. */
  readonly repeatable?: boolean;
  /** Listed in --help and offered by completion. */
  readonly choices?: readonly string[];
  /**
   * Commander refuses other values (exit 2, naming the allowed ones). Without it the handler checks them with
   * the platform's catalog, whose messages suggest the closest value.
   */
  readonly strict?: boolean;
  /** Completion values beyond `choices` (catalog entries with descriptions, stored profile names). */
  readonly complete?: () => ValueSource;
  /** Required; a terminal asks for it, a script gets exit 2 naming every missing one. */
  readonly asked?: boolean;
  /** Required, never asked. */
  readonly mandatory?: boolean;
  readonly default?: string;
  readonly hidden?: boolean;
  /** The switch turns something off: `color` → `--no-color` (the value is false when given). */
  readonly negated?: boolean;
  /** Options that cannot be given with this one (keys: `disable`); commander refuses the pair with exit 2. */
  readonly conflicts?: readonly string[];
}

export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** Takes every remaining word (`[topic-or-command...]`). */
  readonly variadic?: boolean;
  readonly choices?: readonly string[];
  readonly complete?: () => ValueSource;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { repeatable: true }
  ? string[]
  : S extends { value: string }
    ? S extends { choices: readonly (infer C extends string)[]; strict: true }
      ? C
      : string
    : boolean;

/** The handler's options, typed from the definition: `--event-config <key=value>` repeatable → `eventConfig?: string[]`. */
export type OptionsOf<O extends OptionSpecs> = { -readonly [K in keyof O]?: ValueOf<O[K]> };

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options: O;
  /** Command lines shown under Examples in --help (a line starting with # is a comment). */
  readonly examples: readonly string[];
  /** More help after the options, built when help is shown (e.g. the catalog's events). */
  readonly help?: () => string;
  /** The verb changes something on a server: it gets --dry-run, which prints the write instead of sending it. */
  readonly writes?: boolean;
  run(context: Context, args: string[], options: OptionsOf<O>): Promise<void>;
}

/** Checks the shape and keeps the option names' literal types for the handler. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** `eventConfig` → `--event-config`. */
export function flagOf(key: string, negated = false): string {
  return `--${negated ? 'no-' : ''}${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function toOption(key: string, spec: OptionSpec): Option {
  const flags = `${spec.short ? `-${spec.short}, ` : ''}${flagOf(key, spec.negated)}${spec.value ? ` <${spec.value}>` : ''}`;
  const option = new Option(flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) option.argParser(collect);
  // Without `strict`, choices only inform --help and completion; the catalog checks the value.
  else if (spec.choices && !spec.strict) option.argParser((value: string) => value);
  if (spec.mandatory) option.makeOptionMandatory();
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.hidden) option.hideHelp();
  if (spec.conflicts) option.conflicts([...spec.conflicts]);
  if (spec.complete) setCompletion(option, spec.complete);
  return option;
}

function toArgument(command: Command, spec: ArgumentSpec): Argument {
  const name = `${spec.name}${spec.variadic ? '...' : ''}`;
  const argument = command.createArgument(spec.optional ? `[${name}]` : `<${name}>`, spec.description);
  if (spec.choices) argument.choices(spec.choices);
  if (spec.complete) setCompletion(argument, spec.complete);
  return argument;
}

/** Adds options declared as data to any commander command (the root's global options too). */
export function addOptions(command: Command, options: OptionSpecs): Command {
  for (const [key, spec] of Object.entries(options)) command.addOption(toOption(key, spec));
  return command;
}

/** The commander command of a definition; the action builds the context and runs the handler. */
export function toCommand<O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  const command = new Command(spec.name).description(spec.description);
  for (const alias of spec.aliases ?? []) command.alias(alias);
  for (const argument of spec.arguments ?? []) command.addArgument(toArgument(command, argument));
  addOptions(command, spec.options);
  if (spec.writes) addOptions(command, { dryRun: DRY_RUN_OPTION });
  if (spec.help) command.addHelpText('after', () => spec.help!());
  addExamples(command, spec.examples);
  command.action(async (...received: unknown[]) => {
    const invoked = received[received.length - 1] as Command;
    const context = createContext(invoked);
    // A bad --query is refused before any request.
    await context.prepareOutput();
    const options = invoked.opts();
    const run = () => spec.run(context, invoked.processedArgs as string[], options as OptionsOf<O>);
    await (spec.writes && options.dryRun ? runDryRun(context, run) : run());
  });
  return command;
}

/** Appends an Examples section to --help (a line starting with # is a comment). */
export function addExamples(command: Command, lines: readonly string[]): Command {
  const text = lines.map((line) => (line.startsWith('#') ? `  ${line}` : `  $ ${line}`)).join('\n');
  return command.addHelpText('after', `\nExamples:\n${text}\n`);
}

/** A group's verbs and help examples: what loads when the group is used (its name and description are in groups.ts). */
export interface GroupBody {
  readonly examples: readonly string[];
  // Each verb has its own option type; the group only builds them.
  readonly commands: ReadonlyArray<CommandSpec<any>>;
}

/**
 * A command group (`repo`, `hook`, …) added to the program: with its verbs when they are loaded, otherwise only its
 * name and description, which is all the root help, `regnotify help` and commander's typo suggestions read.
 */
export function addGroup(program: Command, group: { readonly name: string; readonly description: string }, body?: GroupBody): Command {
  const command = program.command(group.name).description(group.description);
  if (!body) return command;
  addExamples(command, body.examples);
  for (const verb of body.commands) command.addCommand(toCommand(verb));
  return command;
}

function isMissing(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** The flags of the `asked` options that no flag gave, in declaration order: `['--event', '--method']`. */
export function missingFlags<O extends OptionSpecs>(spec: CommandSpec<O>, options: OptionsOf<O>): string[] {
  return Object.entries(spec.options)
    .filter(([key, option]) => option.asked && isMissing(options[key as keyof O]))
    .map(([key]) => flagOf(key));
}
