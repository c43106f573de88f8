// `notification create` on a terminal: asks for the event, the method and exactly the config that method needs.
// The answers are checked as typed with the same catalog rules as the flags; the result is validated once.
import { UsageError } from '../../core/errors.js';
import { findQuayEvent, findQuayMethod, QUAY_EVENTS, QUAY_METHODS, validateNotification, type ConfigKey, type ValidatedNotification } from '../../platforms/quay/catalog/index.js';
import type { DeliveryContext } from '../../platforms/quay/catalog/methods.js';
import { askForMissing, asPromptCheck, isMissingValueError, type Asker } from '../../prompts/ask-missing.js';
import { formatCommandLine, runFlagParts, type CommandPart, type RunFlags } from '../../prompts/command-line.js';
import type { Prompter } from '../../prompts/prompter.js';
import { flagOf } from '../define.js';
import { KEY_FLAGS, notificationInput, PAIRS_FLAG, type NotificationFlags } from './options.js';

type Kind = 'config' | 'eventConfig';

function withValue(flags: NotificationFlags, key: string, value: string, kind: Kind): NotificationFlags {
  const own = KEY_FLAGS.find((entry) => entry.kind === kind && entry.key === key);
  if (own) return { ...flags, [own.flag]: value };
  return { ...flags, [kind]: [...(flags[kind] ?? []), `${key}=${value}`] };
}

async function askConfig(prompter: Prompter, flags: NotificationFlags, kind: Kind): Promise<NotificationFlags> {
  const keys = kind === 'config' ? findQuayMethod(flags.method ?? '')?.configKeys : findQuayEvent(flags.event ?? '')?.eventConfigKeys;
  let current = flags;
  for (const key of keys ?? []) {
    const input = notificationInput(current);
    if (key.derived || key.key in input[kind]) continue;
    const check = asPromptCheck(
      (value) => validateNotification(notificationInput(withValue(current, key.key, value, kind))),
      // Keys not asked yet are still missing; only this value's own problems count here.
      (error) => isMissingValueError(error) && !error.message.includes(`"${key.key}"`),
    );
    const value = (
      await prompter.input(`${key.key}: ${key.description}${key.required ? '' : ' (optional, Enter to skip)'}`, {
        validate: (text) => (!key.required && !text.trim() ? true : text.trim() ? check(text.trim()) : `${key.key} is required`),
      })
    ).trim();
    if (value) current = withValue(current, key.key, value, kind);
  }
  return current;
}

async function ask(prompter: Prompter, flags: NotificationFlags & RunFlags): Promise<NotificationFlags & RunFlags> {
  const event =
    flags.event ?? (await prompter.select('Which event should trigger it?', QUAY_EVENTS.map((entry) => ({ name: `${entry.name} — ${entry.description}`, value: entry.name }))));
  const method =
    flags.method ?? (await prompter.select('How should it be delivered?', QUAY_METHODS.map((entry) => ({ name: `${entry.name} — ${entry.description}`, value: entry.name }))));
  let answers = await askConfig(prompter, { ...flags, event, method }, 'config');
  answers = await askConfig(prompter, answers, 'eventConfig');
  if (answers.title === undefined) {
    const title = (await prompter.input('Title (optional, Enter to skip)')).trim();
    if (title) answers = { ...answers, title };
  }
  return answers;
}

function commandLine(repository: string, flags: NotificationFlags & RunFlags): string {
  const parts: CommandPart[] = ['regnotify', 'notification', 'create', repository, ['--event', flags.event], ['--method', flags.method]];
  for (const kind of ['config', 'eventConfig'] as const) {
    for (const { flag } of KEY_FLAGS.filter((entry) => entry.kind === kind)) parts.push([flagOf(flag), flags[flag]]);
    for (const pair of flags[kind] ?? []) parts.push([PAIRS_FLAG[kind], pair]);
  }
  parts.push(['--title', flags.title], ...runFlagParts(flags));
  return formatCommandLine(parts);
}

/** The flags of the required keys the given event and method still lack (`--email`, `--config room_id=…`). */
function missingKeyFlags(flags: NotificationFlags): string[] {
  const input = notificationInput(flags);
  const required = (keys: readonly ConfigKey[] | undefined, kind: Kind) =>
    (keys ?? []).filter((key) => key.required && !key.derived && !(key.key in input[kind])).map((key) => {
      const own = KEY_FLAGS.find((entry) => entry.kind === kind && entry.key === key.key);
      return own ? flagOf(own.flag) : `${PAIRS_FLAG[kind]} ${key.key}=…`;
    });
  return [...required(findQuayEvent(input.event)?.eventConfigKeys, 'eventConfig'), ...required(findQuayMethod(input.method)?.configKeys, 'config')];
}

type Validation = ValidatedNotification | { missing: UsageError };

function validate(flags: NotificationFlags, where: DeliveryContext): Validation {
  try {
    return validateNotification(notificationInput(flags), where);
  } catch (error) {
    if (error instanceof UsageError && isMissingValueError(error)) return { missing: error };
    throw error;
  }
}

/**
 * The request body for the flags, completed by questions on a terminal when --event, --method or config the
 * method needs is missing; without a terminal a missing --event/--method is exit 2. Validated once.
 */
export async function notificationRequest(asker: Asker, repository: string, flags: NotificationFlags & RunFlags, missing: string[], where: DeliveryContext = {}) {
  const first = missing.length ? undefined : validate(flags, where);
  if (first && 'body' in first) return first;
  if (first && !asker.canPrompt) throw first.missing;
  // A script missing --event (or --method) learns in the same run what the one it gave still needs.
  const named = missing.length && !asker.canPrompt ? [...missing, ...missingKeyFlags(flags)] : missing;
  const answers = await askForMissing(asker, named.length ? named : ['config'], (prompter) => ask(prompter, flags), (done) => commandLine(repository, done));
  return validateNotification(notificationInput(answers ?? flags), where);
}
