import { PassThrough, Writable } from 'node:stream';
import type { IOStreams } from '../../src/core/io.js';

/** Buffer-backed streams for in-process tests of the program; stdin holds `input`, then ends. */
export function memoryIO(env: Record<string, string> = {}, input?: string | Uint8Array): IOStreams & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end(input);
  return {
    in: stdin,
    out: sink((text) => (out += text)),
    err: sink((text) => (err += text)),
    env,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: () => out,
    stderr: () => err,
  };
}
