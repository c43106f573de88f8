// The root help page (`regnotify --help`, `-h`, `regnotify help`) is the same text on every run of one
// build at one width. The build renders it here, through the real program, and stores it in dist/root-help.json; the
// launcher (bin/regnotify.js) prints the stored text without loading the program, commander or any chunk.
import { PassThrough, Writable } from 'node:stream';
import { runCli } from './run.js';

/** What the build stores: the page at 80 columns (pipes, files, terminals of unknown size) and at `wideFrom` or wider. */
export interface StoredRootHelp {
  narrow: string;
  /** From this width on nothing wraps any more: the page is the same at every wider terminal. */
  wideFrom: number;
  wide: string;
}

/** Wider than any terminal the page could still change at: its longest line fits well before this. */
const WIDEST = 1000;

/** The page exactly as `regnotify --help` prints it, on a terminal `columns` wide (undefined: not a terminal). */
export async function renderRootHelp(columns?: number): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const input = new PassThrough();
  input.end();
  const io = { in: input, out, err: out, env: {}, stdinIsTTY: false, stdoutIsTTY: columns !== undefined, stderrIsTTY: false, columns };
  const code = await runCli(['--help'], io);
  if (code !== 0) throw new Error(`regnotify --help exited ${code}: ${text}`);
  return text;
}

/** The texts the launcher needs: 80 columns, and the narrowest width from which every wider one reads the same. */
export async function storedRootHelp(): Promise<StoredRootHelp> {
  const wide = await renderRootHelp(WIDEST);
  const sameAsWide = async (width: number) => (await renderRootHelp(width)) === wide;
  // Below its longest line the page wraps somewhere, so the answer lies near it: walk from there, up or down.
  let wideFrom = Math.min(WIDEST, Math.max(80, ...wide.split('\n').map((line) => line.length)));
  while (wideFrom < WIDEST && !(await sameAsWide(wideFrom))) wideFrom++;
  while (wideFrom > 80 && (await sameAsWide(wideFrom - 1))) wideFrom--;
  return { narrow: await renderRootHelp(undefined), wideFrom, wide };
}
