import { codeartsChannels, codeartsConfigSources, codeartsEvents, codeartsUsageWarnings } from '../completion-values.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import { CHANNEL_NAMES, CONFIG_SOURCE_NAMES, parseRepositoryId } from '../../platforms/codearts/catalog.js';
import { TOKEN_ENCODINGS } from '../../platforms/codearts/webhook-encoding.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { defineCommand, missingFlags, type OptionSpecs } from '../define.js';
import { changesFromOptions } from './changes.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { settingsView } from './view.js';

export const SET_OPTIONS = {
  type: { value: 'channel', description: 'notification channel (asked on a terminal when missing)', choices: CHANNEL_NAMES, strict: true, asked: true, complete: codeartsChannels },
  enable: { description: 'switch the channel on', conflicts: ['disable'] },
  disable: { description: 'switch the channel off' },
  configSource: {
    value: 'source',
    description: "repo: this repository's own settings; product: the project's",
    choices: CONFIG_SOURCE_NAMES,
    strict: true,
    complete: codeartsConfigSources,
  },
  webhookUrl: { value: 'url', description: 'group-bot webhook URL (qyweixin, feishu, dingding)' },
  webhookTokenStdin: { description: 'read the group-bot webhook token from standard input' },
  webhookTokenEncoding: {
    value: 'encoding',
    description:
      "how the token goes on the wire: Huawei's field table says only url and mention_phone are base64, its example body encodes the token too (default: base64, as the example)",
    choices: TOKEN_ENCODINGS,
    strict: true,
  },
  mentionUsers: { value: 'ids', description: 'user ids to @-mention, ";"-separated ("" clears)' },
  mentionPhone: { value: 'phones', description: 'phone numbers to @-mention, ";"-separated ("" clears)' },
  usageWarning: { value: 'percent', description: 'repository usage warning threshold: 60, 80 or 90', complete: codeartsUsageWarnings },
  event: { value: 'resource:action[=roles]', description: 'enable an event, e.g. mr:open or mr:review=reviewer,approver (repeatable)', repeatable: true, complete: codeartsEvents },
  disableEvent: { value: 'resource:action', description: 'disable an event, e.g. repo:delete (repeatable)', repeatable: true, complete: codeartsEvents },
} as const satisfies OptionSpecs;

export const setSpec = defineCommand({
  name: 'set',
  description: "Change one channel's settings: reads them, merges the flags in and sends them back whole (what is not named stays as it is)",
  writes: true,
  arguments: [REPOSITORY_ARGUMENT],
  options: SET_OPTIONS,
  examples: [
    'regnotify subscription set 2111978605 --type qyweixin --enable --webhook-url https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY',
    'regnotify subscription set my-group/my-repo --type email --event mr:review=reviewer,approver --disable-event repo:delete',
    'printenv BOT_TOKEN | regnotify subscription set 123 --type dingding --webhook-token-stdin --mention-phone "13800000000;13900000000"',
    'regnotify subscription set 123 --type email --disable-event repo:delete --dry-run   # the merged body the PUT would carry',
  ],
  async run(context, [repo], given) {
    parseRepositoryId(repo);
    const { completeSubscriptionFlags } = await import('./prompt.js');
    const completed = await completeSubscriptionFlags(context.asker, repo, given, missingFlags(setSpec, given));
    const options = { ...completed, type: completed.type! };
    const changes = changesFromOptions(options);
    if (options.webhookTokenStdin) {
      const token = await readSecretFromStdin(context.io.in, '--webhook-token-stdin');
      context.addSecret(token);
      changes.webhook = { ...changes.webhook, token };
    }
    const [{ mergeSubscription }, client] = await Promise.all([import('../../platforms/codearts/subscription-merge.js'), context.api(codeartsPlatform)]);
    const repositoryId = await client.repositories.resolve(repo);
    const current = await client.subscriptions.get(repositoryId, options.type);
    const updated = await client.subscriptions.put(repositoryId, options.type, mergeSubscription(current, changes), options.webhookTokenEncoding);
    context.output.success(`Updated ${options.type} notifications of repository ${repositoryId}`);
    await context.output.sections(updated, settingsView(updated, repositoryId, options.type));
  },
});
