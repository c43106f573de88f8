import { describe, expect, it } from 'vitest';
import { createRedactor, maskSecrets } from '../../../src/core/redact.js';

describe('maskSecrets', () => {
  it('masks secret-looking keys at any depth and keeps everything else', () => {
    const value = { id: 4, secret: 'abc', config: { flow_api_token: 't', url: 'https://x' }, list: [{ password: 'p' }], has_token: true };
    expect(maskSecrets(value)).toEqual({ id: 4, secret: '***', config: { flow_api_token: '***', url: 'https://x' }, list: [{ password: '***' }], has_token: true });
    expect(value.secret).toBe('abc');
  });

  it('leaves empty secrets empty so "not set" stays visible', () => {
    expect(maskSecrets({ secret: '' })).toEqual({ secret: '' });
  });
});

describe('createRedactor', () => {
  it('replaces every known secret and secret-looking query values', () => {
    const redact = createRedactor(['tok-123456', undefined, 'ab']);
    expect(redact('Bearer tok-123456 and tok-123456')).toBe('Bearer *** and ***');
    expect(redact('GET https://h/p?access_token=xyz&limit=5&secret=s')).toBe('GET https://h/p?access_token=***&limit=5&secret=***');
    expect(redact('ab is too short to be a secret')).toBe('ab is too short to be a secret');
  });
});
