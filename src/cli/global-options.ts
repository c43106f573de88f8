import { Option, type Command } from 'commander';
import { OUTPUT_FORMATS } from '../core/output.js';

/** The options every command accepts (docs/design.md); commander recognises them before or after the verb. */
export function addGlobalOptions(program: Command): Command {
  return program
    .option('--profile <name>', 'profile to use (env: REGNOTIFY_PROFILE; default: the platform\'s default profile)')
    .option('--server <url>', 'API base URL, e.g. https://quay.io (env: REGNOTIFY_SERVER)')
    .addOption(new Option('-o, --output <format>', 'output format (env: REGNOTIFY_OUTPUT; default: table)').choices(OUTPUT_FORMATS))
    .option('--json', 'same as --output json')
    .option('-q, --quiet', 'print only identifiers, one a line')
    .option('--no-color', 'no colour (also NO_COLOR; FORCE_COLOR forces it)')
    .option('--no-input', 'never prompt (also CI, REGNOTIFY_NO_INPUT)')
    .option('-y, --yes', 'confirm destructive actions without asking')
    .option('--verbose', 'trace HTTP requests on stderr, credentials redacted (env: REGNOTIFY_DEBUG=1)')
    .option('--timeout <seconds>', 'per-request timeout in seconds, 0.1 to 3600 (default: 30)')
    .option('--retries <n>', 'retries of idempotent requests on transient failures (default: 3)')
    .option('--ca-file <pem>', 'trust this CA certificate too (env: REGNOTIFY_CA_FILE)')
    .option('--insecure', 'skip TLS certificate verification (not recommended)')
    .option('--show-secrets', 'show secrets the platform returns instead of ***');
}
