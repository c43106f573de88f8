// Progress for a person at a terminal: a spinner on stderr once the work has taken more than a second, the pages of a
// long list as they are read, one line for each retry, and at once for a wait on someone else (an e-mail link to be
// clicked). Never on a pipe, in CI or with --verbose (the trace says it). The one place that loads ora.
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
  /**
   * The run waits for someone else (polling until a link is clicked): the spinner shows this text at once, through
   * the requests made meanwhile, until the returned function is called.
   */
  wait(text: string): () => void;
  /** Clears the spinner for good (the run ends). */
  stop(): void;
}

export const NO_PROGRESS: Progress = { begin: () => () => {}, update: () => {}, note: () => {}, wait: () => () => {}, stop: () => {} };

/** A spinner only for a person: stderr a terminal, not CI, no trace on the same stream. */
export function progressAllowed(io: IOStreams, verbose: boolean): boolean {
  return io.stderrIsTTY && !verbose && !envFlagSet(io.env.CI) && io.env.TERM !== 'dumb';
}

/** What TerminalProgress needs of ora's spinner. */
interface Spinner {
  text: string;
  readonly isSpinning: boolean;
  start(): void;
  stop(): void;
  clear(): void;
  render(): void;
}

/**
 * A terminal that reports no width (a pseudo-terminal nobody sized) gets the text once instead of a spinner: ora
 * counts the lines to redraw by the width, and a width of 0 would never finish counting.
 */
function textOnce(text: string, writeLine: (line: string) => void): Spinner {
  let written = false;
  return {
    text,
    isSpinning: false,
    start() {
      if (!written) writeLine(this.text);
      written = true;
    },
    stop: () => {},
    clear: () => {},
    render: () => {},
  };
}

async function createSpinner(io: IOStreams, text: string, writeLine: (line: string) => void): Promise<Spinner> {
  if (!(io.err as NodeJS.WriteStream).columns) return textOnce(text, writeLine);
  const { default: ora } = await import('ora');
  // discardStdin would swallow the keys of a prompt that follows.
  return ora({ stream: io.err as NodeJS.WritableStream, isEnabled: true, discardStdin: false, text });
}

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
  /** The text of a wait() in progress, shown instead of the request's label. */
  private waiting?: string;
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
    return this.track(label, false);
  }

  wait(text: string): () => void {
    this.waiting = text;
    const end = this.track(text, true);
    return () => {
      this.waiting = undefined;
      end();
      // The work after a wait (creating what was waited for) is new work: its spinner waits its own second.
      if (this.active === 0) this.since = undefined;
    };
  }

  private track(label: string, immediately: boolean): () => void {
    const now = Date.now();
    if (this.active === 0 && this.idleSince !== undefined && now - this.idleSince > IDLE_RESTART_MS) this.since = undefined;
    this.active++;
    this.label = label;
    this.since ??= now;
    if (immediately) this.since = now - this.delayMs;
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
    if (this.waiting !== undefined) return this.waiting;
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
    this.loading ??= createSpinner(this.io, this.text(), this.writeLine).then((spinner) => {
      this.spinner = spinner;
      spinner.text = this.text();
      if (this.active > 0 && !this.stopped) spinner.start();
    });
  }

  private hide(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.spinner?.isSpinning) this.spinner.stop();
  }
}
