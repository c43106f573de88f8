import { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import {
  validateEvents,
  validateHookName,
  validateHookUrl,
  validateSubject,
  validateSubjectType,
} from '../../platforms/alauda/catalog.js';
import { examples, handler } from '../command.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { addSecretOptions, announceGeneratedSecret, eventOption, EVENTS_BY_SUBJECT_TYPE, secretFromFlags, subjectTypeOption, type SecretFlags } from './options.js';
import { renderHook } from './render.js';

export interface CreateOptions extends SecretFlags {
  subjectType?: string;
  subject?: string;
  event?: string[];
  url?: string;
  name?: string;
}

export function createCommand(): Command {
  const command = new Command('create')
    .description('Create a web hook on a build repository, image repository or job (POST /v1/hooks)')
    .addOption(subjectTypeOption('what the hook watches'))
    .option('--subject <subject>', 'namespace/repo for build_repo and image_repo, the job id for job')
    .addOption(eventOption(`event to deliver, repeatable (${EVENTS_BY_SUBJECT_TYPE})`))
    .option('--url <url>', 'absolute http(s) URL Alauda POSTs deliveries to')
    .option('--name <name>', 'name of the hook')
    .addHelpText('after', '\nOn a terminal, regnotify asks for whatever required flag is missing and then prints the full command line.');
  addSecretOptions(command);
  command.action(
    handler<CreateOptions>(async (context, _args, given) => {
      const { completeHookFlags } = await import('./prompt.js');
      const options = await completeHookFlags(context.asker, given);
      const subjectType = validateSubjectType(options.subjectType!);
      const subject = validateSubject(subjectType, options.subject!);
      const events = validateEvents(subjectType, options.event ?? []);
      const url = validateHookUrl(options.url!);
      const name = validateHookName(options.name!);
      const { secret, generated } = secretFromFlags(context, options);
      if (secret === undefined) {
        throw new UsageError('a hook needs a secret to sign its deliveries (none given)', { hint: 'pass --secret SECRET, or --generate-secret to have one made' });
      }
      const client = await context.api(alaudaPlatform);
      const hook = await client.hooks.create({ subject_type: subjectType, subject, events, secret, url, name });
      if (generated) announceGeneratedSecret(context, hook.id, secret);
      context.output.success(`Created hook ${hook.id} (${hook.name})`);
      await renderHook(context, hook);
    }),
  );
  return examples(command, [
    'regnotify hook create --subject-type build_repo --subject alaudauser/docker_images_test --event build:complete --url https://ci.example.com/alauda --name "build done" --generate-secret',
    'regnotify hook create --subject-type job --subject 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60 --event job:succeed --event job:fail --url https://alerts.example.com/jobs --name alerts --secret "$HOOK_SECRET" -q',
  ]);
}
