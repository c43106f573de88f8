import type { GroupBody } from '../define.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { disableSpec } from './disable.js';
import { enableSpec } from './enable.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { updateSpec } from './update.js';

/** The verbs of `regnotify hook`: loaded only when a command line names the group (src/cli/groups.ts). */
export const hookGroup: GroupBody = {
  examples: [
    'regnotify hook list',
    'regnotify hook create --subject-type image_repo --subject alaudauser/nginx --event image:push --url https://deploy.example.com/alauda --name deploy --generate-secret',
    'regnotify hook update 4 --url https://ci.example.com/alauda/builds',
  ],
  commands: [createSpec, listSpec, getSpec, updateSpec, enableSpec, disableSpec, deleteSpec],
};
