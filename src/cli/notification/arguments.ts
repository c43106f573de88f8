import type { ArgumentSpec } from '../define.js';

export const REPOSITORY: ArgumentSpec = { name: 'repository', description: 'namespace/name' };
export const UUID: ArgumentSpec = { name: 'uuid', description: 'notification uuid (see notification list)' };
