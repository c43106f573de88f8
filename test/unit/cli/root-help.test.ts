// The root help page the launcher prints without the program (dist/root-help.json, written by the build) must be the
// page the program prints, at every width it is used for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRootHelp, type StoredRootHelp } from '../../../src/cli/root-help.js';
import { buildProgram } from '../../../src/cli/program.js';
import { memoryIO } from '../../helpers/memory-io.js';

const stored = JSON.parse(readFileSync(new URL('../../../dist/root-help.json', import.meta.url), 'utf8')) as StoredRootHelp;

describe('the stored root help page', () => {
  it('at 80 columns is what the program prints on a pipe', async () => {
    expect(stored.narrow).toBe(await renderRootHelp(undefined));
    expect(stored.narrow).toBe(await renderRootHelp(80));
    expect(stored.narrow).toMatch(/^Usage: regnotify \[options\] \[command\]\n/);
  });

  it('reads the same as the program at every width from wideFrom on, and wideFrom is the narrowest such width', async () => {
    expect(stored.wideFrom).toBeGreaterThan(80);
    for (let width = stored.wideFrom; width <= stored.wideFrom + 120; width++) expect(await renderRootHelp(width), `width ${width}`).toBe(stored.wide);
    expect(await renderRootHelp(1000)).toBe(stored.wide);
    expect(await renderRootHelp(stored.wideFrom - 1)).not.toBe(stored.wide);
  });

  it('is the root help with every verb loaded (the lazy groups change nothing)', async () => {
    const io = memoryIO();
    const program = await buildProgram(io);
    program.outputHelp();
    expect(io.stdout()).toBe(stored.narrow);
  });
});
