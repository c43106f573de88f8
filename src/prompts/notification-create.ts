// `notification create` on a terminal: asks for the event, the method and exactly the config that method needs.
import type { Context } from '../cli/context.js';
import type { NotificationFlags } from '../cli/notification/flags.js';
import { notificationInput } from '../cli/notification/flags.js';
import { findQuayEvent, findQuayMethod, QUAY_EVENTS, QUAY_METHODS, validateNotification } from '../platforms/quay/catalog/index.js';
import { askForMissing, asPromptCheck, isMissingValueError } from './ask-missing.js';
import { formatCommandLine, type CommandPart } from './command-line.js';
import type { Prompter } from './prompter.js';
import { UsageError } from '../core/errors.js';

/** Config keys with a flag of their own; the rest go through --config / --event-config key=value. */
const CONFIG_FLAGS = { url: 'url', email: 'email', target: 'target', template: 'template' } as const;
const EVENT_CONFIG_FLAGS = { level: 'level', days: 'days', 'ref-regex': 'refRegex' } as const;

function configIsMissing(flags: NotificationFlags): boolean {
  try {
    validateNotification(notificationInput(flags));
    return false;
  } catch (error) {
    return error instanceof UsageError && isMissingValueError(error);
  }
}

function withValue(flags: NotificationFlags, key: string, value: string, kind: 'config' | 'eventConfig'): NotificationFlags {
  const own = kind === 'config' ? CONFIG_FLAGS[key as keyof typeof CONFIG_FLAGS] : EVENT_CONFIG_FLAGS[key as keyof typeof EVENT_CONFIG_FLAGS];
  if (own) return { ...flags, [own]: value };
  return { ...flags, [kind]: [...(flags[kind] ?? []), `${key}=${value}`] };
}

async function askConfig(prompter: Prompter, flags: NotificationFlags, kind: 'config' | 'eventConfig'): Promise<NotificationFlags> {
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

async function ask(prompter: Prompter, flags: NotificationFlags): Promise<NotificationFlags> {
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

function commandLine(repository: string, flags: NotificationFlags): string {
  const parts: CommandPart[] = ['regnotify', 'notification', 'create', repository, ['--event', flags.event], ['--method', flags.method]];
  for (const [key, flag] of Object.entries(CONFIG_FLAGS)) parts.push([`--${key}`, flags[flag]]);
  for (const pair of flags.config ?? []) parts.push(['--config', pair]);
  for (const [key, flag] of Object.entries(EVENT_CONFIG_FLAGS)) parts.push([`--${key}`, flags[flag]]);
  for (const pair of flags.eventConfig ?? []) parts.push(['--event-config', pair]);
  parts.push(['--title', flags.title]);
  return formatCommandLine(parts);
}

/** The flags, completed by questions on a terminal; without one a missing --event/--method is exit 2. */
export async function completeNotificationFlags(context: Context, repository: string, flags: NotificationFlags): Promise<NotificationFlags> {
  const missing = [...(flags.event ? [] : ['--event']), ...(flags.method ? [] : ['--method'])];
  const askAnyway = !missing.length && context.canPrompt && configIsMissing(flags);
  const answers = await askForMissing(context, askAnyway ? ['config'] : missing, (prompter) => ask(prompter, flags), (done) => commandLine(repository, done));
  return answers ?? flags;
}
