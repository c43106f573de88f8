import type { ArgumentSpec } from '../define.js';

export const REPOSITORY_ARGUMENT: ArgumentSpec = { name: 'repo', description: 'numeric repository id (1..2147483647) or group/repo' };
