import { PROFILE_NAMES } from '../../completion/values.js';
import type { ArgumentSpec } from '../define.js';

export const PROFILE_NAME: ArgumentSpec = { name: 'name', description: 'profile name', complete: PROFILE_NAMES };
