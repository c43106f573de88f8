import { UsageError } from '../../core/errors.js';
import {
  findSubjectType,
  parseHookId,
  validateEvents,
  validateHookName,
  validateHookUrl,
  validateKnownEvents,
  type SubjectTypeName,
} from '../../platforms/alauda/catalog.js';
import type { HookChanges } from '../../platforms/alauda/schemas.js';
import { defineCommand, flagOf, type OptionSpecs } from '../define.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { announceGeneratedSecret, eventOption, HOOK_ID, SECRET_OPTIONS, secretFromFlags } from './options.js';
import { renderHook } from './render.js';

const UPDATE_OPTIONS = {
  event: eventOption("replace the events with these (repeat for several; they must suit the hook's subject type)"),
  url: { value: 'url', description: 'new delivery URL (absolute http or https)' },
  name: { value: 'name', description: 'new name' },
  ...SECRET_OPTIONS,
  active: { description: 'deliver events again' },
  inactive: { description: 'stop delivering events, keeping the hook' },
} as const satisfies OptionSpecs;

/** Every option of update changes something, so the "nothing to change" error names them all, never a stale list. */
const CHANGE_FLAGS = Object.keys(UPDATE_OPTIONS).map((key) => flagOf(key)).join(', ');

export const updateSpec = defineCommand({
  name: 'update',
  description: 'Change a web hook: reads it and sends it back with only the given fields changed (PUT /v1/hooks/<id>)',
  writes: true,
  arguments: [HOOK_ID],
  options: UPDATE_OPTIONS,
  examples: [
    'regnotify hook update 4 --url https://ci.example.com/alauda/builds',
    'regnotify hook update 6 --event job:fail --generate-secret',
    'regnotify hook update 4 --inactive',
    'printenv HOOK_SECRET | regnotify hook update 4 --secret-stdin   # rotate the secret without it showing in ps',
    'regnotify hook update 4 --url https://ci.example.com/v2 --dry-run -o json   # the merged body the PUT would carry',
  ],
  async run(context, [idText], options) {
    const id = parseHookId(idText);
    if (options.active && options.inactive) throw new UsageError('--active and --inactive cannot be used together');
    const events = options.event && validateKnownEvents(options.event);
    const { secret, generated } = await secretFromFlags(context, options);
    const changes: HookChanges = {
      ...(options.url !== undefined && { url: validateHookUrl(options.url) }),
      ...(options.name !== undefined && { name: validateHookName(options.name) }),
      ...(secret !== undefined && { secret }),
      ...((options.active || options.inactive) && { is_active: Boolean(options.active) }),
    };
    if (!events && Object.keys(changes).length === 0) throw new UsageError(`nothing to change (pass at least one of ${CHANGE_FLAGS})`);
    const client = await context.api(alaudaPlatform);
    const hook = await client.hooks.modify(id, (current) => {
      context.addPlatformSecret(current.secret);
      // Which events fit is only known once the hook (and so its subject type) has been read.
      const known = findSubjectType(current.subject_type);
      if (!events) return changes;
      return { ...changes, events: known ? validateEvents(known.name as SubjectTypeName, events) : events };
    });
    if (generated) announceGeneratedSecret(context, hook.id, secret!);
    context.output.success(`Updated hook ${hook.id} (${hook.name})`);
    await renderHook(context, hook);
  },
});
