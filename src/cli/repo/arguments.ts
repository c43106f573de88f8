import type { ArgumentSpec } from '../define.js';

export const REPOSITORY: ArgumentSpec = { name: 'repository', description: 'namespace/name' };
