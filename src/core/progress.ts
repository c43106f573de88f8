// Progress for a person at a terminal: a spinner on stderr once the work has taken more than a second, the pages of a
// long list as they are read, and one line for each retry. Never on a pipe, in CI or with --verbose (the trace says it).
import { envFlagSet, type IOStreams } from './io.js';

/** Work quicker than this shows nothing. */
export const SPINNER_DELAY_MS = 1000;
/** Requests this close together are one piece of work (the pages of a list); after a longer pause the wait starts anew. */
const IDLE_RESTART_MS = 250;

export interface Progress {
  /** A request starts; the returned function ends it. */
  begin(label: string): () => void;
  /** What has been read so far (a list's pages), shown in the spinner from now on. */
  update(detail: string): void;
  /** A line that stays (a retry), printed above the spinner. */
  note(message: string): void;
  /** Clears the spinner for good (the run ends). */
  stop(): void;
}

export const NO_PROGRESS: Progress = { begin: () => () => {}, update: () => {}, note: () => {}, stop: () => {} };

/** A spinner only for a person: stderr a terminal, not CI, no trace on the same stream. */
export function progressAllowed(io: IOStreams, verbose: boolean): boolean {
  return io.stderrIsTTY && !verbose && !envFlagSet(io.env.CI) && io.env.TERM !== 'dumb';
}

type Spinner = import('ora').Ora;

/**
 * One spinner for the run. It shows while a request is in flight and the run has been waiting for more than
 * SPINNER_DELAY_MS; between requests it is cleared so that data written to the terminal never mixes with it.
 * ora is loaded only when a spinner is actually shown: most runs finish before and never pay for it.
 */
export class TerminalProgress implements Progress {
  private active = 0;
  private label = '';
  private detail = '';
  private since?: number;
  private timer?: NodeJS.Timeout;
  private spinner?: Spinner;
  private loading?: Promise<void>;
  private stopped = false;

  /** When the last request ended: a request after a long pause (a prompt, say) starts a new wait. */
  private idleSince?: number;

  constructor(
    private readonly io: IOStreams,
    /** Writes a line on stderr (redacted, escaped) while the spinner is cleared. */
    private readonly writeLine: (line: string) => void,
    private readonly delayMs = SPINNER_DELAY_MS,
  ) {}

  begin(label: string): () => void {
    const now = Date.now();
    if (this.active === 0 && this.idleSince !== undefined && now - this.idleSince > IDLE_RESTART_MS) this.since = undefined;
    this.active++;
    this.label = label;
    this.since ??= now;
    this.show();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.active === 0) {
        this.idleSince = Date.now();
        this.hide();
      }
    };
  }

  update(detail: string): void {
    this.detail = detail;
    if (this.spinner?.isSpinning) this.spinner.text = this.text();
  }

  note(message: string): void {
    const spinning = this.spinner?.isSpinning;
    if (spinning) this.spinner!.clear();
    this.writeLine(message);
    if (spinning) this.spinner!.render();
  }

  stop(): void {
    this.stopped = true;
    this.hide();
  }

  private text(): string {
    return this.detail ? `${this.label} (${this.detail})` : this.label;
  }

  private show(): void {
    if (this.stopped) return;
    const waited = Date.now() - (this.since ?? Date.now());
    if (waited < this.delayMs) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        if (this.active > 0) this.show();
      }, this.delayMs - waited);
      this.timer.unref();
      return;
    }
    if (this.spinner) {
      this.spinner.text = this.text();
      if (!this.spinner.isSpinning) this.spinner.start();
      return;
    }
    this.loading ??= import('ora').then(({ default: ora }) => {
      this.spinner = ora({ stream: this.io.err as NodeJS.WritableStream, isEnabled: true, discardStdin: false, text: this.text() });
      if (this.active > 0 && !this.stopped) this.spinner.start();
    });
  }

  private hide(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.spinner?.isSpinning) this.spinner.stop();
  }
}
