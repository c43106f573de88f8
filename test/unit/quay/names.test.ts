import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  parseRepositoryRef,
  repositoryPath,
  validateNamespace,
  validateRepositoryName,
} from '../../../src/platforms/quay/names.js';

const NAME_RULE =
  'lowercase letters, digits, ".", "_" and "-"; each "/"-separated part starts with a letter or digit; at most 255 characters';
const NAMESPACE_RULE = '2-255 lowercase letters and digits, separated by single ".", "_" or "-"';

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError, nothing was thrown');
}

describe('parseRepositoryRef', () => {
  it('splits namespace/name', () => {
    expect(parseRepositoryRef('quayadmin/busybox')).toEqual({ namespace: 'quayadmin', name: 'busybox' });
  });

  it('reads an extended name: the first slash separates the namespace', () => {
    expect(parseRepositoryRef('acme/team/app')).toEqual({ namespace: 'acme', name: 'team/app' });
  });

  it.each(['busybox', '/busybox', 'quayadmin/', ''])('refuses %j, which has no namespace/name', (text) => {
    expect(messageOf(() => parseRepositoryRef(text))).toBe(
      `invalid repository "${text}" (expected namespace/name, e.g. quayadmin/busybox)`,
    );
  });

  it('checks the name part', () => {
    expect(messageOf(() => parseRepositoryRef('acme/BusyBox'))).toBe(`invalid repository name "BusyBox" (${NAME_RULE})`);
  });

  it('checks the namespace part', () => {
    expect(messageOf(() => parseRepositoryRef('Acme/busybox'))).toBe(`invalid namespace "Acme" (${NAMESPACE_RULE})`);
  });
});

describe('validateRepositoryName', () => {
  it.each(['busybox', 'a', '0day', 'my.app_v2-beta', 'team/app', 'a/b/c.d', 'x'.repeat(255)])('accepts %j', (name) => {
    expect(validateRepositoryName(name)).toBe(name);
  });

  it.each(['BusyBox', '.hidden', '-dash', '_under', 'team//app', 'team/.app', 'team/app/', 'with space', 'x'.repeat(256), ''])(
    'refuses %j',
    (name) => {
      expect(messageOf(() => validateRepositoryName(name))).toBe(`invalid repository name "${name}" (${NAME_RULE})`);
    },
  );
});

describe('validateNamespace', () => {
  it.each(['quayadmin', 'ab', 'my-org', 'my.org', 'my_org', 'org2', 'x'.repeat(255)])('accepts %j', (namespace) => {
    expect(validateNamespace(namespace)).toBe(namespace);
  });

  it.each(['a', 'Acme', 'my--org', '-org', 'org-', 'my org', 'acme+robot', 'x'.repeat(256)])('refuses %j', (namespace) => {
    expect(messageOf(() => validateNamespace(namespace))).toBe(`invalid namespace "${namespace}" (${NAMESPACE_RULE})`);
  });
});

describe('repositoryPath', () => {
  it('keeps the slash raw, as Quay\'s route needs it', () => {
    expect(repositoryPath('quayadmin/busybox')).toBe('quayadmin/busybox');
    expect(repositoryPath({ namespace: 'acme', name: 'team/app' })).toBe('acme/team/app');
  });

  it('percent-encodes each segment of a ref that did not come from the parser', () => {
    expect(repositoryPath({ namespace: 'acme', name: 'odd name/x?y' })).toBe('acme/odd%20name/x%3Fy');
  });

  it('validates a text ref', () => {
    expect(messageOf(() => repositoryPath('busybox'))).toBe(
      'invalid repository "busybox" (expected namespace/name, e.g. quayadmin/busybox)',
    );
  });
});
