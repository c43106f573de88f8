import { describe, expect, it } from 'vitest';
import { parseHttpUrl, parseUrl } from '../../../src/core/parse-url.js';

describe('parseUrl', () => {
  it('answers the URL, resolved against a base, or undefined for text that is no URL', () => {
    expect(parseUrl('https://quay.io/api/v1')?.href).toBe('https://quay.io/api/v1');
    expect(parseUrl('/v1/hooks?page=2', 'https://alauda.example.com/v1/hooks')?.href).toBe('https://alauda.example.com/v1/hooks?page=2');
    expect(parseUrl('quay.io')).toBeUndefined();
    expect(parseUrl('http://[::1')).toBeUndefined();
  });
});

describe('parseHttpUrl', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(parseHttpUrl('http://example.com:8080/hooks')?.origin).toBe('http://example.com:8080');
    expect(parseHttpUrl('https://hooks.slack.com/services/T0/B0/x')?.hostname).toBe('hooks.slack.com');
    for (const text of ['ftp://example.com/x', 'mailto:ops@example.com', 'file:///etc/passwd', 'example.com/hooks', '']) {
      expect(parseHttpUrl(text), text).toBeUndefined();
    }
  });
});
