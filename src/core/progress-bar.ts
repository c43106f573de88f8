// A bar on stderr for a person at a terminal, filled as the steps of a run end (apply's changes); the lines that must
// stay (a failure) are printed above it. cli-progress draws it; it is loaded only when a bar is shown.
import { cleanUpOnSignal } from './exit-cleanup.js';
import type { IOStreams } from './io.js';

export interface ProgressBar {
  /** A step ended well. */
  advance(): void;
  /** A step failed: `line` (one formatted line, newline included) stays above the bar. */
  fail(line: string): void;
  /** A line that stays above the bar (a retry's notice); it counts for nothing. */
  above(line: string): void;
  /** Clears the bar: the run is over. */
  end(): void;
}

export async function progressBar(io: IOStreams, total: number, label: string): Promise<ProgressBar> {
  const { MultiBar } = await import('cli-progress');
  const bars = new MultiBar({
    stream: io.err as NodeJS.WriteStream,
    format: `${label} {bar} {value}/{total}{failed}`,
    barsize: 30,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    // A failure's line is printed above the bar at its next redraw, within a tenth of a second.
    fps: 10,
  });
  const bar = bars.create(total, 0, { failed: '' });
  let failed = 0;
  // Ctrl-C ends the process at once: the cursor and line wrapping the bar turned off come back first.
  const forget = cleanUpOnSignal(() => bars.stop());
  return {
    advance: () => bar.increment(),
    fail: (line) => {
      failed++;
      bars.log(line);
      bar.increment({ failed: ` · ${failed} failed` });
    },
    above: (line) => bars.log(line),
    end: () => {
      bars.stop();
      forget();
    },
  };
}
