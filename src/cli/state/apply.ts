import { UsageError } from '../../core/errors.js';
import { defineCommand } from '../define.js';
import { FILE_OPTION } from './file.js';
import { PRUNE_OPTION } from './plan.js';

const DEFAULT_CONCURRENCY = 8;

function parseConcurrency(text: string | undefined): number {
  if (text === undefined) return DEFAULT_CONCURRENCY;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 64) throw new UsageError(`--concurrency: invalid value "${text}" (allowed: a whole number from 1 to 64)`);
  return value;
}

export const applySpec = defineCommand({
  name: 'apply',
  description: 'Make the servers match the file: the plan, a confirmation (or --yes), then the changes with bounded concurrency per server',
  options: {
    file: FILE_OPTION,
    prune: PRUNE_OPTION,
    concurrency: { value: 'n', description: `changes in flight per server (default: ${DEFAULT_CONCURRENCY})` },
    // Named only to be refused with a pointer: plan is apply's dry run (what would change, GETs only).
    dryRun: { description: 'refused: regnotify plan shows what apply would change', hidden: true },
  },
  examples: ['regnotify apply', 'regnotify apply -f notifications.yaml --prune --yes', 'regnotify apply --concurrency 16 --yes   # in CI'],
  async run(context, _args, options) {
    if (options.dryRun) {
      throw new UsageError('apply has no --dry-run (regnotify plan is its dry run: it reads the servers and shows every change, sending nothing)', {
        hint: 'run regnotify plan with the same -f and --prune',
      });
    }
    const concurrency = parseConcurrency(options.concurrency);
    // Without a terminal nobody can confirm: say so before reading anything.
    if (!context.settings.yes && !context.canPrompt) {
      throw new UsageError(`apply needs confirmation (${context.whyNoQuestions()})`, { hint: 'pass --yes to apply, or run regnotify plan to only look' });
    }
    const { runApply } = await import('./run-apply.js');
    await runApply(context, { file: options.file, prune: options.prune, concurrency });
  },
});
