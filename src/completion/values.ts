// Values for options and arguments that the catalogs check (commander's choices cover the rest).
// A rule naming a command or option the tree does not have is simply never matched.
import type { Command } from 'commander';
import { PLATFORM_LABELS, PLATFORMS } from '../config/platforms.js';
import { HELP_TOPICS } from '../cli/help-topics.js';
import { ALAUDA_SUBJECT_TYPES } from '../platforms/alauda/catalog.js';
import { ACTIONS, CHANNELS, CONFIG_SOURCES, RESOURCE_TYPES, USAGE_WARNING_RATES } from '../platforms/codearts/catalog.js';
import { QUAY_EVENTS, QUAY_METHODS, severityNames } from '../platforms/quay/catalog/index.js';

export interface CompletionValue {
  name: string;
  description?: string;
}

/** A fixed list, or the stored profile names, read when the shell asks (`regnotify profile list -q`). */
export type ValueSource = { kind: 'list'; values: CompletionValue[] } | { kind: 'profiles' };

interface ValueRule {
  /** Command paths (`'hook create'`), or `'*'` for any command with that option. */
  commands: readonly string[] | '*';
  option?: string;
  /** Position of a positional argument, from 0. */
  argument?: number;
  values: (program: Command) => ValueSource;
}

const described = (entries: readonly CompletionValue[]): ValueSource => ({
  kind: 'list',
  values: entries.map(({ name, description }) => ({ name, description })),
});

const profiles = (): ValueSource => ({ kind: 'profiles' });

const alaudaEvents = (): ValueSource =>
  described(ALAUDA_SUBJECT_TYPES.flatMap((type) => type.events.map((event) => ({ name: event.name, description: `${event.description} (${type.name})` }))));

const codeartsEvents = (): ValueSource =>
  described(
    RESOURCE_TYPES.flatMap((resource) =>
      ACTIONS.map((action) => ({ name: `${resource.name}:${action.name}`, description: `${resource.description}: ${action.description}` })),
    ),
  );

const RULES: readonly ValueRule[] = [
  { commands: ['notification create'], option: '--event', values: () => described(QUAY_EVENTS) },
  { commands: ['notification create'], option: '--method', values: () => described(QUAY_METHODS) },
  { commands: ['notification create'], option: '--level', values: () => described(severityNames.map((name) => ({ name }))) },
  { commands: ['hook create', 'hook list'], option: '--subject-type', values: () => described(ALAUDA_SUBJECT_TYPES) },
  { commands: ['hook create', 'hook update'], option: '--event', values: alaudaEvents },
  { commands: ['subscription get', 'subscription set'], option: '--type', values: () => described(CHANNELS) },
  { commands: ['subscription set'], option: '--config-source', values: () => described(CONFIG_SOURCES) },
  {
    commands: ['subscription set'],
    option: '--usage-warning',
    values: () => described(USAGE_WARNING_RATES.map((rate) => ({ name: String(rate), description: `warn at ${rate}% of the quota` }))),
  },
  { commands: ['subscription set'], option: '--event', values: codeartsEvents },
  { commands: ['subscription set'], option: '--disable-event', values: codeartsEvents },
  { commands: '*', option: '--platform', values: () => described(PLATFORMS.map((name) => ({ name, description: PLATFORM_LABELS[name] }))) },
  { commands: '*', option: '--profile', values: profiles },
  { commands: ['profile show', 'profile use', 'profile remove'], argument: 0, values: profiles },
  {
    commands: ['help'],
    argument: 0,
    values: (program) =>
      described([
        ...HELP_TOPICS.map(({ name, summary }) => ({ name, description: summary })),
        ...program.commands.filter((command) => command.name() !== 'help').map((command) => ({ name: command.name(), description: command.description() })),
      ]),
  },
];

/** The values a rule gives for this option (any of its flags) or argument of the command at `path`, if any. */
export function valuesFor(program: Command, target: { path: string; option?: readonly string[]; argument?: number }): ValueSource | undefined {
  const rule = RULES.find(
    (candidate) =>
      (candidate.commands === '*' || candidate.commands.includes(target.path)) &&
      (candidate.option !== undefined ? (target.option?.includes(candidate.option) ?? false) : candidate.argument === target.argument),
  );
  return rule?.values(program);
}

/** What each rule names, for the test that catches a rule left behind by a renamed command or option. */
export function ruleTargets(): Array<{ commands: readonly string[] | '*'; option?: string; argument?: number }> {
  return RULES.map(({ commands, option, argument }) => ({ commands, option, argument }));
}
