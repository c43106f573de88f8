import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPath } from '../../../src/platforms/quay/jsonpath.js';
import { applyTemplate, TemplateCrash, TemplateError, templateProblem, unclosedExpression } from '../../../src/platforms/quay/template.js';

describe("Quay's webhook templates (quay/quay util/test/test_jsontemplate.py, case for case)", () => {
  const cases: Array<[string, string, unknown, unknown]> = [
    ['empty object', '{}', {}, {}],
    ['no expression', '{"hello": "world"}', {}, { hello: 'world' }],
    ['direct expression', '{"hello": "${thing}"}', { thing: 1234 }, { hello: 1234 }],
    ['inline expression', '{"hello": "cool-${thing}"}', { thing: 'beans' }, { hello: 'cool-beans' }],
    ['nested object', '{"hello": "${first.second.third}"}', { first: { second: { third: 42 } } }, { hello: 42 }],
    ['nested object with inline expression', '{"hello": "${first.second.third} is the answer"}', { first: { second: { third: 42 } } }, { hello: '42 is the answer' }],
    ['inline expression with unknown child', '{"hello": "${first.doesnotexist.third}"}', { first: { second: { third: 42 } } }, { hello: null }],
    ['array access', '{"hello": "${first[2]}"}', { first: [1, 2, 42] }, { hello: 42 }],
    ['outside of array index', '{"hello": "${first[2]}"}', { first: [1, 2] }, { hello: null }],
    ['array to list', '{"hello": ["${first[1]}", "${first[0]}"]}', { first: [1, 2] }, { hello: [2, 1] }],
    ['outside of array index inline expression', '{"hello": "hey-${first[2]}"}', { first: [1, 2] }, { hello: 'hey-(none)' }],
    ['match multiples inline', '{"hello": "${tags[*]}"}', { tags: ['latest', 'prod', 'foo'] }, { hello: ['latest', 'prod', 'foo'] }],
    ['match multiples with inline expression', '{"hello": "tags: ${tags[*]}"}', { tags: ['latest', 'prod', 'foo'] }, { hello: 'tags: latest,prod,foo' }],
  ];
  for (const [name, template, data, expected] of cases) {
    it(name, () => expect(applyTemplate(template, data)).toEqual(expected));
  }

  const refused: Array<[string, string]> = [
    ['invalid template', '{"hello": "}'],
    ['empty expression', '{"hello": "${}"}'],
    ['invalid expression', '{"hello": "${;;}"}'],
    ['another invalid expression', '{"hello": "${first[}"}'],
  ];
  for (const [name, template] of refused) {
    it(`refuses: ${name}`, () => expect(() => applyTemplate(template, {})).toThrow(TemplateError));
  }
});

describe("jsonpath-rw's messages, as Quay prints them", () => {
  const messages: Array<[string, string]> = [
    ['${.repository}', 'For expression `.repository`: Parse error at 1:0 near token . (.)'],
    ['${repository.}', "For expression `repository.`: 'NoneType' object has no attribute 'lineno'"],
    ['${first[}', "For expression `first[`: 'NoneType' object has no attribute 'lineno'"],
    ['${;;}', 'For expression `;;`: Error on line 1, col 0: Unexpected character: ; '],
    ['${a b}', 'For expression `a b`: Parse error at 1:2 near token b (ID)'],
    ['${a[1:2:3]}', 'For expression `a[1:2:3]`: Parse error at 1:5 near token : (:)'],
    ["${'unclosed}", 'For expression `\'unclosed`: Unexpected EOF in string literal or identifier'],
    ['${`self`}', 'For expression ``self``: Unknown named operator `self` at 1:5'],
    ['${}', 'Empty expression found'],
  ];
  for (const [expression, message] of messages) {
    it(expression, () => expect(templateProblem(JSON.stringify({ text: expression }))).toEqual({ message, crash: false }));
  }

  it('reads the whole jsonpath-rw grammar: $, fields, quoted fields, [n], [*], [a:b], .., where, |, this, parent', () => {
    const data = { a: { b: [1, 2, 3], 'x.y': 'q', c: { b: 9 } }, list: ['p', 'q', 'r'], n: 5 };
    expect(applyTemplate('"${$.a.b[1]}"', data)).toBe(2);
    expect(applyTemplate(`"\${a.'x.y'}"`, data)).toBe('q');
    expect(applyTemplate('"${list[1:]}"', data)).toEqual(['q', 'r']);
    expect(applyTemplate('"${list[-1]}"', data)).toBe('r');
    expect(applyTemplate('"${a..b}"', data)).toEqual([[1, 2, 3], 9]);
    expect(applyTemplate('"${a,n}"', data)).toEqual([data.a, 5]);
    expect(applyTemplate('"${a.c where b}"', data)).toEqual({ b: 9 });
    expect(applyTemplate('"${n|list[0]}"', data)).toEqual([5, 'p']);
    expect(applyTemplate('"${a.c.`this`.b}"', data)).toBe(9);
    expect(applyTemplate('"${a.c.b.`parent`.b}"', data)).toBe(9);
    expect(applyTemplate('"n=${n}, list=${list[0:1]}, ok=${a.missing}"', data)).toBe("n=5, list=p, ok=(none)");
  });

  it("prints values inside text the way Python's str() does", () => {
    expect(applyTemplate('"${v}"'.replace('"${v}"', '"v: ${v}"'), { v: true })).toBe('v: True');
    expect(applyTemplate('"v: ${v}"', { v: ['only'] })).toBe("v: ['only']");
    expect(applyTemplate('"v: ${v}"', { v: { k: "it's" } })).toBe(`v: {'k': "it's"}`);
    expect(applyTemplate('"v: ${v}"', { v: 1.5 })).toBe('v: 1.5');
  });

  it('crashes where Quay raises an exception it does not catch (HTTP 500 at create)', () => {
    expect(templateProblem('"${a & b}"')).toMatchObject({ crash: true });
    expect(templateProblem('"${`parent`}"')).toMatchObject({ crash: true });
    expect(() => applyTemplate('"tags: ${t[*]}"', { t: [1, 2] })).toThrow(TemplateCrash);
  });

  it('points at a `${` that Quay would leave unexpanded', () => {
    expect(unclosedExpression('{"text": "pushed ${repository"}')).toBe('pushed ${repository');
    expect(unclosedExpression('{"text": "${repository}"}')).toBeUndefined();
  });

  it('never throws anything but a syntax error on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1-$.[]*:,()|&\'"` @_\\'.split('')), maxLength: 12 }), (expression) => {
        try {
          parseJsonPath(expression);
        } catch (error) {
          expect((error as Error).constructor.name).toBe('JsonPathSyntaxError');
        }
      }),
    );
  });
});
