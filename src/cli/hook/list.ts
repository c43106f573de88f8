import { UsageError } from '../../core/errors.js';
import { validateSubject, validateSubjectType } from '../../platforms/alauda/catalog.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { defineCommand } from '../define.js';
import { subjectTypeOption } from './options.js';
import { renderHooks } from './render.js';

export const listSpec = defineCommand({
  name: 'list',
  aliases: ['ls'],
  description: 'List web hooks, optionally only those of one subject type or subject',
  options: {
    subjectType: subjectTypeOption('only hooks on this kind of subject'),
    subject: { value: 'subject', description: 'only hooks on this subject (namespace/repo or a job id)' },
  },
  examples: ['regnotify hook list', 'regnotify hook list --subject-type build_repo --subject alaudauser/docker_images_test --json', "regnotify hook list --query '[?!is_active].id'   # the ids of the inactive hooks (single quotes: bash expands ! in double ones)"],
  async run(context, _args, options) {
    const subjectType = options.subjectType === undefined ? undefined : validateSubjectType(options.subjectType);
    if (options.subject !== undefined) {
      if (subjectType) validateSubject(subjectType, options.subject);
      else if (options.subject.trim() === '') throw new UsageError('invalid subject "" (expected namespace/repo or a job id)');
    }
    const client = await context.api(alaudaPlatform);
    await renderHooks(context, await client.hooks.list({ subjectType, subject: options.subject }));
  },
});
