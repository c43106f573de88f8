// The fish script: `complete` lines conditioned on where the command line is, with descriptions.
import type { CompletionOption, CompletionTree, CompletionValue, ValueSource } from './model.js';
import { fishWord, pathOf, tablesOf, type CompletionTables } from './shell-words.js';

const HEADER = `# fish completion for regnotify
# Generated from the command tree by \`regnotify completion fish\` (npm run completions); do not edit.
# Install it as ~/.config/fish/completions/regnotify.fish, or: regnotify completion fish | source
`;

function switchFunction(name: string, comment: string, argumentsText: string, subject: string, arms: string[], otherwise: string): string {
  return [`# ${comment}`, `function ${name} --argument-names ${argumentsText}`, `    switch ${subject}`, ...arms, `        case '*'`, `            ${otherwise}`, '    end', 'end', ''].join('\n');
}

function sourceStatement(source: ValueSource): string {
  if (source.kind === 'profiles') return '__regnotify_profiles';
  const pairs = source.values.flatMap((value: CompletionValue) => [fishWord(value.name), fishWord(value.description ?? '')]);
  return `printf '%s\\t%s\\n' ${pairs.join(' ')}`;
}

function lookupFunctions(tables: CompletionTables): string[] {
  const subcommand = tables.children.flatMap(([parent, word, child]) => [`        case ${fishWord(`${parent}|${word}`)}`, `            echo ${fishWord(child)}`]);
  const takesValue = tables.valueFlags.flatMap(({ path, flags }) => [`        case ${flags.map((flag) => fishWord(`${path}|${flag}`)).join(' ')}`, '            return 0']);
  if (tables.globalValueFlags.length) takesValue.push(`        case ${tables.globalValueFlags.map((flag) => fishWord(`*|${flag}`)).join(' ')}`, '            return 0');
  const optionValues = tables.optionValues.flatMap(({ path, flags, values }) => [`        case ${flags.map((flag) => fishWord(`${path}|${flag}`)).join(' ')}`, `            ${sourceStatement(values)}`]);
  for (const { flags, values } of tables.globalOptionValues) optionValues.push(`        case ${flags.map((flag) => fishWord(`*|${flag}`)).join(' ')}`, `            ${sourceStatement(values)}`);
  const argumentValues = tables.argumentValues.flatMap(({ path, index, values }) => [`        case ${fishWord(`${path}|${index}`)}`, `            ${sourceStatement(values)}`]);
  return [
    switchFunction('__regnotify_subcommand', 'Prints the command path that the word leads to from the given one; fails when it names no subcommand.', 'path word', '"$path|$word"', subcommand, 'return 1'),
    switchFunction('__regnotify_takes_value', 'Succeeds when the option of the command takes a value.', 'path option', '"$path|$option"', takesValue, 'return 1'),
    switchFunction('__regnotify_option_values', 'The values of an option, one a line, with a tab before the description.', 'path option', '"$path|$option"', optionValues, 'return 0'),
    switchFunction('__regnotify_argument_values', 'The values of a positional argument, one a line.', 'path index', '"$path|$index"', argumentValues, 'return 0'),
  ];
}

const RUNTIME = `# Profile names, read when asked (no network).
function __regnotify_profiles
    set -l program (commandline -opc)[1]
    test -n "$program"; or set program regnotify
    $program profile list -q 2>/dev/null
end

# "<positional arguments>|<command path>" for the words before the cursor.
function __regnotify_state
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l path ''
    set -l positional 0
    set -l pending 0
    for token in $tokens
        if test $pending = 1
            set pending 0
            continue
        end
        switch $token
            case '--*=*'
            case '-*'
                __regnotify_takes_value "$path" $token; and set pending 1
            case '*'
                set -l child
                test $positional = 0; and set child (__regnotify_subcommand "$path" $token)
                if test -n "$child"
                    set path $child
                else
                    set positional (math $positional + 1)
                end
        end
    end
    echo "$positional|$path"
end

# Succeeds when the cursor is at the command PATH and, when INDEX is given, at its positional argument INDEX.
function __regnotify_at --argument-names path index
    set -l state (__regnotify_state)
    if test -n "$index"
        test "$state" = "$index|$path"
    else
        string match -q -- "*|$path" "$state"
    end
end
`;

function optionLine(condition: string | undefined, path: string, option: CompletionOption): string {
  const parts = ['complete -c regnotify'];
  if (condition) parts.push(`-n ${fishWord(condition)}`);
  for (const flag of option.flags) parts.push(flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`);
  if (option.takesValue) {
    parts.push(option.values ? `-x -a ${fishWord(`(__regnotify_option_values "${path}" ${option.flags[option.flags.length - 1]})`)}` : '-r');
  }
  if (option.description) parts.push(`-d ${fishWord(option.description)}`);
  return parts.join(' ');
}

function completeLines(tables: CompletionTables): string[] {
  const lines: string[] = ['# Global options, accepted by every command'];
  const globalFlags = new Set(tables.globalOptions.flatMap((option) => option.flags));
  for (const option of tables.globalOptions) lines.push(optionLine(undefined, '', option));
  for (const command of tables.commands) {
    const path = pathOf(command);
    const at = `__regnotify_at "${path}"`;
    lines.push('', `# regnotify ${path || '(top level)'}`.trimEnd());
    for (const child of command.commands) {
      lines.push(`complete -c regnotify -n ${fishWord(`__regnotify_at "${path}" 0`)} -f -a ${fishWord(child.name)} -d ${fishWord(child.description)}`);
    }
    for (const option of command.options) {
      if (option.flags.some((flag) => globalFlags.has(flag)) && command.path.length === 0) continue;
      lines.push(optionLine(at, path, option));
    }
    command.arguments.forEach((argument, index) => {
      if (!argument.values) return;
      lines.push(`complete -c regnotify -n ${fishWord(`__regnotify_at "${path}" ${index}`)} -f -a ${fishWord(`(__regnotify_argument_values "${path}" ${index})`)}`);
    });
  }
  return lines;
}

export function fishScript(tree: CompletionTree): string {
  const tables = tablesOf(tree);
  return [HEADER, ...lookupFunctions(tables), RUNTIME, ...completeLines(tables), ''].join('\n');
}
