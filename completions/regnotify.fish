# fish completion for regnotify
# Generated from the command tree by `regnotify completion fish` (npm run completions); do not edit.
# Install it as ~/.config/fish/completions/regnotify.fish, or: regnotify completion fish | source

# Prints the command path that the word leads to from the given one; fails when it names no subcommand.
function __regnotify_subcommand --argument-names path word
    switch "$path|$word"
        case '|init'
            echo init
        case '|profile'
            echo profile
        case '|repo'
            echo repo
        case '|notification'
            echo notification
        case '|demo'
            echo demo
        case '|hook'
            echo hook
        case '|subscription'
            echo subscription
        case '|plan'
            echo plan
        case '|apply'
            echo apply
        case '|export'
            echo export
        case '|schema'
            echo schema
        case '|api'
            echo api
        case '|emulator'
            echo emulator
        case '|events'
            echo events
        case '|completion'
            echo completion
        case '|help'
            echo help
        case 'profile|add'
            echo 'profile add'
        case 'profile|list'
            echo 'profile list'
        case 'profile|ls'
            echo 'profile list'
        case 'profile|show'
            echo 'profile show'
        case 'profile|use'
            echo 'profile use'
        case 'profile|remove'
            echo 'profile remove'
        case 'profile|rm'
            echo 'profile remove'
        case 'profile|set'
            echo 'profile set'
        case 'profile|login'
            echo 'profile login'
        case 'repo|create'
            echo 'repo create'
        case 'repo|list'
            echo 'repo list'
        case 'repo|ls'
            echo 'repo list'
        case 'repo|get'
            echo 'repo get'
        case 'repo|update'
            echo 'repo update'
        case 'repo|visibility'
            echo 'repo visibility'
        case 'repo|delete'
            echo 'repo delete'
        case 'repo|rm'
            echo 'repo delete'
        case 'notification|create'
            echo 'notification create'
        case 'notification|list'
            echo 'notification list'
        case 'notification|ls'
            echo 'notification list'
        case 'notification|get'
            echo 'notification get'
        case 'notification|test'
            echo 'notification test'
        case 'notification|reset'
            echo 'notification reset'
        case 'notification|delete'
            echo 'notification delete'
        case 'notification|rm'
            echo 'notification delete'
        case 'notification|authorize-email'
            echo 'notification authorize-email'
        case 'hook|create'
            echo 'hook create'
        case 'hook|list'
            echo 'hook list'
        case 'hook|ls'
            echo 'hook list'
        case 'hook|get'
            echo 'hook get'
        case 'hook|update'
            echo 'hook update'
        case 'hook|enable'
            echo 'hook enable'
        case 'hook|disable'
            echo 'hook disable'
        case 'hook|delete'
            echo 'hook delete'
        case 'hook|rm'
            echo 'hook delete'
        case 'subscription|status'
            echo 'subscription status'
        case 'subscription|get'
            echo 'subscription get'
        case 'subscription|set'
            echo 'subscription set'
        case '*'
            return 1
    end
end

# Succeeds when the option of the command takes a value.
function __regnotify_takes_value --argument-names path option
    switch "$path|$option"
        case 'profile add|--platform' 'profile add|--namespace' 'profile add|--region' 'profile add|--username' 'profile add|--domain' 'profile add|--iam-endpoint' 'profile add|--project-id' 'profile add|--access-key'
            return 0
        case 'profile set|--namespace' 'profile set|--region' 'profile set|--project-id'
            return 0
        case 'profile login|--username' 'profile login|--domain' 'profile login|--iam-endpoint' 'profile login|--access-key'
            return 0
        case 'repo create|--namespace' 'repo create|--visibility' 'repo create|--description'
            return 0
        case 'repo list|--namespace' 'repo list|--limit'
            return 0
        case 'repo update|--description'
            return 0
        case 'notification create|--event' 'notification create|--method' 'notification create|--config' 'notification create|--event-config' 'notification create|--title' 'notification create|--url' 'notification create|--email' 'notification create|--target' 'notification create|--template' 'notification create|--level' 'notification create|--days' 'notification create|--ref-regex' 'notification create|--org'
            return 0
        case 'notification list|--org'
            return 0
        case 'notification get|--org'
            return 0
        case 'notification test|--org'
            return 0
        case 'notification reset|--org'
            return 0
        case 'notification delete|--org'
            return 0
        case 'notification authorize-email|--timeout-wait'
            return 0
        case 'hook create|--subject-type' 'hook create|--subject' 'hook create|--event' 'hook create|--url' 'hook create|--name' 'hook create|--secret' 'hook create|--secret-env'
            return 0
        case 'hook list|--subject-type' 'hook list|--subject'
            return 0
        case 'hook update|--event' 'hook update|--url' 'hook update|--name' 'hook update|--secret' 'hook update|--secret-env'
            return 0
        case 'subscription get|--type'
            return 0
        case 'subscription set|--type' 'subscription set|--config-source' 'subscription set|--webhook-url' 'subscription set|--webhook-token-encoding' 'subscription set|--mention-users' 'subscription set|--mention-phone' 'subscription set|--usage-warning' 'subscription set|--event' 'subscription set|--disable-event'
            return 0
        case 'plan|-f' 'plan|--file'
            return 0
        case 'apply|-f' 'apply|--file' 'apply|--concurrency'
            return 0
        case 'export|--platform' 'export|--repo' 'export|--namespace' 'export|--subject-type' 'export|--subject' 'export|-f' 'export|--file'
            return 0
        case 'api|--platform' 'api|--data' 'api|--input' 'api|-f' 'api|--raw-field' 'api|-F' 'api|--field' 'api|-H' 'api|--header'
            return 0
        case 'emulator|--port' 'emulator|--host'
            return 0
        case 'events|--platform'
            return 0
        case '*|--profile' '*|--server' '*|-o' '*|--output' '*|--query' '*|--timeout' '*|--retries' '*|--ca-file'
            return 0
        case '*'
            return 1
    end
end

# The values of an option, one a line, with a tab before the description.
function __regnotify_option_values --argument-names path option
    switch "$path|$option"
        case 'profile add|--platform'
            printf '%s\t%s\n' quay 'Red Hat Quay' alauda Alauda codearts 'Huawei Cloud CodeArts Repo'
        case 'repo create|--visibility'
            printf '%s\t%s\n' private '' public ''
        case 'notification create|--event'
            printf '%s\t%s\n' repo_push 'images were pushed to the repository (one notification per tag for v2 pushes)' build_queued 'a Dockerfile build was queued' build_start 'a Dockerfile build started' build_success 'a Dockerfile build completed successfully' build_failure 'a Dockerfile build failed' build_cancelled 'a Dockerfile build was cancelled' vulnerability_found 'the security scanner found a vulnerability at or above the chosen severity' repo_mirror_sync_started 'a repository mirror sync started' repo_mirror_sync_success 'a repository mirror sync succeeded' repo_mirror_sync_failed 'a repository mirror sync failed' repo_image_expiry 'tags of the repository expire within the given number of days (Quay 3.12+)'
        case 'notification create|--method'
            printf '%s\t%s\n' quay_notification 'in-app notification (the bell icon) for a user, a team or the organization' email 'e-mail to an address that was authorized for the repository' webhook 'HTTP POST of the event\'s JSON payload' slack 'message to a Slack incoming webhook' flowdock 'message to a Flowdock team inbox (legacy service)' hipchat 'HipChat room notification (HipChat shut down in 2019)'
        case 'notification create|--level'
            printf '%s\t%s\n' critical '' high '' medium '' low '' negligible '' unknown ''
        case 'hook create|--subject-type'
            printf '%s\t%s\n' build_repo 'image build repository' image_repo 'image repository' job 'task (job)'
        case 'hook create|--event'
            printf '%s\t%s\n' build:complete 'a build of the repository finished (build_repo)' image:push 'an image was pushed to the repository (image_repo)' job:succeed 'the job succeeded (job)' job:fail 'the job failed (job)'
        case 'hook list|--subject-type'
            printf '%s\t%s\n' build_repo 'image build repository' image_repo 'image repository' job 'task (job)'
        case 'hook update|--event'
            printf '%s\t%s\n' build:complete 'a build of the repository finished (build_repo)' image:push 'an image was pushed to the repository (image_repo)' job:succeed 'the job succeeded (job)' job:fail 'the job failed (job)'
        case 'subscription get|--type'
            printf '%s\t%s\n' internal_message 'CodeArts site messages (in-product inbox)' email 'email to the people the events concern' qyweixin 'WeCom (企业微信) group bot webhook' feishu 'Feishu (Lark) group bot webhook' dingding 'DingTalk group bot webhook'
        case 'subscription set|--type'
            printf '%s\t%s\n' internal_message 'CodeArts site messages (in-product inbox)' email 'email to the people the events concern' qyweixin 'WeCom (企业微信) group bot webhook' feishu 'Feishu (Lark) group bot webhook' dingding 'DingTalk group bot webhook'
        case 'subscription set|--config-source'
            printf '%s\t%s\n' repo 'this repository\'s own settings' product 'inherited from the CodeArts project'
        case 'subscription set|--webhook-token-encoding'
            printf '%s\t%s\n' base64 '' plain ''
        case 'subscription set|--usage-warning'
            printf '%s\t%s\n' 60 'warn at 60% of the quota' 80 'warn at 80% of the quota' 90 'warn at 90% of the quota'
        case 'subscription set|--event'
            printf '%s\t%s\n' repo:create 'the repository: created' repo:open 'the repository: opened' repo:update 'the repository: updated' repo:delete 'the repository: deleted' repo:merge 'the repository: merged' repo:review 'the repository: reviewed' repo:approve 'the repository: approved' repo:create_note 'the repository: review comment added' repo:resolve_note 'the repository: review comment resolved' repo:capacity_warning 'the repository: repository usage passed the warning threshold' repo:mention 'the repository: someone was mentioned' mr:create 'merge requests: created' mr:open 'merge requests: opened' mr:update 'merge requests: updated' mr:delete 'merge requests: deleted' mr:merge 'merge requests: merged' mr:review 'merge requests: reviewed' mr:approve 'merge requests: approved' mr:create_note 'merge requests: review comment added' mr:resolve_note 'merge requests: review comment resolved' mr:capacity_warning 'merge requests: repository usage passed the warning threshold' mr:mention 'merge requests: someone was mentioned' member:create 'repository members: created' member:open 'repository members: opened' member:update 'repository members: updated' member:delete 'repository members: deleted' member:merge 'repository members: merged' member:review 'repository members: reviewed' member:approve 'repository members: approved' member:create_note 'repository members: review comment added' member:resolve_note 'repository members: review comment resolved' member:capacity_warning 'repository members: repository usage passed the warning threshold' member:mention 'repository members: someone was mentioned' note:create 'review comments: created' note:open 'review comments: opened' note:update 'review comments: updated' note:delete 'review comments: deleted' note:merge 'review comments: merged' note:review 'review comments: reviewed' note:approve 'review comments: approved' note:create_note 'review comments: review comment added' note:resolve_note 'review comments: review comment resolved' note:capacity_warning 'review comments: repository usage passed the warning threshold' note:mention 'review comments: someone was mentioned'
        case 'subscription set|--disable-event'
            printf '%s\t%s\n' repo:create 'the repository: created' repo:open 'the repository: opened' repo:update 'the repository: updated' repo:delete 'the repository: deleted' repo:merge 'the repository: merged' repo:review 'the repository: reviewed' repo:approve 'the repository: approved' repo:create_note 'the repository: review comment added' repo:resolve_note 'the repository: review comment resolved' repo:capacity_warning 'the repository: repository usage passed the warning threshold' repo:mention 'the repository: someone was mentioned' mr:create 'merge requests: created' mr:open 'merge requests: opened' mr:update 'merge requests: updated' mr:delete 'merge requests: deleted' mr:merge 'merge requests: merged' mr:review 'merge requests: reviewed' mr:approve 'merge requests: approved' mr:create_note 'merge requests: review comment added' mr:resolve_note 'merge requests: review comment resolved' mr:capacity_warning 'merge requests: repository usage passed the warning threshold' mr:mention 'merge requests: someone was mentioned' member:create 'repository members: created' member:open 'repository members: opened' member:update 'repository members: updated' member:delete 'repository members: deleted' member:merge 'repository members: merged' member:review 'repository members: reviewed' member:approve 'repository members: approved' member:create_note 'repository members: review comment added' member:resolve_note 'repository members: review comment resolved' member:capacity_warning 'repository members: repository usage passed the warning threshold' member:mention 'repository members: someone was mentioned' note:create 'review comments: created' note:open 'review comments: opened' note:update 'review comments: updated' note:delete 'review comments: deleted' note:merge 'review comments: merged' note:review 'review comments: reviewed' note:approve 'review comments: approved' note:create_note 'review comments: review comment added' note:resolve_note 'review comments: review comment resolved' note:capacity_warning 'review comments: repository usage passed the warning threshold' note:mention 'review comments: someone was mentioned'
        case 'export|--platform'
            printf '%s\t%s\n' quay 'Red Hat Quay' alauda Alauda codearts 'Huawei Cloud CodeArts Repo'
        case 'export|--subject-type'
            printf '%s\t%s\n' build_repo 'image build repository' image_repo 'image repository' job 'task (job)'
        case 'api|--platform'
            printf '%s\t%s\n' quay 'Red Hat Quay' alauda Alauda codearts 'Huawei Cloud CodeArts Repo'
        case 'events|--platform'
            printf '%s\t%s\n' quay 'Red Hat Quay' alauda Alauda codearts 'Huawei Cloud CodeArts Repo'
        case '*|--profile'
            __regnotify_profiles
        case '*|-o' '*|--output'
            printf '%s\t%s\n' table '' json '' yaml ''
        case '*'
            return 0
    end
end

# The values of a positional argument, one a line.
function __regnotify_argument_values --argument-names path index
    switch "$path|$index"
        case 'profile show|0'
            __regnotify_profiles
        case 'profile use|0'
            __regnotify_profiles
        case 'profile remove|0'
            __regnotify_profiles
        case 'profile set|0'
            __regnotify_profiles
        case 'profile login|0'
            __regnotify_profiles
        case 'repo visibility|1'
            printf '%s\t%s\n' private '' public ''
        case 'completion|0'
            printf '%s\t%s\n' bash '' zsh '' fish ''
        case 'help|0'
            printf '%s\t%s\n' exit-codes 'the exit codes regnotify returns' environment 'every environment variable regnotify reads' global-options 'the options every command accepts' init 'Set up a profile step by step: platform, server, credentials (checked with a real call), name' profile 'Manage stored profiles: a platform, a server and credentials under one name' repo 'Quay: create, list, show, update, publish and delete repositories' notification 'Quay: repository and namespace notifications (webhook, Slack, e-mail, in-app, …): create, list, show, test, reset, delete; e-mail authorization' demo 'Try Quay notifications locally: create a repository, add a webhook, list, test, see the delivered payload, clean up' hook 'Manage Alauda web hooks on build repositories, image repositories and jobs' subscription 'Huawei Cloud CodeArts Repo: notification subscription settings of a repository, per channel' plan 'Show what apply would change: reads the live state (GETs only) of everything the file names and compares' apply 'Make the servers match the file: the plan, a confirmation (or --yes), then the changes with bounded concurrency per server' export 'Write today\'s state as a declarative file: secrets become ${VARIABLE} references, never values' schema 'Print the JSON Schema of the declarative file (generated from the schema that validates it)' api 'Send an authenticated request to a platform API and print the response body' emulator 'Run a local emulator of the Quay, Alauda and CodeArts APIs; prints its base URL, logs each request on stderr and serves until Ctrl-C' events 'List the events, methods, subject types, channels, resources, actions and roles each platform knows' completion 'Print the shell completion script for bash, zsh or fish (groups, verbs, flags, catalog values, profile names)'
        case '*'
            return 0
    end
end

# Profile names, read when asked (no network).
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

# Global options, accepted by every command
complete -c regnotify -l profile -x -a '(__regnotify_option_values "" --profile)' -d 'profile to use (env: REGNOTIFY_PROFILE; default: the platform\'s default profile)'
complete -c regnotify -l server -r -d 'API base URL, e.g. https://quay.io (env: REGNOTIFY_SERVER)'
complete -c regnotify -s o -l output -x -a '(__regnotify_option_values "" --output)' -d 'output format (env: REGNOTIFY_OUTPUT; default: table)'
complete -c regnotify -l json -d 'same as --output json'
complete -c regnotify -l query -r -d 'JMESPath expression applied to the data before it is printed, e.g. "[].uuid"'
complete -c regnotify -s q -l quiet -d 'print only identifiers, one a line'
complete -c regnotify -l no-color -d 'no colour (also NO_COLOR; FORCE_COLOR forces it)'
complete -c regnotify -l no-input -d 'never prompt (also CI, REGNOTIFY_NO_INPUT)'
complete -c regnotify -s y -l yes -d 'confirm destructive actions without asking'
complete -c regnotify -l verbose -d 'trace HTTP requests on stderr, credentials redacted (env: REGNOTIFY_DEBUG=1)'
complete -c regnotify -l timeout -r -d 'per-request timeout in seconds, 0.1 to 3600 (default: 30)'
complete -c regnotify -l retries -r -d 'retries of idempotent requests on transient failures (default: 3)'
complete -c regnotify -l ca-file -r -d 'trust this CA certificate too (env: REGNOTIFY_CA_FILE)'
complete -c regnotify -l insecure -d 'skip TLS certificate verification (not recommended)'
complete -c regnotify -l show-secrets -d 'show secrets the platform returns instead of ***'

# regnotify (top level)
complete -c regnotify -n '__regnotify_at "" 0' -f -a init -d 'Set up a profile step by step: platform, server, credentials (checked with a real call), name'
complete -c regnotify -n '__regnotify_at "" 0' -f -a profile -d 'Manage stored profiles: a platform, a server and credentials under one name'
complete -c regnotify -n '__regnotify_at "" 0' -f -a repo -d 'Quay: create, list, show, update, publish and delete repositories'
complete -c regnotify -n '__regnotify_at "" 0' -f -a notification -d 'Quay: repository and namespace notifications (webhook, Slack, e-mail, in-app, …): create, list, show, test, reset, delete; e-mail authorization'
complete -c regnotify -n '__regnotify_at "" 0' -f -a demo -d 'Try Quay notifications locally: create a repository, add a webhook, list, test, see the delivered payload, clean up'
complete -c regnotify -n '__regnotify_at "" 0' -f -a hook -d 'Manage Alauda web hooks on build repositories, image repositories and jobs'
complete -c regnotify -n '__regnotify_at "" 0' -f -a subscription -d 'Huawei Cloud CodeArts Repo: notification subscription settings of a repository, per channel'
complete -c regnotify -n '__regnotify_at "" 0' -f -a plan -d 'Show what apply would change: reads the live state (GETs only) of everything the file names and compares'
complete -c regnotify -n '__regnotify_at "" 0' -f -a apply -d 'Make the servers match the file: the plan, a confirmation (or --yes), then the changes with bounded concurrency per server'
complete -c regnotify -n '__regnotify_at "" 0' -f -a export -d 'Write today\'s state as a declarative file: secrets become ${VARIABLE} references, never values'
complete -c regnotify -n '__regnotify_at "" 0' -f -a schema -d 'Print the JSON Schema of the declarative file (generated from the schema that validates it)'
complete -c regnotify -n '__regnotify_at "" 0' -f -a api -d 'Send an authenticated request to a platform API and print the response body'
complete -c regnotify -n '__regnotify_at "" 0' -f -a emulator -d 'Run a local emulator of the Quay, Alauda and CodeArts APIs; prints its base URL, logs each request on stderr and serves until Ctrl-C'
complete -c regnotify -n '__regnotify_at "" 0' -f -a events -d 'List the events, methods, subject types, channels, resources, actions and roles each platform knows'
complete -c regnotify -n '__regnotify_at "" 0' -f -a completion -d 'Print the shell completion script for bash, zsh or fish (groups, verbs, flags, catalog values, profile names)'
complete -c regnotify -n '__regnotify_at "" 0' -f -a help -d 'Show the help of a command, or a topic: exit-codes, environment, global-options'
complete -c regnotify -n '__regnotify_at ""' -s V -l version -d 'print the version'
complete -c regnotify -n '__regnotify_at ""' -s h -l help -d 'show help for a command'

# regnotify init
complete -c regnotify -n '__regnotify_at "init"' -s h -l help -d 'show help for a command'

# regnotify profile
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a add -d 'Store a profile: a platform, a server (--server; default: https://quay.io for quay, https://api.alauda.cn for alauda) and credentials read from stdin, never from a flag'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a list -d 'List stored profiles (never shows a secret)'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a show -d 'Show one profile; credentials appear only as ***'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a use -d 'Make a profile the default for its platform'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a remove -d 'Delete a stored profile and its credentials (asks first; --yes to skip)'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a set -d 'Change a stored profile\'s settings and keep its credentials: --server URL, --ca-file PEM, --insecure/--no-insecure, and the platform\'s own (Quay --namespace; CodeArts --region, --project-id)'
complete -c regnotify -n '__regnotify_at "profile" 0' -f -a login -d 'Replace a profile\'s credentials (--token-stdin; Alauda, CodeArts: --username with --password-stdin; CodeArts: --access-key with --secret-key-stdin), keeping its settings; without new ones, a CodeArts IAM profile signs in again and caches a fresh token'
complete -c regnotify -n '__regnotify_at "profile"' -s h -l help -d 'show help for a command'

# regnotify profile add
complete -c regnotify -n '__regnotify_at "profile add"' -l platform -x -a '(__regnotify_option_values "profile add" --platform)' -d 'platform the profile talks to'
complete -c regnotify -n '__regnotify_at "profile add"' -l token-stdin -d 'read the API token from standard input'
complete -c regnotify -n '__regnotify_at "profile add"' -l default -d 'make it the default profile of its platform'
complete -c regnotify -n '__regnotify_at "profile add"' -l force -d 'replace a profile of the same name'
complete -c regnotify -n '__regnotify_at "profile add"' -l namespace -r -d 'Quay: namespace used when a command names none'
complete -c regnotify -n '__regnotify_at "profile add"' -l region -r -d 'CodeArts: region, e.g. cn-north-4 (picks the API and IAM hosts)'
complete -c regnotify -n '__regnotify_at "profile add"' -l username -r -d 'Alauda, CodeArts: user name to sign in with (the password is read with --password-stdin)'
complete -c regnotify -n '__regnotify_at "profile add"' -l password-stdin -d 'Alauda, CodeArts: read the password from standard input and exchange it for a token'
complete -c regnotify -n '__regnotify_at "profile add"' -l domain -r -d 'CodeArts: IAM domain (account) name'
complete -c regnotify -n '__regnotify_at "profile add"' -l iam-endpoint -r -d 'CodeArts: IAM endpoint (default: https://iam.<region>.myhuaweicloud.com)'
complete -c regnotify -n '__regnotify_at "profile add"' -l project-id -r -d 'CodeArts: IAM project id, sent as X-Project-Id (AK/SK: looked up through IAM by region when not given)'
complete -c regnotify -n '__regnotify_at "profile add"' -l save-password -d 'CodeArts: keep the password (0600) so expired tokens renew without asking'
complete -c regnotify -n '__regnotify_at "profile add"' -l access-key -r -d 'CodeArts: access key id for AK/SK signing (the secret key is read with --secret-key-stdin)'
complete -c regnotify -n '__regnotify_at "profile add"' -l secret-key-stdin -d 'CodeArts: read the secret access key from standard input'
complete -c regnotify -n '__regnotify_at "profile add"' -s h -l help -d 'show help for a command'

# regnotify profile list
complete -c regnotify -n '__regnotify_at "profile list"' -s h -l help -d 'show help for a command'

# regnotify profile show
complete -c regnotify -n '__regnotify_at "profile show"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "profile show" 0' -f -a '(__regnotify_argument_values "profile show" 0)'

# regnotify profile use
complete -c regnotify -n '__regnotify_at "profile use"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "profile use" 0' -f -a '(__regnotify_argument_values "profile use" 0)'

# regnotify profile remove
complete -c regnotify -n '__regnotify_at "profile remove"' -l if-exists -d 'succeed with a notice when it does not exist (otherwise exit 3); nothing is asked then'
complete -c regnotify -n '__regnotify_at "profile remove"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "profile remove" 0' -f -a '(__regnotify_argument_values "profile remove" 0)'

# regnotify profile set
complete -c regnotify -n '__regnotify_at "profile set"' -l namespace -r -d 'Quay: namespace used when a command names none'
complete -c regnotify -n '__regnotify_at "profile set"' -l region -r -d 'CodeArts: region, e.g. cn-north-4 (picks the API and IAM hosts)'
complete -c regnotify -n '__regnotify_at "profile set"' -l project-id -r -d 'CodeArts: IAM project id, sent as X-Project-Id'
complete -c regnotify -n '__regnotify_at "profile set"' -l insecure -d 'skip TLS certificate verification for this profile (not recommended)'
complete -c regnotify -n '__regnotify_at "profile set"' -l no-insecure -d 'verify TLS certificates again'
complete -c regnotify -n '__regnotify_at "profile set"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "profile set" 0' -f -a '(__regnotify_argument_values "profile set" 0)'

# regnotify profile login
complete -c regnotify -n '__regnotify_at "profile login"' -l token-stdin -d 'read the API token from standard input'
complete -c regnotify -n '__regnotify_at "profile login"' -l username -r -d 'Alauda, CodeArts: user name to sign in with (the password is read with --password-stdin)'
complete -c regnotify -n '__regnotify_at "profile login"' -l password-stdin -d 'Alauda, CodeArts: read the password from standard input and exchange it for a token'
complete -c regnotify -n '__regnotify_at "profile login"' -l domain -r -d 'CodeArts: IAM domain (account) name'
complete -c regnotify -n '__regnotify_at "profile login"' -l iam-endpoint -r -d 'CodeArts: IAM endpoint (default: https://iam.<region>.myhuaweicloud.com)'
complete -c regnotify -n '__regnotify_at "profile login"' -l save-password -d 'CodeArts: keep the password (0600) so expired tokens renew without asking'
complete -c regnotify -n '__regnotify_at "profile login"' -l access-key -r -d 'CodeArts: access key id for AK/SK signing (the secret key is read with --secret-key-stdin)'
complete -c regnotify -n '__regnotify_at "profile login"' -l secret-key-stdin -d 'CodeArts: read the secret access key from standard input'
complete -c regnotify -n '__regnotify_at "profile login"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "profile login" 0' -f -a '(__regnotify_argument_values "profile login" 0)'

# regnotify repo
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a create -d 'Create a repository'
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a list -d 'List repositories: the first 100 unless --limit or --all (rows stream as pages arrive)'
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a get -d 'Show a repository (without its tags unless --tags: Quay would send up to 500)'
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a update -d 'Change a repository\'s description'
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a visibility -d 'Make a repository public or private'
complete -c regnotify -n '__regnotify_at "repo" 0' -f -a delete -d 'Delete a repository, its tags and its notifications (asks first; --yes to skip)'
complete -c regnotify -n '__regnotify_at "repo"' -s h -l help -d 'show help for a command'

# regnotify repo create
complete -c regnotify -n '__regnotify_at "repo create"' -l namespace -r -d 'user or organization that owns it (default: the profile\'s namespace, else the token\'s user)'
complete -c regnotify -n '__regnotify_at "repo create"' -l visibility -x -a '(__regnotify_option_values "repo create" --visibility)' -d 'who may pull it'
complete -c regnotify -n '__regnotify_at "repo create"' -l description -r -d 'Markdown description'
complete -c regnotify -n '__regnotify_at "repo create"' -l if-not-exists -d 'when it exists already, print it (as repo get does) and create nothing, exit 0'
complete -c regnotify -n '__regnotify_at "repo create"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "repo create"' -s h -l help -d 'show help for a command'

# regnotify repo list
complete -c regnotify -n '__regnotify_at "repo list"' -l namespace -r -d 'repositories of this user or organization (default: the profile\'s namespace)'
complete -c regnotify -n '__regnotify_at "repo list"' -l public -d 'include public repositories you are not a member of'
complete -c regnotify -n '__regnotify_at "repo list"' -l starred -d 'only repositories you starred (Quay returns at most 99)'
complete -c regnotify -n '__regnotify_at "repo list"' -l last-modified -d 'add the time of the newest tag'
complete -c regnotify -n '__regnotify_at "repo list"' -l popularity -d 'add the popularity score'
complete -c regnotify -n '__regnotify_at "repo list"' -l limit -r -d 'stop after N repositories (default: 100, one page)'
complete -c regnotify -n '__regnotify_at "repo list"' -l all -d 'read every page'
complete -c regnotify -n '__regnotify_at "repo list"' -s h -l help -d 'show help for a command'

# regnotify repo get
complete -c regnotify -n '__regnotify_at "repo get"' -l tags -d 'include the active tags'
complete -c regnotify -n '__regnotify_at "repo get"' -s h -l help -d 'show help for a command'

# regnotify repo update
complete -c regnotify -n '__regnotify_at "repo update"' -l description -r -d 'new Markdown description ("" clears it)'
complete -c regnotify -n '__regnotify_at "repo update"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "repo update"' -s h -l help -d 'show help for a command'

# regnotify repo visibility
complete -c regnotify -n '__regnotify_at "repo visibility"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "repo visibility"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "repo visibility" 1' -f -a '(__regnotify_argument_values "repo visibility" 1)'

# regnotify repo delete
complete -c regnotify -n '__regnotify_at "repo delete"' -l if-exists -d 'succeed with a notice when it does not exist (otherwise exit 3); nothing is asked then'
complete -c regnotify -n '__regnotify_at "repo delete"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "repo delete"' -s h -l help -d 'show help for a command'

# regnotify notification
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a create -d 'Add a notification to a repository, or to a namespace with --org/--user (checked against the catalog before anything is sent)'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a list -d 'List the notifications of a repository, or of a namespace with --org/--user ("disabled" after 3 failed deliveries in a row)'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a get -d 'Show one notification, with its failure count'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a test -d 'Ask Quay to send the event\'s sample payload now; it delivers in the background'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a reset -d 'Reset the failure count of a notification, which re-enables one disabled after 3 failed deliveries'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a delete -d 'Delete a notification (asks first; --yes to skip)'
complete -c regnotify -n '__regnotify_at "notification" 0' -f -a authorize-email -d 'Let an e-mail address receive the notifications of a repository: Quay mails it a link to click'
complete -c regnotify -n '__regnotify_at "notification"' -s h -l help -d 'show help for a command'

# regnotify notification create
complete -c regnotify -n '__regnotify_at "notification create"' -l event -x -a '(__regnotify_option_values "notification create" --event)' -d 'event that triggers it: repo_push, build_queued, build_start, build_success, build_failure, build_cancelled, vulnerability_found, repo_mirror_sync_started, repo_mirror_sync_success, repo_mirror_sync_failed, repo_image_expiry (asked on a terminal when missing)'
complete -c regnotify -n '__regnotify_at "notification create"' -l method -x -a '(__regnotify_option_values "notification create" --method)' -d 'how it is delivered: quay_notification, email, webhook, slack, flowdock, hipchat (asked on a terminal when missing)'
complete -c regnotify -n '__regnotify_at "notification create"' -l config -r -d 'method config; repeatable; a JSON value stays JSON (target={"kind":"user","name":"x"})'
complete -c regnotify -n '__regnotify_at "notification create"' -l event-config -r -d 'event config; repeatable'
complete -c regnotify -n '__regnotify_at "notification create"' -l title -r -d 'title shown in Quay'
complete -c regnotify -n '__regnotify_at "notification create"' -l url -r -d 'webhook or Slack URL (same as --config url=URL)'
complete -c regnotify -n '__regnotify_at "notification create"' -l email -r -d 'e-mail recipient, authorized for the repository first (--config email=...)'
complete -c regnotify -n '__regnotify_at "notification create"' -l target -r -d 'quay_notification recipient: user:NAME, team:NAME or org:NAME (only the repository\'s own organization)'
complete -c regnotify -n '__regnotify_at "notification create"' -l template -r -d 'webhook body template (JSON); "${repository}", "${updated_tags[0]}" insert payload values (jsonpath-rw: no leading dot)'
complete -c regnotify -n '__regnotify_at "notification create"' -l level -x -a '(__regnotify_option_values "notification create" --level)' -d 'vulnerability_found: minimum severity, critical|high|medium|low|negligible|unknown or 0-5'
complete -c regnotify -n '__regnotify_at "notification create"' -l days -r -d 'repo_image_expiry: days before a tag expires'
complete -c regnotify -n '__regnotify_at "notification create"' -l ref-regex -r -d 'build events: only builds whose git ref matches this Python regex, from its start (refs/heads/main$)'
complete -c regnotify -n '__regnotify_at "notification create"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification create"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification create"' -l if-not-exists -d 'when one with the same --title (without a title: the same event, method, config and event config) exists, print it and create nothing, exit 0'
complete -c regnotify -n '__regnotify_at "notification create"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "notification create"' -s h -l help -d 'show help for a command'

# regnotify notification list
complete -c regnotify -n '__regnotify_at "notification list"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification list"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification list"' -s h -l help -d 'show help for a command'

# regnotify notification get
complete -c regnotify -n '__regnotify_at "notification get"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification get"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification get"' -s h -l help -d 'show help for a command'

# regnotify notification test
complete -c regnotify -n '__regnotify_at "notification test"' -l reset -d 're-enable it first (reset the failure count): Quay does not deliver a disabled notification'
complete -c regnotify -n '__regnotify_at "notification test"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification test"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification test"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "notification test"' -s h -l help -d 'show help for a command'

# regnotify notification reset
complete -c regnotify -n '__regnotify_at "notification reset"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification reset"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification reset"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "notification reset"' -s h -l help -d 'show help for a command'

# regnotify notification delete
complete -c regnotify -n '__regnotify_at "notification delete"' -l org -r -d 'the organization\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification delete"' -l user -d 'your user namespace\'s own notifications (quota_warning, quota_error; Quay 3.18+) instead of a repository\'s'
complete -c regnotify -n '__regnotify_at "notification delete"' -l if-exists -d 'succeed with a notice when it does not exist (otherwise exit 3); nothing is asked then'
complete -c regnotify -n '__regnotify_at "notification delete"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "notification delete"' -s h -l help -d 'show help for a command'

# regnotify notification authorize-email
complete -c regnotify -n '__regnotify_at "notification authorize-email"' -l wait -d 'wait until the link is clicked (a spinner on a terminal)'
complete -c regnotify -n '__regnotify_at "notification authorize-email"' -l timeout-wait -r -d 'with --wait: give up after this many seconds (default 600)'
complete -c regnotify -n '__regnotify_at "notification authorize-email"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "notification authorize-email"' -s h -l help -d 'show help for a command'

# regnotify demo
complete -c regnotify -n '__regnotify_at "demo"' -s h -l help -d 'show help for a command'

# regnotify hook
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a create -d 'Create a web hook on a build repository, image repository or job (POST /v1/hooks)'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a list -d 'List web hooks, optionally only those of one subject type or subject'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a get -d 'Show one web hook (its secret as *** unless --show-secrets)'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a update -d 'Change a web hook: reads it and sends it back with only the given fields changed (PUT /v1/hooks/<id>)'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a enable -d 'Make a web hook deliver events again (the rest of the hook is kept)'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a disable -d 'Stop a web hook delivering events without deleting it'
complete -c regnotify -n '__regnotify_at "hook" 0' -f -a delete -d 'Delete a web hook (asks first; --yes to skip)'
complete -c regnotify -n '__regnotify_at "hook"' -s h -l help -d 'show help for a command'

# regnotify hook create
complete -c regnotify -n '__regnotify_at "hook create"' -l subject-type -x -a '(__regnotify_option_values "hook create" --subject-type)' -d 'what the hook watches'
complete -c regnotify -n '__regnotify_at "hook create"' -l subject -r -d 'namespace/repo for build_repo and image_repo, the job id for job'
complete -c regnotify -n '__regnotify_at "hook create"' -l event -x -a '(__regnotify_option_values "hook create" --event)' -d 'event to deliver, repeatable (build_repo: build:complete; image_repo: image:push; job: job:succeed, job:fail)'
complete -c regnotify -n '__regnotify_at "hook create"' -l url -r -d 'absolute http(s) URL Alauda POSTs deliveries to'
complete -c regnotify -n '__regnotify_at "hook create"' -l name -r -d 'name of the hook'
complete -c regnotify -n '__regnotify_at "hook create"' -l secret -r -d 'shared secret Alauda signs deliveries with (configuration, not a credential)'
complete -c regnotify -n '__regnotify_at "hook create"' -l generate-secret -d 'generate a strong random secret and print it once on stderr'
complete -c regnotify -n '__regnotify_at "hook create"' -l secret-stdin -d 'read the secret from standard input (a flag value shows in ps)'
complete -c regnotify -n '__regnotify_at "hook create"' -l secret-env -r -d 'read the secret from this environment variable'
complete -c regnotify -n '__regnotify_at "hook create"' -l if-not-exists -d 'when a hook with this --name exists on this subject, print it (as hook get does) and create nothing, exit 0'
complete -c regnotify -n '__regnotify_at "hook create"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "hook create"' -s h -l help -d 'show help for a command'

# regnotify hook list
complete -c regnotify -n '__regnotify_at "hook list"' -l subject-type -x -a '(__regnotify_option_values "hook list" --subject-type)' -d 'only hooks on this kind of subject'
complete -c regnotify -n '__regnotify_at "hook list"' -l subject -r -d 'only hooks on this subject (namespace/repo or a job id)'
complete -c regnotify -n '__regnotify_at "hook list"' -s h -l help -d 'show help for a command'

# regnotify hook get
complete -c regnotify -n '__regnotify_at "hook get"' -s h -l help -d 'show help for a command'

# regnotify hook update
complete -c regnotify -n '__regnotify_at "hook update"' -l event -x -a '(__regnotify_option_values "hook update" --event)' -d 'replace the events with these (repeat for several; they must suit the hook\'s subject type)'
complete -c regnotify -n '__regnotify_at "hook update"' -l url -r -d 'new delivery URL (absolute http or https)'
complete -c regnotify -n '__regnotify_at "hook update"' -l name -r -d 'new name'
complete -c regnotify -n '__regnotify_at "hook update"' -l secret -r -d 'shared secret Alauda signs deliveries with (configuration, not a credential)'
complete -c regnotify -n '__regnotify_at "hook update"' -l generate-secret -d 'generate a strong random secret and print it once on stderr'
complete -c regnotify -n '__regnotify_at "hook update"' -l secret-stdin -d 'read the secret from standard input (a flag value shows in ps)'
complete -c regnotify -n '__regnotify_at "hook update"' -l secret-env -r -d 'read the secret from this environment variable'
complete -c regnotify -n '__regnotify_at "hook update"' -l active -d 'deliver events again'
complete -c regnotify -n '__regnotify_at "hook update"' -l inactive -d 'stop delivering events, keeping the hook'
complete -c regnotify -n '__regnotify_at "hook update"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "hook update"' -s h -l help -d 'show help for a command'

# regnotify hook enable
complete -c regnotify -n '__regnotify_at "hook enable"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "hook enable"' -s h -l help -d 'show help for a command'

# regnotify hook disable
complete -c regnotify -n '__regnotify_at "hook disable"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "hook disable"' -s h -l help -d 'show help for a command'

# regnotify hook delete
complete -c regnotify -n '__regnotify_at "hook delete"' -l if-exists -d 'succeed with a notice when it does not exist (otherwise exit 3); nothing is asked then'
complete -c regnotify -n '__regnotify_at "hook delete"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "hook delete"' -s h -l help -d 'show help for a command'

# regnotify subscription
complete -c regnotify -n '__regnotify_at "subscription" 0' -f -a status -d 'Show every notification channel of a repository: enabled or not, and where its settings come from (-q: the enabled channels)'
complete -c regnotify -n '__regnotify_at "subscription" 0' -f -a get -d 'Show one channel\'s settings: switch, config source, webhook, usage warning and events'
complete -c regnotify -n '__regnotify_at "subscription" 0' -f -a set -d 'Change one channel\'s settings: reads them, merges the flags in and sends them back whole (what is not named stays as it is)'
complete -c regnotify -n '__regnotify_at "subscription"' -s h -l help -d 'show help for a command'

# regnotify subscription status
complete -c regnotify -n '__regnotify_at "subscription status"' -s h -l help -d 'show help for a command'

# regnotify subscription get
complete -c regnotify -n '__regnotify_at "subscription get"' -l type -x -a '(__regnotify_option_values "subscription get" --type)' -d 'notification channel'
complete -c regnotify -n '__regnotify_at "subscription get"' -s h -l help -d 'show help for a command'

# regnotify subscription set
complete -c regnotify -n '__regnotify_at "subscription set"' -l type -x -a '(__regnotify_option_values "subscription set" --type)' -d 'notification channel (asked on a terminal when missing)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l enable -d 'switch the channel on'
complete -c regnotify -n '__regnotify_at "subscription set"' -l disable -d 'switch the channel off'
complete -c regnotify -n '__regnotify_at "subscription set"' -l config-source -x -a '(__regnotify_option_values "subscription set" --config-source)' -d 'repo: this repository\'s own settings; product: the project\'s'
complete -c regnotify -n '__regnotify_at "subscription set"' -l webhook-url -r -d 'group-bot webhook URL (qyweixin, feishu, dingding)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l webhook-token-stdin -d 'read the group-bot webhook token from standard input'
complete -c regnotify -n '__regnotify_at "subscription set"' -l webhook-token-encoding -x -a '(__regnotify_option_values "subscription set" --webhook-token-encoding)' -d 'how the token goes on the wire: Huawei\'s field table says only url and mention_phone are base64, its example body encodes the token too (default: base64, as the example)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l mention-users -r -d 'user ids to @-mention, ";"-separated ("" clears)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l mention-phone -r -d 'phone numbers to @-mention, ";"-separated ("" clears)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l usage-warning -x -a '(__regnotify_option_values "subscription set" --usage-warning)' -d 'repository usage warning threshold: 60, 80 or 90'
complete -c regnotify -n '__regnotify_at "subscription set"' -l event -x -a '(__regnotify_option_values "subscription set" --event)' -d 'enable an event, e.g. mr:open or mr:review=reviewer,approver (repeatable)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l disable-event -x -a '(__regnotify_option_values "subscription set" --disable-event)' -d 'disable an event, e.g. repo:delete (repeatable)'
complete -c regnotify -n '__regnotify_at "subscription set"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "subscription set"' -s h -l help -d 'show help for a command'

# regnotify plan
complete -c regnotify -n '__regnotify_at "plan"' -s f -l file -r -d 'the declarative file (default: regnotify.yaml; - reads standard input); regnotify schema prints its format'
complete -c regnotify -n '__regnotify_at "plan"' -l prune -d 'also delete notifications and hooks the file does not name, inside the repositories and subjects it lists'
complete -c regnotify -n '__regnotify_at "plan"' -l detailed-exitcode -d 'exit 0 when nothing would change, 2 when something would, 1 on errors (as terraform)'
complete -c regnotify -n '__regnotify_at "plan"' -s h -l help -d 'show help for a command'

# regnotify apply
complete -c regnotify -n '__regnotify_at "apply"' -s f -l file -r -d 'the declarative file (default: regnotify.yaml; - reads standard input); regnotify schema prints its format'
complete -c regnotify -n '__regnotify_at "apply"' -l prune -d 'also delete notifications and hooks the file does not name, inside the repositories and subjects it lists'
complete -c regnotify -n '__regnotify_at "apply"' -l concurrency -r -d 'changes in flight per server (default: 8)'
complete -c regnotify -n '__regnotify_at "apply"' -s h -l help -d 'show help for a command'

# regnotify export
complete -c regnotify -n '__regnotify_at "export"' -l platform -x -a '(__regnotify_option_values "export" --platform)' -d 'only this platform'
complete -c regnotify -n '__regnotify_at "export"' -l repo -r -d 'Quay or CodeArts repository to export (repeatable)'
complete -c regnotify -n '__regnotify_at "export"' -l namespace -r -d 'Quay: every repository of this namespace'
complete -c regnotify -n '__regnotify_at "export"' -l subject-type -x -a '(__regnotify_option_values "export" --subject-type)' -d 'Alauda: only hooks on this kind of subject'
complete -c regnotify -n '__regnotify_at "export"' -l subject -r -d 'Alauda: only hooks on this subject'
complete -c regnotify -n '__regnotify_at "export"' -s f -l file -r -d 'write to this file instead of standard output'
complete -c regnotify -n '__regnotify_at "export"' -s h -l help -d 'show help for a command'

# regnotify schema
complete -c regnotify -n '__regnotify_at "schema"' -s h -l help -d 'show help for a command'

# regnotify api
complete -c regnotify -n '__regnotify_at "api"' -l platform -x -a '(__regnotify_option_values "api" --platform)' -d 'platform to talk to'
complete -c regnotify -n '__regnotify_at "api"' -l data -r -d 'JSON request body'
complete -c regnotify -n '__regnotify_at "api"' -l input -r -d 'read the JSON request body from a file'
complete -c regnotify -n '__regnotify_at "api"' -s f -l raw-field -r -d 'a string field: the JSON body, or the query of a GET (key[sub]=v nests, key[]=v lists)'
complete -c regnotify -n '__regnotify_at "api"' -s F -l field -r -d 'a typed field: true, false, null and numbers as JSON, @file or @- (stdin) read in'
complete -c regnotify -n '__regnotify_at "api"' -s H -l header -r -d 'a request header (not the credentials: those come from the profile)'
complete -c regnotify -n '__regnotify_at "api"' -l paginate -d 'read every page of a GET list and print its items as one JSON array'
complete -c regnotify -n '__regnotify_at "api"' -s i -l include -d 'print the status line and response headers before the body (cookies and credentials masked)'
complete -c regnotify -n '__regnotify_at "api"' -l dry-run -d 'print the request that would be sent (method, URL, body with secrets masked) and send nothing; reads still happen'
complete -c regnotify -n '__regnotify_at "api"' -s h -l help -d 'show help for a command'

# regnotify emulator
complete -c regnotify -n '__regnotify_at "emulator"' -l port -r -d 'port to listen on (0 picks a free one)'
complete -c regnotify -n '__regnotify_at "emulator"' -l host -r -d 'address to listen on'
complete -c regnotify -n '__regnotify_at "emulator"' -s h -l help -d 'show help for a command'

# regnotify events
complete -c regnotify -n '__regnotify_at "events"' -l platform -x -a '(__regnotify_option_values "events" --platform)' -d 'only this platform'
complete -c regnotify -n '__regnotify_at "events"' -s h -l help -d 'show help for a command'

# regnotify completion
complete -c regnotify -n '__regnotify_at "completion"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "completion" 0' -f -a '(__regnotify_argument_values "completion" 0)'

# regnotify help
complete -c regnotify -n '__regnotify_at "help"' -s h -l help -d 'show help for a command'
complete -c regnotify -n '__regnotify_at "help" 0' -f -a '(__regnotify_argument_values "help" 0)'
