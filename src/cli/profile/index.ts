import type { GroupBody } from '../define.js';
import { addSpec } from './add.js';
import { listSpec } from './list.js';
import { loginSpec } from './login.js';
import { removeSpec } from './remove.js';
import { setSpec } from './set.js';
import { showSpec } from './show.js';
import { useSpec } from './use.js';

/** The verbs of `regnotify profile`: loaded only when a command line names the group (src/cli/groups.ts). */
export const profileGroup: GroupBody = {
  examples: [
    'regnotify profile add prod --platform quay --server https://quay.io --token-stdin < token.txt',
    'regnotify profile list',
    'regnotify profile set prod --namespace acme',
  ],
  commands: [addSpec, listSpec, showSpec, useSpec, removeSpec, setSpec, loginSpec],
};
