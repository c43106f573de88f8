// `subscription set` on a terminal: the channel, then what to change on it.
import { changeFlagList, hasChanges, type SetOptions } from './changes.js';
import type { Asker } from '../../prompts/ask-missing.js';
import { channelTakesWebhook, CHANNELS, validateWebhookUrl, type Channel } from '../../platforms/codearts/catalog.js';
import { askForMissing, asPromptCheck } from '../../prompts/ask-missing.js';
import { formatCommandLine, runFlagParts, type CommandPart, type RunFlags } from '../../prompts/command-line.js';
import type { Prompter } from '../../prompts/prompter.js';

type Change = 'enable' | 'disable' | 'webhook';

async function ask(prompter: Prompter, flags: SetOptions & RunFlags): Promise<SetOptions & RunFlags> {
  const type: Channel =
    flags.type ?? (await prompter.select('Which channel?', CHANNELS.map((channel) => ({ name: `${channel.name} — ${channel.description}`, value: channel.name }))));
  if (hasChanges(flags)) return { ...flags, type };
  const choices: Array<{ name: string; value: Change }> = [
    { name: 'Switch notifications on this channel on', value: 'enable' },
    { name: 'Switch them off', value: 'disable' },
    ...(channelTakesWebhook(type) ? [{ name: 'Set the group-bot webhook URL', value: 'webhook' as const }] : []),
  ];
  const change = await prompter.select('What do you want to change?', choices);
  if (change === 'webhook') {
    const url = (await prompter.input('Webhook URL', { validate: asPromptCheck(validateWebhookUrl) })).trim();
    return { ...flags, type, webhookUrl: url };
  }
  return { ...flags, type, [change]: true };
}

function commandLine(repository: string, options: SetOptions & RunFlags): string {
  const parts: CommandPart[] = ['regnotify', 'subscription', 'set', repository, ['--type', options.type]];
  const switches = [options.enable && '--enable', options.disable && '--disable'].filter((flag): flag is string => Boolean(flag));
  parts.push(...switches, ['--config-source', options.configSource], ['--webhook-url', options.webhookUrl], ['--mention-users', options.mentionUsers]);
  parts.push(['--mention-phone', options.mentionPhone], ['--usage-warning', options.usageWarning]);
  for (const event of options.event ?? []) parts.push(['--event', event]);
  for (const event of options.disableEvent ?? []) parts.push(['--disable-event', event]);
  parts.push(...runFlagParts(options));
  return formatCommandLine(parts);
}

/**
 * The flags, completed by questions on a terminal; without one, a missing --type is exit 2, naming the missing change
 * in the same run when there is none either.
 */
export async function completeSubscriptionFlags(asker: Asker, repository: string, flags: SetOptions & RunFlags, missing: string[]): Promise<SetOptions> {
  const askAnyway = !missing.length && !hasChanges(flags) && asker.canPrompt;
  if (missing.length && !hasChanges(flags) && !asker.canPrompt) {
    const named = [...missing, 'a change'];
    return (await askForMissing(asker, named, (prompter) => ask(prompter, flags), (done) => commandLine(repository, done), `pass ${missing.join(' and ')} and one of ${changeFlagList()}`)) ?? flags;
  }
  return (await askForMissing(asker, askAnyway ? ['a change'] : missing, (prompter) => ask(prompter, flags), (done) => commandLine(repository, done))) ?? flags;
}
