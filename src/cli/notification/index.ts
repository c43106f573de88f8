import type { GroupBody } from '../define.js';
import { authorizeEmailSpec } from './authorize-email.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { resetSpec } from './reset.js';
import { testSpec } from './test.js';

/** The verbs of `regnotify notification`: loaded only when a command line names the group (src/cli/groups.ts). */
export const notificationGroup: GroupBody = {
  examples: [
    'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook',
    'regnotify notification list acme/app',
  ],
  commands: [createSpec, listSpec, getSpec, testSpec, resetSpec, deleteSpec, authorizeEmailSpec],
};
