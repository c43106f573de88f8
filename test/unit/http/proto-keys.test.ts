import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { safeParseKeepingProtoKeys } from '../../../src/http/proto-keys.js';

const parse = <T>(schema: z.ZodType<T>, json: string) => safeParseKeepingProtoKeys(schema, JSON.parse(json), json);

describe('safeParseKeepingProtoKeys', () => {
  it('keeps a "__proto__" key of a loose object and of a record as an own key, without touching any prototype', () => {
    const schema = z.looseObject({ name: z.string(), config: z.record(z.string(), z.unknown()) });
    const result = parse(schema, '{"name":"n","__proto__":{"polluted":1},"config":{"a":1,"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}}}');
    expect(result.success).toBe(true);
    const data = result.data as Record<string, Record<string, unknown>>;
    // Where zod puts any undeclared key of a loose object: after the declared ones.
    expect(JSON.stringify(data)).toBe('{"name":"n","config":{"a":1,"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}},"__proto__":{"polluted":1}}');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.config)).toBe(Object.prototype);
    expect(Object.hasOwn(data.config, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks the value of a "__proto__" key like any other, and names it in the path of an issue', () => {
    const result = parse(z.object({ tags: z.record(z.string(), z.object({ name: z.string() })) }), '{"tags":{"__proto__":{"name":5}}}');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['tags', '__proto__', 'name']);
  });

  it('drops "__proto__" where the schema drops every unknown key', () => {
    const result = parse(z.object({ name: z.string() }), '{"name":"n","__proto__":{"polluted":1}}');
    expect(JSON.stringify(result.data)).toBe('{"name":"n"}');
  });

  it('keeps a key that looks like the stand-in apart from "__proto__"', () => {
    const result = parse(z.record(z.string(), z.number()), '{"__proto__-":1,"__proto__":2,"__proto__--":3}');
    expect(JSON.stringify(result.data)).toBe('{"__proto__-":1,"__proto__":2,"__proto__--":3}');
  });

  it('finds the key however the JSON text escapes its letters', () => {
    const json = String.raw`{"a":{"\u005F_pro\u0074o__":1},"b":{"__proto\u005f_":2}}`;
    expect(JSON.stringify(parse(z.record(z.string(), z.record(z.string(), z.number())), json).data)).toBe('{"a":{"__proto__":1},"b":{"__proto__":2}}');
  });

  it('returns the parse unchanged for a body without "__proto__"', () => {
    const schema = z.looseObject({ name: z.string() });
    expect(parse(schema, '{"name":"n","constructor":1}')).toEqual(schema.safeParse({ name: 'n', constructor: 1 }));
  });
});
