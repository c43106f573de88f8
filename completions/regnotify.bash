# bash completion for regnotify
# Generated from the command tree by `regnotify completion bash` (npm run completions); do not edit.
# Load it with: source <(regnotify completion bash)   or install it as described in the README.

# $1 command path, $2 word: sets command_path when the word names a subcommand.
__regnotify_subcommand() {
  case "$1|$2" in
    "|init") command_path=init ;;
    "|profile") command_path=profile ;;
    "|repo") command_path=repo ;;
    "|notification") command_path=notification ;;
    "|demo") command_path=demo ;;
    "|hook") command_path=hook ;;
    "|subscription") command_path=subscription ;;
    "|plan") command_path=plan ;;
    "|apply") command_path=apply ;;
    "|export") command_path=export ;;
    "|schema") command_path=schema ;;
    "|api") command_path=api ;;
    "|emulator") command_path=emulator ;;
    "|events") command_path=events ;;
    "|completion") command_path=completion ;;
    "|help") command_path=help ;;
    "profile|add") command_path='profile add' ;;
    "profile|list") command_path='profile list' ;;
    "profile|ls") command_path='profile list' ;;
    "profile|show") command_path='profile show' ;;
    "profile|use") command_path='profile use' ;;
    "profile|remove") command_path='profile remove' ;;
    "profile|rm") command_path='profile remove' ;;
    "profile|set") command_path='profile set' ;;
    "profile|login") command_path='profile login' ;;
    "repo|create") command_path='repo create' ;;
    "repo|list") command_path='repo list' ;;
    "repo|ls") command_path='repo list' ;;
    "repo|get") command_path='repo get' ;;
    "repo|update") command_path='repo update' ;;
    "repo|visibility") command_path='repo visibility' ;;
    "repo|delete") command_path='repo delete' ;;
    "repo|rm") command_path='repo delete' ;;
    "notification|create") command_path='notification create' ;;
    "notification|list") command_path='notification list' ;;
    "notification|ls") command_path='notification list' ;;
    "notification|get") command_path='notification get' ;;
    "notification|test") command_path='notification test' ;;
    "notification|reset") command_path='notification reset' ;;
    "notification|delete") command_path='notification delete' ;;
    "notification|rm") command_path='notification delete' ;;
    "notification|authorize-email") command_path='notification authorize-email' ;;
    "hook|create") command_path='hook create' ;;
    "hook|list") command_path='hook list' ;;
    "hook|ls") command_path='hook list' ;;
    "hook|get") command_path='hook get' ;;
    "hook|update") command_path='hook update' ;;
    "hook|enable") command_path='hook enable' ;;
    "hook|disable") command_path='hook disable' ;;
    "hook|delete") command_path='hook delete' ;;
    "hook|rm") command_path='hook delete' ;;
    "subscription|status") command_path='subscription status' ;;
    "subscription|get") command_path='subscription get' ;;
    "subscription|set") command_path='subscription set' ;;
    *) return 1 ;;
  esac
}

# $1 command path: its subcommands.
__regnotify_subcommands() {
  case "$1" in
    "") candidates=(init profile repo notification demo hook subscription plan apply export schema api emulator events completion help) ;;
    "profile") candidates=(add list show use remove set login) ;;
    "repo") candidates=(create list get update visibility delete) ;;
    "notification") candidates=(create list get test reset delete authorize-email) ;;
    "hook") candidates=(create list get update enable disable delete) ;;
    "subscription") candidates=(status get set) ;;
    *) candidates=() ;;
  esac
}

# $1 command path: the options it accepts (the global ones everywhere).
__regnotify_options() {
  case "$1" in
    "") candidates=(--version --help) ;;
    "init") candidates=(--help) ;;
    "profile") candidates=(--help) ;;
    "profile add") candidates=(--platform --token-stdin --default --force --namespace --region --username --password-stdin --domain --iam-endpoint --project-id --save-password --access-key --secret-key-stdin --help) ;;
    "profile list") candidates=(--help) ;;
    "profile show") candidates=(--help) ;;
    "profile use") candidates=(--help) ;;
    "profile remove") candidates=(--if-exists --help) ;;
    "profile set") candidates=(--namespace --region --project-id --insecure --no-insecure --help) ;;
    "profile login") candidates=(--token-stdin --username --password-stdin --domain --iam-endpoint --save-password --access-key --secret-key-stdin --help) ;;
    "repo") candidates=(--help) ;;
    "repo create") candidates=(--namespace --visibility --description --if-not-exists --dry-run --help) ;;
    "repo list") candidates=(--namespace --public --starred --last-modified --popularity --limit --all --help) ;;
    "repo get") candidates=(--tags --help) ;;
    "repo update") candidates=(--description --dry-run --help) ;;
    "repo visibility") candidates=(--dry-run --help) ;;
    "repo delete") candidates=(--if-exists --dry-run --help) ;;
    "notification") candidates=(--help) ;;
    "notification create") candidates=(--event --method --config --event-config --title --url --email --target --template --level --days --ref-regex --org --user --if-not-exists --dry-run --help) ;;
    "notification list") candidates=(--org --user --help) ;;
    "notification get") candidates=(--org --user --help) ;;
    "notification test") candidates=(--reset --org --user --dry-run --help) ;;
    "notification reset") candidates=(--org --user --dry-run --help) ;;
    "notification delete") candidates=(--org --user --if-exists --dry-run --help) ;;
    "notification authorize-email") candidates=(--wait --timeout-wait --dry-run --help) ;;
    "demo") candidates=(--help) ;;
    "hook") candidates=(--help) ;;
    "hook create") candidates=(--subject-type --subject --event --url --name --secret --generate-secret --secret-stdin --secret-env --if-not-exists --dry-run --help) ;;
    "hook list") candidates=(--subject-type --subject --help) ;;
    "hook get") candidates=(--help) ;;
    "hook update") candidates=(--event --url --name --secret --generate-secret --secret-stdin --secret-env --active --inactive --dry-run --help) ;;
    "hook enable") candidates=(--dry-run --help) ;;
    "hook disable") candidates=(--dry-run --help) ;;
    "hook delete") candidates=(--if-exists --dry-run --help) ;;
    "subscription") candidates=(--help) ;;
    "subscription status") candidates=(--help) ;;
    "subscription get") candidates=(--type --help) ;;
    "subscription set") candidates=(--type --enable --disable --config-source --webhook-url --webhook-token-stdin --webhook-token-encoding --mention-users --mention-phone --usage-warning --event --disable-event --dry-run --help) ;;
    "plan") candidates=(--file --prune --detailed-exitcode --help) ;;
    "apply") candidates=(--file --prune --concurrency --help) ;;
    "export") candidates=(--platform --repo --namespace --subject-type --subject --file --help) ;;
    "schema") candidates=(--help) ;;
    "api") candidates=(--platform --data --input --raw-field --field --header --paginate --include --dry-run --help) ;;
    "emulator") candidates=(--port --host --help) ;;
    "events") candidates=(--platform --help) ;;
    "completion") candidates=(--help) ;;
    "help") candidates=(--help) ;;
    *) candidates=() ;;
  esac
  candidates+=(--profile --server --output --json --query --quiet --no-color --no-input --yes --verbose --timeout --retries --ca-file --insecure --show-secrets)
  return 0
}

# $1 command path, $2 option: succeeds when the option takes a value.
__regnotify_takes_value() {
  case "$1|$2" in
    "profile add|--platform"|"profile add|--namespace"|"profile add|--region"|"profile add|--username"|"profile add|--domain"|"profile add|--iam-endpoint"|"profile add|--project-id"|"profile add|--access-key") return 0 ;;
    "profile set|--namespace"|"profile set|--region"|"profile set|--project-id") return 0 ;;
    "profile login|--username"|"profile login|--domain"|"profile login|--iam-endpoint"|"profile login|--access-key") return 0 ;;
    "repo create|--namespace"|"repo create|--visibility"|"repo create|--description") return 0 ;;
    "repo list|--namespace"|"repo list|--limit") return 0 ;;
    "repo update|--description") return 0 ;;
    "notification create|--event"|"notification create|--method"|"notification create|--config"|"notification create|--event-config"|"notification create|--title"|"notification create|--url"|"notification create|--email"|"notification create|--target"|"notification create|--template"|"notification create|--level"|"notification create|--days"|"notification create|--ref-regex"|"notification create|--org") return 0 ;;
    "notification list|--org") return 0 ;;
    "notification get|--org") return 0 ;;
    "notification test|--org") return 0 ;;
    "notification reset|--org") return 0 ;;
    "notification delete|--org") return 0 ;;
    "notification authorize-email|--timeout-wait") return 0 ;;
    "hook create|--subject-type"|"hook create|--subject"|"hook create|--event"|"hook create|--url"|"hook create|--name"|"hook create|--secret"|"hook create|--secret-env") return 0 ;;
    "hook list|--subject-type"|"hook list|--subject") return 0 ;;
    "hook update|--event"|"hook update|--url"|"hook update|--name"|"hook update|--secret"|"hook update|--secret-env") return 0 ;;
    "subscription get|--type") return 0 ;;
    "subscription set|--type"|"subscription set|--config-source"|"subscription set|--webhook-url"|"subscription set|--webhook-token-encoding"|"subscription set|--mention-users"|"subscription set|--mention-phone"|"subscription set|--usage-warning"|"subscription set|--event"|"subscription set|--disable-event") return 0 ;;
    "plan|-f"|"plan|--file") return 0 ;;
    "apply|-f"|"apply|--file"|"apply|--concurrency") return 0 ;;
    "export|--platform"|"export|--repo"|"export|--namespace"|"export|--subject-type"|"export|--subject"|"export|-f"|"export|--file") return 0 ;;
    "api|--platform"|"api|--data"|"api|--input"|"api|-f"|"api|--raw-field"|"api|-F"|"api|--field"|"api|-H"|"api|--header") return 0 ;;
    "emulator|--port"|"emulator|--host") return 0 ;;
    "events|--platform") return 0 ;;
    *"|--profile"|*"|--server"|*"|-o"|*"|--output"|*"|--query"|*"|--timeout"|*"|--retries"|*"|--ca-file") return 0 ;;
    *) return 1 ;;
  esac
}

# $1 command path, $2 option: the values it takes.
__regnotify_option_values() {
  case "$1|$2" in
    "profile add|--platform") candidates=(quay alauda codearts) ;;
    "repo create|--visibility") candidates=(private public) ;;
    "notification create|--event") candidates=(repo_push build_queued build_start build_success build_failure build_cancelled vulnerability_found repo_mirror_sync_started repo_mirror_sync_success repo_mirror_sync_failed repo_image_expiry) ;;
    "notification create|--method") candidates=(quay_notification email webhook slack flowdock hipchat) ;;
    "notification create|--level") candidates=(critical high medium low negligible unknown) ;;
    "hook create|--subject-type") candidates=(build_repo image_repo job) ;;
    "hook create|--event") candidates=(build:complete image:push job:succeed job:fail) ;;
    "hook list|--subject-type") candidates=(build_repo image_repo job) ;;
    "hook update|--event") candidates=(build:complete image:push job:succeed job:fail) ;;
    "subscription get|--type") candidates=(internal_message email qyweixin feishu dingding) ;;
    "subscription set|--type") candidates=(internal_message email qyweixin feishu dingding) ;;
    "subscription set|--config-source") candidates=(repo product) ;;
    "subscription set|--webhook-token-encoding") candidates=(base64 plain) ;;
    "subscription set|--usage-warning") candidates=(60 80 90) ;;
    "subscription set|--event") candidates=(repo:create repo:open repo:update repo:delete repo:merge repo:review repo:approve repo:create_note repo:resolve_note repo:capacity_warning repo:mention mr:create mr:open mr:update mr:delete mr:merge mr:review mr:approve mr:create_note mr:resolve_note mr:capacity_warning mr:mention member:create member:open member:update member:delete member:merge member:review member:approve member:create_note member:resolve_note member:capacity_warning member:mention note:create note:open note:update note:delete note:merge note:review note:approve note:create_note note:resolve_note note:capacity_warning note:mention) ;;
    "subscription set|--disable-event") candidates=(repo:create repo:open repo:update repo:delete repo:merge repo:review repo:approve repo:create_note repo:resolve_note repo:capacity_warning repo:mention mr:create mr:open mr:update mr:delete mr:merge mr:review mr:approve mr:create_note mr:resolve_note mr:capacity_warning mr:mention member:create member:open member:update member:delete member:merge member:review member:approve member:create_note member:resolve_note member:capacity_warning member:mention note:create note:open note:update note:delete note:merge note:review note:approve note:create_note note:resolve_note note:capacity_warning note:mention) ;;
    "export|--platform") candidates=(quay alauda codearts) ;;
    "export|--subject-type") candidates=(build_repo image_repo job) ;;
    "api|--platform") candidates=(quay alauda codearts) ;;
    "events|--platform") candidates=(quay alauda codearts) ;;
    *"|--profile") __regnotify_profiles ;;
    *"|-o"|*"|--output") candidates=(table json yaml) ;;
    *) candidates=() ;;
  esac
}

# $1 command path, $2 position: the values of that positional argument.
__regnotify_argument_values() {
  case "$1|$2" in
    "profile show|0") __regnotify_profiles ;;
    "profile use|0") __regnotify_profiles ;;
    "profile remove|0") __regnotify_profiles ;;
    "profile set|0") __regnotify_profiles ;;
    "profile login|0") __regnotify_profiles ;;
    "repo visibility|1") candidates=(private public) ;;
    "completion|0") candidates=(bash zsh fish) ;;
    "help|0") candidates=(exit-codes environment global-options init profile repo notification demo hook subscription plan apply export schema api emulator events completion) ;;
    *) candidates=() ;;
  esac
}

# Profile names, read when asked (no network).
__regnotify_profiles() {
  local line
  candidates=()
  while IFS= read -r line; do
    [[ -n $line ]] && candidates+=("$line")
  done < <("${COMP_WORDS[0]:-regnotify}" profile list -q 2>/dev/null)
}

# COMP_WORDS is split at COMP_WORDBREAKS, which holds ':' and '=': glue the pieces back, so that
# build:complete and --output=json are one word each, as regnotify sees them. Sets words and cword.
__regnotify_reassemble() {
  local line=${COMP_LINE-} count=${#COMP_WORDS[@]} i word previous="" glue
  words=()
  cword=0
  for ((i = 0; i < count; i++)); do
    word=${COMP_WORDS[i]}
    if [[ -n $line ]]; then
      [[ $line == [[:blank:]]* ]] && glue=0 || glue=1
      line=${line#"${line%%[![:blank:]]*}"}
      line=${line#"$word"}
    elif [[ $word =~ ^[:=]+$ || $previous =~ ^[:=]+$ ]]; then
      glue=1
    else
      glue=0
    fi
    if ((i > 1 && glue)); then
      words[${#words[@]} - 1]+=$word
    else
      words+=("$word")
    fi
    ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
    previous=$word
  done
  if ((COMP_CWORD >= count)); then
    words+=("")
    cword=$((${#words[@]} - 1))
  fi
}

_regnotify() {
  local -a words candidates
  local cword i word command_path="" pending="" positional=0 current prefix="" candidate typed strip=""
  __regnotify_reassemble
  for ((i = 1; i < cword; i++)); do
    word=${words[i]}
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
  done

  current=${words[cword]}
  candidates=()
  if [[ -n $pending ]]; then
    __regnotify_option_values "$command_path" "$pending"
  elif [[ $current == --*=* ]]; then
    prefix=${current%%=*}=
    __regnotify_option_values "$command_path" "${current%%=*}"
  elif [[ $current == -* ]]; then
    __regnotify_options "$command_path"
  else
    local -a subcommands=()
    if ((positional == 0)); then
      __regnotify_subcommands "$command_path"
      subcommands=(${candidates[@]+"${candidates[@]}"})
    fi
    __regnotify_argument_values "$command_path" "$positional"
    candidates=(${subcommands[@]+"${subcommands[@]}"} ${candidates[@]+"${candidates[@]}"})
  fi

  # Readline replaces only the text after the last ':' or '=' of the word: drop what it already has.
  typed=${COMP_WORDS[COMP_CWORD]-}
  if [[ $typed != "$current" ]]; then
    [[ $typed =~ ^[:=]+$ ]] && strip=$current || strip=${current%"$typed"}
  fi
  COMPREPLY=()
  for candidate in ${candidates[@]+"${candidates[@]}"}; do
    candidate=$prefix$candidate
    [[ $candidate == "$current"* ]] && COMPREPLY+=("${candidate#"$strip"}")
  done
  return 0
}

complete -o default -F _regnotify regnotify
