import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parseKeyValues } from '../../../src/platforms/quay/key-value.js';

function messageOf(pairs: string[]): string {
  try {
    parseKeyValues(pairs, '--config');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError, nothing was thrown');
}

describe('parseKeyValues', () => {
  it('returns {} for no pairs', () => {
    expect(parseKeyValues([], '--config')).toEqual({});
  });

  it('reads plain text values', () => {
    expect(parseKeyValues(['url=https://example.com/hook', 'email=ops@example.com'], '--config')).toEqual({
      url: 'https://example.com/hook',
      email: 'ops@example.com',
    });
  });

  it('splits at the first = only', () => {
    expect(parseKeyValues(['url=https://example.com/hook?a=1&b=2'], '--config')).toEqual({
      url: 'https://example.com/hook?a=1&b=2',
    });
  });

  it('keeps a JSON object as an object', () => {
    expect(parseKeyValues(['target={"kind":"user","name":"x"}'], '--config')).toEqual({ target: { kind: 'user', name: 'x' } });
  });

  it.each([
    ['tags=["a","b"]', ['a', 'b']],
    ['days=7', 7],
    ['level=0', 0],
    ['ratio=0.5', 0.5],
    ['enabled=true', true],
    ['enabled=false', false],
    ['value=null', null],
  ])('keeps the JSON value of %s', (pair, value) => {
    expect(parseKeyValues([pair], '--config')).toEqual({ [pair.slice(0, pair.indexOf('='))]: value });
  });

  it('keeps a JSON string literal as the raw text, quotes included', () => {
    expect(parseKeyValues(['name="quoted"'], '--config')).toEqual({ name: '"quoted"' });
  });

  it.each(['1e3', '1.0', '12345678901234567890', '007', ' 5', '-0'])(
    'keeps %j as text because the number would not print back the same',
    (value) => {
      expect(parseKeyValues([`token=${value}`], '--config')).toEqual({ token: value });
    },
  );

  it('keeps an empty value as an empty string', () => {
    expect(parseKeyValues(['template='], '--config')).toEqual({ template: '' });
  });

  it('keeps text that only looks like JSON', () => {
    expect(parseKeyValues(['template={not json}', 'level=high'], '--config')).toEqual({
      template: '{not json}',
      level: 'high',
    });
  });

  it('trims spaces around the key but not the value', () => {
    expect(parseKeyValues([' url = x'], '--config')).toEqual({ url: ' x' });
  });

  it('refuses a pair without =, naming the flag and the pair', () => {
    expect(messageOf(['url'])).toBe('invalid --config "url" (expected key=value)');
  });

  it('refuses an empty key', () => {
    expect(messageOf(['=value'])).toBe('invalid --config "=value" (expected key=value)');
  });

  it('refuses a repeated key', () => {
    expect(messageOf(['url=a', 'url=b'])).toBe('--config key "url" is given more than once');
  });

  it('names the flag it was given', () => {
    expect(() => parseKeyValues(['days'], '--event-config')).toThrow('invalid --event-config "days" (expected key=value)');
  });

  it('stores __proto__ as a plain key without touching the prototype', () => {
    const result = parseKeyValues(['__proto__={"polluted":true}'], '--config');
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result as Record<string, unknown>).polluted).toBeUndefined();
  });
});
