import type { Command } from 'commander';
import { addGroup } from '../define.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { updateSpec } from './update.js';
import { visibilitySpec } from './visibility.js';

export function registerRepo(program: Command): void {
  addGroup(program, {
    name: 'repo',
    description: 'Quay: create, list, show, update, publish and delete repositories',
    examples: ['regnotify repo create app --namespace acme', 'regnotify repo list --namespace acme', 'regnotify repo get acme/app'],
    commands: [createSpec, listSpec, getSpec, updateSpec, visibilitySpec, deleteSpec],
  });
}
