import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { examples, handler } from './command.js';

export function registerInit(program: Command): void {
  const command = program
    .command('init')
    .description('Set up a profile step by step: platform, server, credentials (checked with a real call), name')
    .action(
      handler(async (context) => {
        if (!context.canPrompt) {
          throw new UsageError('regnotify init asks questions and needs a terminal (stdin and stdout), without --no-input or CI', {
            hint: 'in scripts use: regnotify profile add NAME --platform quay|alauda|codearts --server URL --token-stdin',
          });
        }
        const { runInitWizard } = await import('./profile/wizard.js');
        await runInitWizard(context);
      }),
    );
  examples(command, ['regnotify init', 'regnotify init --ca-file ./company-ca.pem   # a self-hosted server with a private CA']);
}
