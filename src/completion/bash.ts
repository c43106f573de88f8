// The bash script: lookup functions generated from the tree, and one walker that reads the words typed so far.
// Works with bash 3.2 and later, with or without the bash-completion package.
import type { CompletionOption, CompletionTree, ValueSource } from './model.js';
import { ownOptions, pathOf, shellWord, tablesOf, wordWalk, type CompletionTables } from './shell-words.js';

const HEADER = `# bash completion for regnotify
# Generated from the command tree by \`regnotify completion bash\` (npm run completions); do not edit.
# Load it with: source <(regnotify completion bash)   or install it as described in the README.
`;

function casePattern(path: string, second?: string): string {
  const key = second === undefined ? path : `${path}|${second}`;
  return `"${key.replace(/["\\$\`]/g, (character) => `\\${character}`)}"`;
}

function words(values: readonly string[]): string {
  return values.map(shellWord).join(' ');
}

function sourceStatement(source: ValueSource): string {
  return source.kind === 'profiles' ? '__regnotify_profiles' : `candidates=(${words(source.values.map((value) => value.name))})`;
}

function caseFunction(name: string, comment: string, variable: string, arms: string[], otherwise: string, after: string[] = []): string {
  return [`# ${comment}`, `${name}() {`, `  case "${variable}" in`, ...arms, `    *) ${otherwise} ;;`, '  esac', ...after, '}', ''].join('\n');
}

function subcommandFunction(tables: CompletionTables): string {
  const arms = tables.children.map(([parent, word, child]) => `    ${casePattern(parent, word)}) command_path=${shellWord(child)} ;;`);
  return caseFunction('__regnotify_subcommand', '$1 command path, $2 word: sets command_path when the word names a subcommand.', '$1|$2', arms, 'return 1');
}

function subcommandsFunction(tables: CompletionTables): string {
  const arms = tables.commands
    .filter((command) => command.commands.length)
    .map((command) => `    ${casePattern(pathOf(command))}) candidates=(${words(command.commands.map((child) => child.name))}) ;;`);
  return caseFunction('__regnotify_subcommands', '$1 command path: its subcommands.', '$1', arms, 'candidates=()');
}

function optionsFunction(tables: CompletionTables): string {
  const longFlags = (options: readonly CompletionOption[]) => words(options.flatMap((option) => option.flags.filter((flag) => flag.startsWith('--'))));
  const arms = tables.commands
    .map((command) => ({ path: pathOf(command), options: ownOptions(tables, command) }))
    .filter(({ options }) => options.length)
    .map(({ path, options }) => `    ${casePattern(path)}) candidates=(${longFlags(options)}) ;;`);
  const globals = `  candidates+=(${longFlags(tables.globalOptions)})`;
  return caseFunction('__regnotify_options', '$1 command path: the options it accepts (the global ones everywhere).', '$1', arms, 'candidates=()', [globals, '  return 0']);
}

function takesValueFunction(tables: CompletionTables): string {
  const arms = tables.valueFlags.map(({ path, flags }) => `    ${flags.map((flag) => casePattern(path, flag)).join('|')}) return 0 ;;`);
  if (tables.globalValueFlags.length) arms.push(`    ${tables.globalValueFlags.map((flag) => `*${casePattern('', flag)}`).join('|')}) return 0 ;;`);
  return caseFunction('__regnotify_takes_value', '$1 command path, $2 option: succeeds when the option takes a value.', '$1|$2', arms, 'return 1');
}

function optionValuesFunction(tables: CompletionTables): string {
  const arms = tables.optionValues.map(({ path, flags, values }) => `    ${flags.map((flag) => casePattern(path, flag)).join('|')}) ${sourceStatement(values)} ;;`);
  for (const { flags, values } of tables.globalOptionValues) {
    arms.push(`    ${flags.map((flag) => `*${casePattern('', flag)}`).join('|')}) ${sourceStatement(values)} ;;`);
  }
  return caseFunction('__regnotify_option_values', '$1 command path, $2 option: the values it takes.', '$1|$2', arms, 'candidates=()');
}

function argumentValuesFunction(tables: CompletionTables): string {
  const arms = tables.argumentValues.map(({ path, index, values }) => `    ${casePattern(path, String(index))}) ${sourceStatement(values)} ;;`);
  return caseFunction('__regnotify_argument_values', '$1 command path, $2 position: the values of that positional argument.', '$1|$2', arms, 'candidates=()');
}

const RUNTIME = `# Profile names, read when asked (no network).
__regnotify_profiles() {
  local line
  candidates=()
  while IFS= read -r line; do
    [[ -n $line ]] && candidates+=("$line")
  done < <("\${COMP_WORDS[0]:-regnotify}" profile list -q 2>/dev/null)
}

# COMP_WORDS is split at COMP_WORDBREAKS, which holds ':' and '=': glue the pieces back, so that
# build:complete and --output=json are one word each, as regnotify sees them. Sets words and cword.
__regnotify_reassemble() {
  local line=\${COMP_LINE-} count=\${#COMP_WORDS[@]} i word previous="" glue
  words=()
  cword=0
  for ((i = 0; i < count; i++)); do
    word=\${COMP_WORDS[i]}
    if [[ -n $line ]]; then
      [[ $line == [[:blank:]]* ]] && glue=0 || glue=1
      line=\${line#"\${line%%[![:blank:]]*}"}
      line=\${line#"$word"}
    elif [[ $word =~ ^[:=]+$ || $previous =~ ^[:=]+$ ]]; then
      glue=1
    else
      glue=0
    fi
    if ((i > 1 && glue)); then
      words[\${#words[@]} - 1]+=$word
    else
      words+=("$word")
    fi
    ((i == COMP_CWORD)) && cword=$((\${#words[@]} - 1))
    previous=$word
  done
  if ((COMP_CWORD >= count)); then
    words+=("")
    cword=$((\${#words[@]} - 1))
  fi
}

_regnotify() {
  local -a words candidates
  local cword i word command_path="" pending="" positional=0 current prefix="" candidate typed strip=""
  __regnotify_reassemble
${wordWalk('1', 'cword')}

  current=\${words[cword]}
  candidates=()
  if [[ -n $pending ]]; then
    __regnotify_option_values "$command_path" "$pending"
  elif [[ $current == --*=* ]]; then
    prefix=\${current%%=*}=
    __regnotify_option_values "$command_path" "\${current%%=*}"
  elif [[ $current == -* ]]; then
    __regnotify_options "$command_path"
  else
    local -a subcommands=()
    if ((positional == 0)); then
      __regnotify_subcommands "$command_path"
      subcommands=(\${candidates[@]+"\${candidates[@]}"})
    fi
    __regnotify_argument_values "$command_path" "$positional"
    candidates=(\${subcommands[@]+"\${subcommands[@]}"} \${candidates[@]+"\${candidates[@]}"})
  fi

  # Readline replaces only the text after the last ':' or '=' of the word: drop what it already has.
  typed=\${COMP_WORDS[COMP_CWORD]-}
  if [[ $typed != "$current" ]]; then
    [[ $typed =~ ^[:=]+$ ]] && strip=$current || strip=\${current%"$typed"}
  fi
  COMPREPLY=()
  for candidate in \${candidates[@]+"\${candidates[@]}"}; do
    candidate=$prefix$candidate
    [[ $candidate == "$current"* ]] && COMPREPLY+=("\${candidate#"$strip"}")
  done
  return 0
}

complete -o default -F _regnotify regnotify
`;

export function bashScript(tree: CompletionTree): string {
  const tables = tablesOf(tree);
  return [
    HEADER,
    subcommandFunction(tables),
    subcommandsFunction(tables),
    optionsFunction(tables),
    takesValueFunction(tables),
    optionValuesFunction(tables),
    argumentValuesFunction(tables),
    RUNTIME,
  ].join('\n');
}
