import type { Command } from 'commander';
import { addGroup } from '../define.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { disableSpec } from './disable.js';
import { enableSpec } from './enable.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { updateSpec } from './update.js';

export function registerHook(program: Command): void {
  addGroup(program, {
    name: 'hook',
    description: 'Manage Alauda web hooks on build repositories, image repositories and jobs',
    examples: [
      'regnotify hook list',
      'regnotify hook create --subject-type image_repo --subject alaudauser/nginx --event image:push --url https://deploy.example.com/alauda --name deploy --generate-secret',
      'regnotify hook update 4 --url https://ci.example.com/alauda/builds',
    ],
    commands: [createSpec, listSpec, getSpec, updateSpec, enableSpec, disableSpec, deleteSpec],
  });
}
