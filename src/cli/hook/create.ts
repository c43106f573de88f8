import { UsageError } from '../../core/errors.js';
import { validateEvents, validateHookName, validateHookUrl, validateSubject, validateSubjectType } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { defineCommand, missingFlags, type OptionsOf, type OptionSpecs } from '../define.js';
import { announceGeneratedSecret, eventOption, EVENTS_BY_SUBJECT_TYPE, SECRET_OPTIONS, secretFromFlags, subjectTypeOption } from './options.js';
import { renderHook } from './render.js';

export const CREATE_OPTIONS = {
  subjectType: { ...subjectTypeOption('what the hook watches'), asked: true },
  subject: { value: 'subject', description: 'namespace/repo for build_repo and image_repo, the job id for job', asked: true },
  event: { ...eventOption(`event to deliver, repeatable (${EVENTS_BY_SUBJECT_TYPE})`), asked: true },
  url: { value: 'url', description: 'absolute http(s) URL Alauda POSTs deliveries to', asked: true },
  name: { value: 'name', description: 'name of the hook', asked: true },
  ...SECRET_OPTIONS,
  ifNotExists: { description: 'when a hook with this --name exists on this subject, print it (as hook get does) and create nothing, exit 0' },
} as const satisfies OptionSpecs;

export type CreateOptions = OptionsOf<typeof CREATE_OPTIONS>;

export const createSpec = defineCommand({
  name: 'create',
  description: 'Create a web hook on a build repository, image repository or job (POST /v1/hooks)',
  writes: true,
  options: CREATE_OPTIONS,
  help: () => '\nOn a terminal, regnotify asks for whatever required flag is missing and then prints the full command line.',
  examples: [
    'regnotify hook create --subject-type build_repo --subject alaudauser/docker_images_test --event build:complete --url https://ci.example.com/alauda --name "build done" --generate-secret',
    'regnotify hook create --subject-type job --subject 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60 --event job:succeed --event job:fail --url https://alerts.example.com/jobs --name alerts --secret "$HOOK_SECRET" -q',
    '# a script that runs twice: the second run prints the hook named "build done" and exits 0',
    'regnotify hook create --subject-type build_repo --subject alaudauser/docker_images_test --event build:complete --url https://ci.example.com/alauda --name "build done" --secret-env HOOK_SECRET --if-not-exists',
  ],
  async run(context, _args, given) {
    const { completeHookFlags } = await import('./prompt.js');
    const options = await completeHookFlags(context.asker, given, missingFlags(createSpec, given));
    const subjectType = validateSubjectType(options.subjectType!);
    const subject = validateSubject(subjectType, options.subject!);
    const events = validateEvents(subjectType, options.event ?? []);
    const url = validateHookUrl(options.url!);
    const name = validateHookName(options.name!);
    const { secret, generated } = await secretFromFlags(context, options);
    if (secret === undefined) {
      throw new UsageError('a hook needs a secret to sign its deliveries (none given)', { hint: 'pass --secret SECRET, or --generate-secret to have one made' });
    }
    const client = await context.api(alaudaPlatform);
    const existing = options.ifNotExists ? await client.hooks.findNamed(subjectType, subject, name) : undefined;
    if (existing) {
      context.output.notice(`hook ${existing.id} (${name}) already exists on ${subjectType} ${subject}; nothing created`);
      return renderHook(context, existing);
    }
    const hook = await client.hooks.create({ subject_type: subjectType, subject, events, secret, url, name });
    if (generated) announceGeneratedSecret(context, hook.id, secret);
    context.output.success(`Created hook ${hook.id} (${hook.name})`);
    await renderHook(context, hook);
  },
});
