// The JSONPath dialect of Quay's webhook templates: Python jsonpath-rw 1.4.0 (kennknowles/python-jsonpath-rw
// jsonpath_rw/lexer.py, parser.py, jsonpath.py), which quay/quay util/jsontemplate.py calls for every `${...}`.
// It is not the Goessner JSONPath most people know: a path starts with a field name (`repository`,
// `trigger_metadata.ref`), never with `.`; `$` is the root, `[n]` an index, `[*]` and `[a:b]` slices, `..` any depth,
// `a,b` several fields, `'x.y'` a quoted field, `where`, `|` and the named operators `this`/`parent`.
// The lexer and the error messages are jsonpath-rw's own, so regnotify refuses a template with Quay's words.

export type JsonPathNode =
  | { kind: 'root' }
  | { kind: 'this' }
  | { kind: 'parent' }
  | { kind: 'fields'; fields: string[] }
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'child' | 'descendants' | 'where' | 'union' | 'intersect'; left: JsonPathNode; right: JsonPathNode };

/** A template expression jsonpath-rw cannot read; the message is what Quay prints after "For expression `...`: ". */
export class JsonPathSyntaxError extends Error {}

/** What would raise a Python exception other than a parse error inside Quay: its HTTP 500, or a failed delivery. */
export class JsonPathCrash extends Error {}

interface Token {
  type: string;
  value: string | number;
  line: number;
  col: number;
  /** Offset in the expression (PLY's lexpos). */
  pos: number;
}

const LITERALS = '*.[]()$,:|&';
const ID = /[a-zA-Z_@][a-zA-Z0-9_@-]*/y;
// Python's \d also matches other scripts' digits; such digits in a template path are not worth the difference.
const NUMBER = /-?\d+/y;

/**
 * jsonpath_rw/lexer.py, rule for rule (PLY tries function rules in order, then `..`, then the literals). Lazy, as
 * PLY's is: the parser reads a token only when it needs it, so a parse error comes before a lexing error further on.
 */
export function* tokenize(text: string): Generator<Token, void, undefined> {
  let position = 0;
  let line = 1;
  let latestNewline = 0;
  const at = (regex: RegExp): string | undefined => {
    regex.lastIndex = position;
    return regex.exec(text)?.[0];
  };
  while (position < text.length) {
    const char = text[position];
    const col = position - latestNewline;
    if (char === ' ' || char === '\t') {
      position++;
      continue;
    }
    const id = at(ID);
    if (id !== undefined) {
      yield { type: id === 'where' ? 'WHERE' : 'ID', value: id, line, col, pos: position };
      position += id.length;
      continue;
    }
    const number = at(NUMBER);
    if (number !== undefined) {
      yield { type: 'NUMBER', value: Number(number), line, col, pos: position };
      position += number.length;
      continue;
    }
    const quote = { "'": ['ID', 'singlequoted field'], '"': ['ID', 'doublequoted field'], '`': ['NAMED_OPERATOR', 'backquoted operator'] }[char];
    if (quote) {
      let value = '';
      position++;
      while (text[position] !== char) {
        if (position >= text.length) throw new JsonPathSyntaxError('Unexpected EOF in string literal or identifier');
        const next = text[position];
        if (next === '\\') {
          // `\\.`: the escaped character cannot be a newline (a regex dot), nor missing.
          if (position + 1 >= text.length || text[position + 1] === '\n') {
            throw new JsonPathSyntaxError(
              `Error on line ${line}, col ${position - latestNewline} while lexing ${quote[1]}: Unexpected character: \\ `,
            );
          }
          value += text[position + 1];
          position += 2;
          continue;
        }
        value += next;
        position++;
      }
      // PLY gives a quoted token the position of its closing quote.
      yield { type: quote[0], value, line, col: position - latestNewline, pos: position };
      position++;
      continue;
    }
    if (char === '\n') {
      line++;
      latestNewline = position;
      position++;
      continue;
    }
    if (text.startsWith('..', position)) {
      yield { type: 'DOUBLEDOT', value: '..', line, col, pos: position };
      position += 2;
      continue;
    }
    if (LITERALS.includes(char)) {
      yield { type: char, value: char, line, col, pos: position };
      position++;
      continue;
    }
    throw new JsonPathSyntaxError(`Error on line ${line}, col ${col}: Unexpected character: ${char} `);
  }
}

// Binding strength of jsonpath_rw/parser.py's precedence table (all left-associative): `where` binds tightest, then
// `&`, `|`, `.`, and `..` loosest; `[...]` after a path always binds to the path just before it.
const BINARY: Record<string, { strength: number; kind: 'child' | 'descendants' | 'where' | 'union' | 'intersect' }> = {
  DOUBLEDOT: { strength: 1, kind: 'descendants' },
  '.': { strength: 2, kind: 'child' },
  '|': { strength: 3, kind: 'union' },
  '&': { strength: 4, kind: 'intersect' },
  WHERE: { strength: 5, kind: 'where' },
};

const FOLLOWERS = new Set([...Object.keys(BINARY), '[', ')']);

/** jsonpath_rw.parse(): the same language as its LALR grammar, failing at the same token with the same message. */
export function parseJsonPath(text: string): JsonPathNode {
  const stream = tokenize(text);
  const tokens: Token[] = [];
  let index = 0;
  const peek = (): Token | undefined => {
    if (index >= tokens.length) {
      const next = stream.next();
      if (next.done) return undefined;
      tokens.push(next.value);
    }
    return tokens[index];
  };
  const fail = (): never => {
    const token = peek();
    // At the end PLY calls p_error(None), whose `t.lineno` raises this AttributeError; Quay prints it as it is.
    if (!token) throw new JsonPathSyntaxError("'NoneType' object has no attribute 'lineno'");
    throw new JsonPathSyntaxError(`Parse error at ${token.line}:${token.col} near token ${token.value} (${token.type})`);
  };
  const expect = (type: string): Token => (peek()?.type === type ? tokens[index++] : fail());

  function fieldList(): string[] {
    const fields = [String(expect('ID').value)];
    while (peek()?.type === ',') {
      index++;
      fields.push(String(expect('ID').value));
    }
    return fields;
  }

  /** Inside `[...]`: an index, `*`, a slice `a:b` (either side optional) or field names. */
  function bracket(): JsonPathNode {
    expect('[');
    let node: JsonPathNode;
    const token = peek();
    if (token?.type === '*') {
      index++;
      node = { kind: 'slice' };
    } else if (token?.type === 'ID') {
      node = { kind: 'fields', fields: fieldList() };
    } else {
      const start = token?.type === 'NUMBER' ? Number(tokens[index++].value) : undefined;
      if (peek()?.type === ':') {
        index++;
        const end = peek()?.type === 'NUMBER' ? Number(tokens[index++].value) : undefined;
        node = { kind: 'slice', start, end };
      } else if (start !== undefined) {
        node = { kind: 'index', index: start };
      } else {
        return fail();
      }
    }
    expect(']');
    return node;
  }

  function primary(): JsonPathNode {
    const token = peek();
    switch (token?.type) {
      case '*':
        index++;
        return { kind: 'fields', fields: ['*'] };
      case 'ID':
        return { kind: 'fields', fields: fieldList() };
      case '$':
        index++;
        return { kind: 'root' };
      case 'NAMED_OPERATOR':
        index++;
        if (token.value === 'this') return { kind: 'this' };
        if (token.value === 'parent') return { kind: 'parent' };
        // PLY reduces (and so raises this) only once the next token is one that may follow a path.
        if (peek() && !FOLLOWERS.has(peek()!.type)) return fail();
        throw new JsonPathSyntaxError(`Unknown named operator \`${token.value}\` at ${token.line}:${token.pos}`);
      case '[':
        return bracket();
      case '(': {
        index++;
        const inner = expression(0);
        expect(')');
        return inner;
      }
      default:
        return fail();
    }
  }

  function postfixed(): JsonPathNode {
    let node = primary();
    while (peek()?.type === '[') node = { kind: 'child', left: node, right: bracket() };
    return node;
  }

  function expression(minimum: number): JsonPathNode {
    let left = postfixed();
    let operator = BINARY[peek()?.type ?? ''];
    while (operator && operator.strength > minimum) {
      index++;
      left = { kind: operator.kind, left, right: expression(operator.strength) };
      operator = BINARY[peek()?.type ?? ''];
    }
    return left;
  }

  const node = expression(0);
  if (peek()) fail();
  return node;
}

// ---------------------------------------------------------------------------------------------
// find(): jsonpath_rw/jsonpath.py over JSON values, with Python's failures where Python raises

/** A match and where it was found; `context` undefined is the root. `value` is never a JS `undefined`. */
interface Datum {
  value: unknown;
  context?: Datum;
}

/** `parent` of the root is Python's None: not a datum, and reading its value raises. */
const NO_DATUM = Symbol('None');
type Found = Datum | typeof NO_DATUM;

function wrap(found: Found): Datum {
  return found === NO_DATUM ? { value: null } : found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's len(): strings count code points; numbers, booleans and None have no length. */
function pythonLength(value: unknown): number {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  throw new JsonPathCrash(`object of type '${pythonTypeName(value)}' has no len()`);
}

function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}

/** Python's range(0, length)[start:end]. */
function sliceIndexes(length: number, start: number | undefined, end: number | undefined): number[] {
  const clamp = (value: number) => Math.min(Math.max(value < 0 ? value + length : value, 0), length);
  const from = start === undefined ? 0 : clamp(start);
  const to = end === undefined ? length : clamp(end);
  const indexes: number[] = [];
  for (let position = from; position < to; position++) indexes.push(position);
  return indexes;
}

function find(node: JsonPathNode, found: Found): Found[] {
  const datum = wrap(found);
  switch (node.kind) {
    case 'root': {
      let top = datum;
      while (top.context) top = top.context;
      return [{ value: top.value }];
    }
    case 'this':
      return [datum];
    case 'parent':
      return [datum.context ?? NO_DATUM];
    case 'fields': {
      const value = datum.value;
      const fields = node.fields.includes('*') ? (isObject(value) ? Object.keys(value) : []) : node.fields;
      // Python's value[field]: only a dict with that key gives a value; anything else is no match.
      return fields.filter((field) => isObject(value) && Object.hasOwn(value, field)).map((field) => ({ value: (value as Record<string, unknown>)[field], context: datum }));
    }
    case 'index': {
      const value = datum.value;
      if (!(pythonLength(value) > node.index)) return [];
      if (isObject(value)) throw new JsonPathCrash(`KeyError: ${node.index}`);
      const items = typeof value === 'string' ? [...value] : (value as unknown[]);
      const position = node.index < 0 ? node.index + items.length : node.index;
      if (position < 0) throw new IndexOutOfRange();
      return [{ value: items[position], context: datum }];
    }
    case 'slice': {
      // jsonpath-rw puts a dict, an int (a bool is one) or a string in a one-element list first.
      const value = datum.value;
      const items = isObject(value) || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value)) ? [value] : value;
      const length = pythonLength(items);
      const list = items as unknown[];
      return sliceIndexes(length, node.start, node.end).map((position) => ({ value: list[position], context: datum }));
    }
    case 'child':
      return find(node.left, found).flatMap((match) => find(node.right, match));
    case 'where':
      return find(node.left, found).filter((match) => find(node.right, match).length > 0);
    case 'union':
      return [...find(node.left, found), ...find(node.right, found)];
    case 'intersect':
      throw new JsonPathCrash('NotImplementedError (jsonpath-rw has no `&`)');
    case 'descendants': {
      const recurse = (match: Found): Found[] => {
        const here = find(node.right, match);
        const value = wrap(match).value;
        const children = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
        return [...here, ...children.flatMap((child) => recurse({ value: child, context: wrap(match) }))];
      };
      return find(node.left, found).flatMap(recurse);
    }
  }
}

/** Python's IndexError, which util/jsontemplate.py turns into "nothing found". */
class IndexOutOfRange extends Error {}

/**
 * util/jsontemplate.py `_process_inline`: nothing found → undefined (Python's None), one match → its value, several →
 * the list of values. Throws JsonPathCrash where Python would raise something Quay does not catch.
 */
export function evaluateJsonPath(node: JsonPathNode, data: unknown): unknown {
  let found: Found[];
  try {
    found = find(node, { value: data });
  } catch (error) {
    if (error instanceof IndexOutOfRange) return undefined;
    throw error;
  }
  if (found.length === 0) return undefined;
  if (found.includes(NO_DATUM)) throw new JsonPathCrash("AttributeError: 'NoneType' object has no attribute 'value'");
  const values = (found as Datum[]).map((match) => match.value);
  return values.length > 1 ? values : values[0];
}
