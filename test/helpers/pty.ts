// Drives the CLI in a real pseudo-terminal (util-linux `script`), so prompts see a terminal on stdin and stdout.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { shellQuote } from '../../src/prompts/command-line.js';
import { BIN, baseEnv } from './cli.js';

export const KEYS = { up: '\u001b[A', down: '\u001b[B', enter: '\r', ctrlC: '\u0003' } as const;

/** Keys to press as they are (no Enter added), as opposed to a line to answer. */
export interface Keys {
  keys: string;
}

export const keys = (...parts: string[]): Keys => ({ keys: parts.join('') });

/** One exchange with a prompt: wait for its text, then answer a line (a string) or press keys. */
export type Exchange = readonly [prompt: string | RegExp, reply: string | Keys];

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export class Terminal {
  private rawText = '';
  private cursor = 0;
  private readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.rawText += chunk));
    this.exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  }

  static start(args: string[], env: Record<string, string | undefined> = {}): Terminal {
    const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
    const merged: Record<string, string> = { TERM: 'xterm-256color', COLUMNS: '120', LINES: '40' };
    for (const [name, value] of Object.entries({ ...baseEnv(), ...env })) if (value !== undefined) merged[name] = value;
    // A new pseudo-terminal has no size (0 columns): give it the one COLUMNS and LINES name, as a real terminal has.
    const sized = `stty cols ${Number(merged.COLUMNS)} rows ${Number(merged.LINES)} 2>/dev/null; exec ${command}`;
    // -e: exit with the child's code; -f: flush at once; -q: no "Script started" banner.
    return new Terminal(spawn('script', ['-qfec', sized, '/dev/null'], { env: merged }));
  }

  /** Everything written to the terminal so far, escape sequences included. */
  get raw(): string {
    return this.rawText;
  }

  /** Everything shown so far, escape sequences removed. */
  get screen(): string {
    return stripAnsi(this.rawText);
  }

  /** Waits until the text appears in output that arrived after the previous wait. */
  async waitFor(expected: string | RegExp, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      const fresh = stripAnsi(this.rawText.slice(this.cursor));
      const index = typeof expected === 'string' ? fresh.indexOf(expected) : fresh.search(expected);
      if (index >= 0) {
        this.cursor = this.rawText.length;
        return;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${String(expected)}; screen:\n${this.screen.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  type(text: string): void {
    this.child.stdin.write(text);
  }

  /** Types a line and presses Enter. */
  answer(text: string): void {
    this.type(text);
    this.type(KEYS.enter);
  }

  /** Goes through the exchanges in order, each waiting for its prompt before replying. */
  async converse(exchanges: readonly Exchange[]): Promise<void> {
    for (const [prompt, reply] of exchanges) {
      await this.waitFor(prompt);
      if (typeof reply === 'string') this.answer(reply);
      else this.type(reply.keys);
    }
  }

  /** The exit code, and the terminal killed whatever happened (a timed-out wait must not leave `script` running). */
  async finish(): Promise<number | null> {
    try {
      return await this.exitCode();
    } finally {
      this.kill();
    }
  }

  exitCode(timeoutMs = 10_000): Promise<number | null> {
    return Promise.race([
      this.exited,
      new Promise<number | null>((_, reject) => setTimeout(() => reject(new Error(`no exit; screen:\n${this.screen.slice(-2000)}`)), timeoutMs)),
    ]);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
