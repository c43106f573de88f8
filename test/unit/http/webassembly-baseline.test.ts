// The baseline-only WebAssembly compile of Node 20 (src/http/webassembly-baseline.ts): the flags it sets are put back
// exactly, or the launcher's code cache, made as the process exits, would be refused by every next run.
import { cachedDataVersionTag } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { liftoffOnly, webAssemblyBaselineOnly } from '../../../src/http/webassembly-baseline.js';

const major = Number(process.versions.node.split('.')[0]);

describe('liftoffOnly', () => {
  // Only Node 20 and 21 set the flag (V8 11); a later V8 turns other flags off with it, and is never asked to.
  it.runIf(major < 22)('changes V8 flags, and its restore puts back the exact flags a code cache is stamped with', () => {
    const before = cachedDataVersionTag();
    const restore = liftoffOnly();
    expect(cachedDataVersionTag()).not.toBe(before);
    restore();
    expect(cachedDataVersionTag()).toBe(before);
  });
});

describe('webAssemblyBaselineOnly', () => {
  it('leaves V8 flags alone from Node 22 on (they compile WebAssembly lazily)', () => {
    const before = cachedDataVersionTag();
    const listeners = process.listenerCount('exit');
    webAssemblyBaselineOnly(22);
    expect(cachedDataVersionTag()).toBe(before);
    expect(process.listenerCount('exit')).toBe(listeners);
  });
});
