// The zsh script: a native compsys function (#compdef), with descriptions, built on the same lookup tables as bash.
import type { CompletionOption, CompletionTree, CompletionValue, ValueSource } from './model.js';
import { ownOptions, pathOf, shellWord, tablesOf, wordWalk, type CompletionTables } from './shell-words.js';

const HEADER = `#compdef regnotify
# zsh completion for regnotify
# Generated from the command tree by \`regnotify completion zsh\` (npm run completions); do not edit.
# Install it as _regnotify in a directory of $fpath (before compinit runs), or: source <(regnotify completion zsh)
`;

function casePattern(path: string, second?: string): string {
  const key = second === undefined ? path : `${path}|${second}`;
  return `"${key.replace(/["\\$\`]/g, (character) => `\\${character}`)}"`;
}

/** `name:description` for _describe, with the name's own colons escaped. */
function describedWord(value: CompletionValue): string {
  const name = value.name.replace(/\\/g, '\\\\').replace(/:/g, '\\:');
  return shellWord(value.description ? `${name}:${value.description}` : name);
}

function describedWords(values: readonly CompletionValue[]): string {
  return values.map(describedWord).join(' ');
}

function sourceStatement(source: ValueSource): string {
  return source.kind === 'profiles' ? '__regnotify_profiles' : `candidates=(${describedWords(source.values)})`;
}

function caseFunction(name: string, comment: string, variable: string, arms: string[], otherwise: string, after: string[] = []): string {
  return [`# ${comment}`, `${name}() {`, `  case "${variable}" in`, ...arms, `    *) ${otherwise} ;;`, '  esac', ...after, '}', ''].join('\n');
}

function globalPattern(flag: string): string {
  return `*${casePattern('', flag)}`;
}

function lookupFunctions(tables: CompletionTables): string[] {
  const subcommand = tables.children.map(([parent, word, child]) => `    ${casePattern(parent, word)}) command_path=${shellWord(child)} ;;`);
  const subcommands = tables.commands
    .filter((command) => command.commands.length)
    .map((command) => `    ${casePattern(pathOf(command))}) candidates=(${describedWords(command.commands.map((child) => ({ name: child.name, description: child.description })))}) ;;`);
  const optionWords = (options: readonly CompletionOption[]) =>
    describedWords(options.flatMap((option) => option.flags.map((flag) => ({ name: flag, description: option.description }))));
  const options = tables.commands
    .map((command) => ({ path: pathOf(command), own: ownOptions(tables, command) }))
    .filter(({ own }) => own.length)
    .map(({ path, own }) => `    ${casePattern(path)}) candidates=(${optionWords(own)}) ;;`);
  const globalOptions = [`  candidates+=(${optionWords(tables.globalOptions)})`, '  return 0'];
  const takesValue = tables.valueFlags.map(({ path, flags }) => `    ${flags.map((flag) => casePattern(path, flag)).join('|')}) return 0 ;;`);
  if (tables.globalValueFlags.length) takesValue.push(`    ${tables.globalValueFlags.map(globalPattern).join('|')}) return 0 ;;`);
  const optionValues = tables.optionValues.map(({ path, flags, values }) => `    ${flags.map((flag) => casePattern(path, flag)).join('|')}) ${sourceStatement(values)} ;;`);
  for (const { flags, values } of tables.globalOptionValues) optionValues.push(`    ${flags.map(globalPattern).join('|')}) ${sourceStatement(values)} ;;`);
  const argumentValues = tables.argumentValues.map(({ path, index, values }) => `    ${casePattern(path, String(index))}) ${sourceStatement(values)} ;;`);
  return [
    caseFunction('__regnotify_subcommand', '$1 command path, $2 word: sets command_path when the word names a subcommand.', '$1|$2', subcommand, 'return 1'),
    caseFunction('__regnotify_subcommands', '$1 command path: its subcommands.', '$1', subcommands, 'candidates=()'),
    caseFunction('__regnotify_options', '$1 command path: the options it accepts.', '$1', options, 'candidates=()', globalOptions),
    caseFunction('__regnotify_takes_value', '$1 command path, $2 option: succeeds when the option takes a value.', '$1|$2', takesValue, 'return 1'),
    caseFunction('__regnotify_option_values', '$1 command path, $2 option: the values it takes.', '$1|$2', optionValues, 'candidates=()'),
    caseFunction('__regnotify_argument_values', '$1 command path, $2 position: the values of that positional argument.', '$1|$2', argumentValues, 'candidates=()'),
  ];
}

const RUNTIME = `# Profile names, read when asked (no network).
__regnotify_profiles() {
  candidates=(\${(f)"$(\${words[1]:-regnotify} profile list -q 2>/dev/null)"})
  candidates=(\${candidates//:/\\\\:})
}

# From $words and $CURRENT: sets command_path, kind (commands, options or values) and candidates.
__regnotify_candidates() {
  local i word pending="" positional=0 current=\${words[CURRENT]}
  local -a subcommands
  command_path=""
${wordWalk('2', 'CURRENT')}
  candidates=()
  kind=values
  if [[ -n $pending ]]; then
    __regnotify_option_values "$command_path" "$pending"
  elif [[ $current == --*=* ]]; then
    __regnotify_option_values "$command_path" "\${current%%=*}"
  elif [[ $current == -* ]]; then
    kind=options
    __regnotify_options "$command_path"
  else
    if ((positional == 0)); then
      __regnotify_subcommands "$command_path"
      subcommands=("\${candidates[@]}")
      ((\${#subcommands})) && kind=commands
    fi
    __regnotify_argument_values "$command_path" "$positional"
    candidates=("\${subcommands[@]}" "\${candidates[@]}")
  fi
}

_regnotify() {
  local -a candidates
  local kind command_path
  __regnotify_candidates
  [[ \${words[CURRENT]} == --*=* ]] && compset -P '*='
  if ((\${#candidates})); then
    _describe -t $kind \${kind%s} candidates
  else
    _files
  fi
}

if [[ "\${funcstack[1]}" == _regnotify ]]; then
  _regnotify "$@"
else
  compdef _regnotify regnotify
fi
`;

export function zshScript(tree: CompletionTree): string {
  return [HEADER, ...lookupFunctions(tablesOf(tree)), RUNTIME].join('\n');
}
