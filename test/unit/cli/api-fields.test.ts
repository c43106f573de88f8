// The pure pieces of `regnotify api`: -f/-F fields (gh api's rules), -H headers, and a query parameter of a path.
import { describe, expect, it } from 'vitest';
import { fieldsBody, fieldsQuery, parseFields } from '../../../src/cli/api/fields.js';
import { parseHeaders } from '../../../src/cli/api/headers.js';
import { queryParameter, withQueryParameter } from '../../../src/platforms/api-pages.js';

const sources = { readFile: async (path: string) => `contents of ${path}`, readStdin: async () => 'piped' };

describe('fields', () => {
  it('types -F values as gh does and keeps -f values as text', async () => {
    const fields = await parseFields(['a=true', 'b=1'], ['c=true', 'd=false', 'e=null', 'f=-1.5e3', 'g=007', 'h=@x.txt', 'i=@-', 'j=text', 'k='], sources);
    expect(fields.map((field) => [field.key, field.value])).toEqual([
      ['a', 'true'], ['b', '1'], ['c', true], ['d', false], ['e', null], ['f', -1500], ['g', '007'], ['h', 'contents of x.txt'], ['i', 'piped'], ['j', 'text'], ['k', ''],
    ]);
  });

  it('nests bracketed keys, appends with [], lets a later value win, and keeps __proto__ an own key', async () => {
    const fields = await parseFields(['a[b][c]=1', 'a[b][d]=2', 'list[]=x', 'list[]=y', 'name=first', 'name=second', '__proto__=p'], [], sources);
    const body = fieldsBody(fields);
    expect(JSON.stringify(body)).toBe('{"a":{"b":{"c":"1","d":"2"}},"list":["x","y"],"name":"second","__proto__":"p"}');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });

  it('refuses a list where a value was given, and a value where keys were', async () => {
    expect(() => fieldsBody([{ key: 'a', value: '1', source: '-f a' }, { key: 'a[]', value: '2', source: '-f a[]' }])).toThrow('"a" was given a value or keys already, it cannot be a list too');
    expect(() => fieldsBody([{ key: 'a[b]', value: '1', source: '-f a[b]' }, { key: 'a', value: '2', source: '-f a' }])).toThrow('"a" holds keys or a list already, it cannot be a value too');
  });

  it('writes the query of a GET with the keys as typed', () => {
    expect(fieldsQuery([{ key: 'l[]', value: 'a', source: '' }, { key: 'n', value: 2, source: '' }, { key: 'z', value: null, source: '' }])).toEqual([['l[]', 'a'], ['n', '2'], ['z', '']]);
  });
});

describe('headers', () => {
  it('lower-cases names, trims values, joins a repeated name and keeps tabs', () => {
    expect({ ...parseHeaders(['X-A:  one ', 'x-a: two', 'X-B: a\tb', 'X-Empty:'], []) }).toEqual({ 'x-a': 'one, two', 'x-b': 'a\tb', 'x-empty': '' });
  });

  it('refuses the credential headers the platform names, whatever their case', () => {
    expect(() => parseHeaders(['x-auth-token: t'], ['X-Auth-Token'])).toThrow('-H x-auth-token: regnotify sets this header from the credentials itself');
  });
});

describe('query parameters of a path', () => {
  it('reads the last value and sets one in place or at the end, leaving the path alone', () => {
    expect(queryParameter('/a?x=1&x=2', 'x')).toBe('2');
    expect(queryParameter('/a', 'x')).toBeUndefined();
    expect(withQueryParameter('/a%2Fb?x=1&y=2', 'x', '3')).toBe('/a%2Fb?x=3&y=2');
    expect(withQueryParameter('/a', 'next_page', 't/k=n')).toBe('/a?next_page=t%2Fk%3Dn');
  });
});
