import { describe, expect, it } from 'vitest';
import { withoutEchoes, type Problem } from '../../../src/declarative/load.js';

const unset: Problem = { path: ['quay', 0, 'repositories', 'a/b', 'notifications', 0, 'config', 'url'], message: 'environment variable X is not set', reference: '${X}' };
const at = (path: Problem['path'], message: string): Problem => ({ path, message });

describe('withoutEchoes', () => {
  it('drops a check of the value the reference sits in, and of what holds it when the message quotes the reference', () => {
    const same = at(unset.path, 'invalid hook secret (4 characters; at least 8 are needed)');
    const holder = at(unset.path.slice(0, -1), 'invalid webhook URL "${X}" (only http and https URLs are allowed)');
    expect(withoutEchoes([unset, same, holder])).toEqual([unset]);
  });

  it('keeps problems of other values, and of what holds the reference when they do not quote it', () => {
    const sibling = at([...unset.path.slice(0, -1), 'method'], 'value "${X}" quoted elsewhere');
    const holder = at(unset.path.slice(0, -1), 'missing webhook config "template"');
    const deeper = at(unset.path.slice(0, -2), 'title is 300 characters long (Quay allows at most 255)');
    expect(withoutEchoes([sibling, unset, holder, deeper])).toEqual([sibling, unset, holder, deeper]);
  });
});
