// A spinner on stderr while regnotify waits, only when stderr is a terminal: piped output and logs get no animation.
import type { IOStreams } from '../core/io.js';

export interface Spinner {
  update(text: string): void;
  stop(): void;
}

const SILENT: Spinner = { update: () => {}, stop: () => {} };

export async function startSpinner(io: IOStreams, text: string): Promise<Spinner> {
  if (!io.stderrIsTTY) return SILENT;
  const { default: ora } = await import('ora');
  // discardStdin would swallow the keys of a prompt that follows.
  const spinner = ora({ text, stream: io.err as NodeJS.WritableStream, isEnabled: true, discardStdin: false }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    stop: () => {
      spinner.stop();
    },
  };
}
