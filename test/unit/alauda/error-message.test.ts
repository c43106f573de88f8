import { describe, expect, it } from 'vitest';
import { alaudaErrorMessage } from '../../../src/platforms/alauda/schemas.js';

describe('alaudaErrorMessage', () => {
  it('quotes detail', () => {
    const body = { detail: 'Authentication credentials were not provided.' };
    expect(alaudaErrorMessage(body, JSON.stringify(body))).toBe('Authentication credentials were not provided.');
  });

  it('joins field errors as field: message', () => {
    const body = { url: ['Enter a valid URL.'], name: ['This field may not be blank.'] };
    expect(alaudaErrorMessage(body, JSON.stringify(body))).toBe(
      'url: Enter a valid URL.; name: This field may not be blank.',
    );
  });

  it('joins several messages of one field', () => {
    expect(alaudaErrorMessage({ secret: ['Too short.', 'Too simple.'] }, '')).toBe('secret: Too short. Too simple.');
  });

  it('shows non_field_errors without a field prefix', () => {
    expect(alaudaErrorMessage({ non_field_errors: ['Hook already exists.'] }, '')).toBe('Hook already exists.');
  });

  it('names nested errors by their path', () => {
    expect(alaudaErrorMessage({ events: { '0': ['"x" is not a valid choice.'] } }, '')).toBe(
      'events: 0: "x" is not a valid choice.',
    );
  });

  it('reads a bare list of messages', () => {
    expect(alaudaErrorMessage(['Quota exceeded.'], '["Quota exceeded."]')).toBe('Quota exceeded.');
  });

  it('falls back to the raw body on one line when it is not JSON', () => {
    const html = '<html>\n  <body>502 Bad Gateway</body>\n</html>\n';
    expect(alaudaErrorMessage(undefined, html)).toBe('<html> <body>502 Bad Gateway</body> </html>');
  });

  it('falls back to the raw body when the JSON holds no message', () => {
    expect(alaudaErrorMessage({ code: 7 }, '{"code": 7}')).toBe('{"code": 7}');
  });

  it('keeps a multi-line detail on one line', () => {
    expect(alaudaErrorMessage({ detail: 'first\nsecond' }, '')).toBe('first second');
  });

  it('shortens a very long raw body', () => {
    const message = alaudaErrorMessage(undefined, 'x'.repeat(5000));
    expect(message.length).toBe(300);
    expect(message.endsWith('…')).toBe(true);
  });

  it('says so when the body is empty', () => {
    expect(alaudaErrorMessage(undefined, '  \n')).toBe('empty response body');
  });
});
