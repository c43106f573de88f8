import { Command, Option } from 'commander';
import { codeartsChannels, codeartsConfigSources, codeartsEvents, codeartsUsageWarnings } from '../completion-values.js';
import { withCompletion } from '../../completion/values.js';
import { readSecretFromStdin } from '../../core/stdin.js';
import { CHANNEL_NAMES, CONFIG_SOURCE_NAMES, parseRepositoryId } from '../../platforms/codearts/catalog.js';
import { TOKEN_ENCODINGS } from '../../platforms/codearts/webhook-encoding.js';
import { collect, examples, handler } from '../command.js';
import { changesFromOptions, type SetOptions } from './changes.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { REPOSITORY_ARGUMENT } from './arguments.js';
import { settingsView } from './view.js';

export function setCommand(): Command {
  const command = new Command('set')
    .description("Change one channel's settings: reads them, merges the flags in and sends them back whole (what is not named stays as it is)")
    .argument('<repo>', REPOSITORY_ARGUMENT)
    .addOption(withCompletion(new Option('--type <channel>', 'notification channel (asked on a terminal when missing)').choices(CHANNEL_NAMES), codeartsChannels))
    .addOption(new Option('--enable', 'switch the channel on').conflicts('disable'))
    .addOption(new Option('--disable', 'switch the channel off'))
    .addOption(withCompletion(new Option('--config-source <source>', "repo: this repository's own settings; product: the project's").choices(CONFIG_SOURCE_NAMES), codeartsConfigSources))
    .option('--webhook-url <url>', 'group-bot webhook URL (qyweixin, feishu, dingding)')
    .option('--webhook-token-stdin', 'read the group-bot webhook token from standard input')
    .addOption(
      new Option(
        '--webhook-token-encoding <encoding>',
        "how the token goes on the wire: Huawei's field table says only url and mention_phone are base64, its example body encodes the token too (default: base64, as the example)",
      ).choices(TOKEN_ENCODINGS),
    )
    .option('--mention-users <ids>', 'user ids to @-mention, ";"-separated ("" clears)')
    .option('--mention-phone <phones>', 'phone numbers to @-mention, ";"-separated ("" clears)')
    .addOption(withCompletion(new Option('--usage-warning <percent>', 'repository usage warning threshold: 60, 80 or 90'), codeartsUsageWarnings))
    .addOption(withCompletion(new Option('--event <resource:action[=roles]>', 'enable an event, e.g. mr:open or mr:review=reviewer,approver (repeatable)').argParser(collect).default([]), codeartsEvents))
    .addOption(withCompletion(new Option('--disable-event <resource:action>', 'disable an event, e.g. repo:delete (repeatable)').argParser(collect).default([]), codeartsEvents))
    .action(
      handler<SetOptions>(async (context, [repo], given) => {
        parseRepositoryId(repo);
        const { completeSubscriptionFlags } = await import('./prompt.js');
        const completed = await completeSubscriptionFlags(context.asker, repo, given);
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
      }),
    );
  return examples(command, [
    'regnotify subscription set 2111978605 --type qyweixin --enable --webhook-url https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY',
    'regnotify subscription set my-group/my-repo --type email --event mr:review=reviewer,approver --disable-event repo:delete',
    'printenv BOT_TOKEN | regnotify subscription set 123 --type dingding --webhook-token-stdin --mention-phone "13800000000;13900000000"',
  ]);
}
