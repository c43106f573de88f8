import type { GroupBody } from '../define.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { updateSpec } from './update.js';
import { visibilitySpec } from './visibility.js';

/** The verbs of `regnotify repo`: loaded only when a command line names the group (src/cli/groups.ts). */
export const repoGroup: GroupBody = {
  examples: ['regnotify repo create app --namespace acme', 'regnotify repo list --namespace acme', 'regnotify repo get acme/app'],
  commands: [createSpec, listSpec, getSpec, updateSpec, visibilitySpec, deleteSpec],
};
