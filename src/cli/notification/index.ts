import type { Command } from 'commander';
import { addGroup } from '../define.js';
import { authorizeEmailSpec } from './authorize-email.js';
import { createSpec } from './create.js';
import { deleteSpec } from './delete.js';
import { getSpec } from './get.js';
import { listSpec } from './list.js';
import { resetSpec } from './reset.js';
import { testSpec } from './test.js';

export function registerNotification(program: Command): void {
  addGroup(program, {
    name: 'notification',
    description: 'Quay: repository and namespace notifications (webhook, Slack, e-mail, in-app, …): create, list, show, test, reset, delete; e-mail authorization',
    examples: [
      'regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook',
      'regnotify notification list acme/app',
    ],
    commands: [createSpec, listSpec, getSpec, testSpec, resetSpec, deleteSpec, authorizeEmailSpec],
  });
}
