import type { Command } from 'commander';
import { addGroup } from '../define.js';
import { addSpec } from './add.js';
import { listSpec } from './list.js';
import { loginSpec } from './login.js';
import { removeSpec } from './remove.js';
import { setSpec } from './set.js';
import { showSpec } from './show.js';
import { useSpec } from './use.js';

export function registerProfile(program: Command): void {
  addGroup(program, {
    name: 'profile',
    description: 'Manage stored profiles: a platform, a server and credentials under one name',
    examples: ['regnotify profile add prod --platform quay --server https://quay.io --token-stdin < token.txt', 'regnotify profile list'],
    commands: [addSpec, listSpec, showSpec, useSpec, removeSpec, setSpec, loginSpec],
  });
}
