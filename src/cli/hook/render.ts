// How hooks look in a table, a key/value listing and -q. json/yaml print Alauda's object, secret masked.
import type { Column } from '../../core/output.js';
import type { Context } from '../context.js';
import type { Hook } from '../../platforms/alauda/schemas.js';

const hookColumns: Column<Hook>[] = [
  { header: 'id', value: (hook) => hook.id },
  { header: 'name', value: (hook) => hook.name },
  { header: 'subject type', value: (hook) => hook.subject_type },
  { header: 'subject', value: (hook) => hook.subject },
  { header: 'events', value: (hook) => hook.events },
  { header: 'url', value: (hook) => hook.url },
  { header: 'active', value: (hook) => (hook.is_active ? 'yes' : 'no') },
];

const hookFields: Column<Hook>[] = [
  ...hookColumns,
  // The output layer has already masked it unless --show-secrets.
  { header: 'secret', value: (hook) => hook.secret },
  { header: 'created by', value: (hook) => hook.created_by },
  { header: 'created at', value: (hook) => hook.created_at },
  { header: 'updated at', value: (hook) => hook.updated_at },
];

const hookId = (hook: Hook): string => String(hook.id);

export function renderHook(context: Context, hook: Hook): Promise<void> {
  return context.output.object(hook, { fields: hookFields, id: hookId });
}

export function renderHooks(context: Context, hooks: Hook[]): Promise<void> {
  return context.output.list(hooks, {
    columns: hookColumns,
    id: hookId,
    empty: 'No hooks. Create one with: regnotify hook create --subject-type T --subject S --event E --url URL --name NAME --generate-secret',
  });
}
