// A spinner on stderr while regnotify waits, only when stderr is a terminal: piped output and logs get no animation.
// A terminal that reports no width (a pseudo-terminal nobody sized) gets the text once: ora counts the lines to
// redraw by the width, and a width of 0 would never finish counting.
import type { IOStreams } from '../core/io.js';

export interface Spinner {
  update(text: string): void;
  stop(): void;
}

const SILENT: Spinner = { update: () => {}, stop: () => {} };

export async function startSpinner(io: IOStreams, text: string): Promise<Spinner> {
  if (!io.stderrIsTTY) return SILENT;
  if (!(io.err as NodeJS.WriteStream).columns) {
    io.err.write(`${text}\n`);
    return SILENT;
  }
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
