import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { defineCommand, toCommand } from './define.js';

export const initSpec = defineCommand({
  name: 'init',
  description: 'Set up a profile step by step: platform, server, credentials (checked with a real call), name',
  options: {},
  examples: ['regnotify init', 'regnotify init --ca-file ./company-ca.pem   # a self-hosted server with a private CA'],
  async run(context) {
    if (!context.canPrompt) {
      throw new UsageError('regnotify init asks questions and needs a terminal (stdin and stdout), without --no-input or CI', {
        hint: 'in scripts use: regnotify profile add NAME --platform quay|alauda|codearts --server URL --token-stdin',
      });
    }
    const { runInitWizard } = await import('./profile/wizard.js');
    await runInitWizard(context);
  },
});

export function registerInit(program: Command): void {
  program.addCommand(toCommand(initSpec));
}
