import { ExitCode, ExitStatus, RegnotifyError } from '../../core/errors.js';
import { defineCommand } from '../define.js';
import { FILE_OPTION } from './file.js';

export const PRUNE_OPTION = {
  description: 'also delete notifications and hooks the file does not name, inside the repositories and subjects it lists',
} as const;

export const planSpec = defineCommand({
  name: 'plan',
  description: 'Show what apply would change: reads the live state (GETs only) of everything the file names and compares',
  options: {
    file: FILE_OPTION,
    prune: PRUNE_OPTION,
    detailedExitcode: { description: 'exit 0 when nothing would change, 2 when something would, 1 on errors (as terraform)' },
  },
  examples: ['regnotify plan', 'regnotify plan -f notifications.yaml --prune -o json', 'regnotify plan --detailed-exitcode || echo "drift found"'],
  async run(context, _args, options) {
    const [{ showPlanFromFile, targetErrors }, { changeCount }] = await Promise.all([import('./run-plan.js'), import('../../declarative/plan.js')]);
    const plan = await showPlanFromFile(context, options.file, options).catch((error: unknown) => {
      // As terraform's: 2 stands for "changes" alone, so a problem of the file (otherwise 2) is an error, 1.
      if (options.detailedExitcode && error instanceof RegnotifyError && error.exitCode === ExitCode.usage) {
        throw new RegnotifyError(error.message, { hint: error.hint, details: error.details, cause: error });
      }
      throw error;
    });
    if (plan.errors.length) throw targetErrors(plan);
    if (options.detailedExitcode && changeCount(plan.summary)) throw new ExitStatus(2);
  },
});
