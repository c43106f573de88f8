// Quoting shared by the script generators, and the lookup tables every shell's script is built from.
import { allCommands, type CompletionCommand, type CompletionOption, type CompletionTree, type ValueSource } from './model.js';

/** A word for a POSIX shell (bash, zsh): bare when it is plainly safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+,./:=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A word for fish, whose single quotes take `\'` and `\\`. */
export function fishWord(text: string): string {
  return /^[A-Za-z0-9_@%+,./:=-]+$/.test(text) ? text : `'${text.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}

export interface OptionValues {
  path: string;
  flags: string[];
  values: ValueSource;
}

export interface ArgumentValues {
  path: string;
  index: number;
  values: ValueSource;
}

/** The facts every script needs, flattened: paths are space-joined (`'hook create'`, `''` for the root). */
export interface CompletionTables {
  name: string;
  commands: CompletionCommand[];
  /** `[parent path, word (name or alias), child path]`. */
  children: Array<[string, string, string]>;
  /** Options that take a value, per command; the global ones apply everywhere. */
  valueFlags: Array<{ path: string; flags: string[] }>;
  globalValueFlags: string[];
  optionValues: OptionValues[];
  globalOptionValues: OptionValues[];
  argumentValues: ArgumentValues[];
  globalOptions: CompletionOption[];
}

export function pathOf(command: CompletionCommand): string {
  return command.path.join(' ');
}

export function tablesOf(tree: CompletionTree): CompletionTables {
  const commands = allCommands(tree);
  const globalFlags = new Set(tree.globalOptions.flatMap((option) => option.flags));
  const isGlobal = (command: CompletionCommand, option: CompletionOption): boolean =>
    command.path.length === 0 && option.flags.some((flag) => globalFlags.has(flag));
  const tables: CompletionTables = {
    name: tree.name,
    commands,
    children: [],
    valueFlags: [],
    globalValueFlags: tree.globalOptions.filter((option) => option.takesValue).flatMap((option) => option.flags),
    optionValues: [],
    globalOptionValues: tree.globalOptions.flatMap((option) => (option.values ? [{ path: '', flags: option.flags, values: option.values }] : [])),
    argumentValues: [],
    globalOptions: tree.globalOptions,
  };
  for (const command of commands) {
    const path = pathOf(command);
    for (const child of command.commands) {
      for (const word of [child.name, ...child.aliases]) tables.children.push([path, word, pathOf(child)]);
    }
    const own = command.options.filter((option) => !isGlobal(command, option));
    const valueFlags = own.filter((option) => option.takesValue).flatMap((option) => option.flags);
    if (valueFlags.length) tables.valueFlags.push({ path, flags: valueFlags });
    for (const option of own) if (option.values) tables.optionValues.push({ path, flags: option.flags, values: option.values });
    command.arguments.forEach((argument, index) => {
      if (argument.values) tables.argumentValues.push({ path, index, values: argument.values });
    });
  }
  return tables;
}

/** A command's options without the global ones (the root lists those itself; elsewhere they are added). */
export function ownOptions(tables: CompletionTables, command: CompletionCommand): CompletionOption[] {
  if (command.path.length > 0) return command.options;
  const globalFlags = new Set(tables.globalOptions.flatMap((option) => option.flags));
  return command.options.filter((option) => !option.flags.some((flag) => globalFlags.has(flag)));
}

/**
 * The walk over the words typed before the cursor, the same in bash and zsh (their arrays differ only in where they
 * start): it leaves the command path, an option still waiting for its value, and how many positional words came.
 */
export function wordWalk(first: string, end: string): string {
  return `  for ((i = ${first}; i < ${end}; i++)); do
    word=\${words[i]}
    if [[ -n $pending ]]; then
      pending=""
      continue
    fi
    case $word in
      --*=*) ;;
      -*) __regnotify_takes_value "$command_path" "$word" && pending=$word ;;
      *)
        if ((positional == 0)) && __regnotify_subcommand "$command_path" "$word"; then
          :
        else
          positional=$((positional + 1))
        fi
        ;;
    esac
  done`;
}
