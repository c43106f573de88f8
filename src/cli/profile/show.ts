import { defineCommand } from '../define.js';
import { PROFILE_NAME } from './arguments.js';
import { noProfileNamed } from '../../config/resolve.js';
import { withoutUserinfo } from '../../config/server-url.js';
import { MASK } from '../../core/redact.js';

const CREDENTIAL_FIELDS = ['token', 'password', 'accessKey', 'secretKey'] as const;
const FIELD_ORDER = ['platform', 'server', 'namespace', 'region', 'username', 'domain', 'iamEndpoint', 'projectId', 'caFile', 'insecure', ...CREDENTIAL_FIELDS];

export const showSpec = defineCommand({
  name: 'show',
  description: 'Show one profile; credentials appear only as ***',
  arguments: [PROFILE_NAME],
  options: {},
  examples: ['regnotify profile show prod', 'regnotify profile show prod -o yaml'],
  async run(context, [name]) {
    const data = await context.store.read();
    const profile = data.profiles.get(name);
    if (!profile) throw noProfileNamed(name);
    // Without a prototype: a key the file holds (even "__proto__") is only ever a field.
    const stored: Record<string, unknown> = Object.assign(Object.create(null), profile);
    // Stored credentials are never printed, --show-secrets or not; nor is a user:password@ in any stored URL.
    for (const [key, value] of Object.entries(stored)) if (typeof value === 'string') stored[key] = withoutUserinfo(value);
    for (const field of CREDENTIAL_FIELDS) if (stored[field]) stored[field] = MASK;
    const shown: Record<string, unknown> = Object.assign(Object.create(null), { name });
    for (const key of [...FIELD_ORDER, ...Object.keys(stored).sort()]) if (key in stored && !(key in shown)) shown[key] = stored[key];
    shown.default = data.defaults[profile.platform] === name;
    const fields = Object.keys(shown).map((key) => ({ header: key, value: (value: Record<string, unknown>) => value[key] }));
    await context.output.object(shown, { fields, id: () => name });
  },
});
