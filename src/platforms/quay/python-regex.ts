// Python's `re` syntax, for the build events' `ref-regex`: Quay runs `re.compile(ref_regex).match(ref)`
// (quay/quay notifications/notificationevent.py, BaseBuildEvent.should_perform), so the pattern is Python's, matched
// from the start of the ref, and one that does not compile silently never fires.
// parsePythonRegex() ports CPython 3.11/3.12 Lib/re/_parser.py (Quay's image runs 3.12) (and the look-behind width check of _compiler.py): it
// accepts what Python accepts and refuses the rest with Python's own message. toJavaScriptRegex() then writes a
// JavaScript equivalent, so the emulator can match as Quay does.

const MAXREPEAT = 4294967295;
const MAXWIDTH = 2 ** 64;

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

const FLAG = { i: 2, L: 4, m: 8, s: 16, x: 64, a: 256, t: 1, u: 32 } as const;
type FlagName = keyof typeof FLAG;
const TYPE_FLAGS = FLAG.a | FLAG.L | FLAG.u;
const GLOBAL_FLAGS = FLAG.t;

export type Category = 'digit' | 'not_digit' | 'space' | 'not_space' | 'word' | 'not_word';
export type ClassItem = { op: 'literal'; code: number } | { op: 'range'; lo: number; hi: number } | { op: 'category'; category: Category };
export type At = 'beginning' | 'end' | 'beginning_string' | 'end_string' | 'boundary' | 'non_boundary';

export type RegexNode =
  | { op: 'literal'; code: number }
  | { op: 'not_literal'; code: number }
  | { op: 'any' }
  | { op: 'in'; negate: boolean; items: ClassItem[] }
  | { op: 'at'; at: At }
  | { op: 'repeat'; mode: 'greedy' | 'lazy' | 'possessive'; min: number; max: number; item: SubPattern }
  | { op: 'group'; group: number | null; addFlags: number; delFlags: number; pattern: SubPattern }
  | { op: 'atomic'; pattern: SubPattern }
  | { op: 'assert'; behind: boolean; negate: boolean; pattern: SubPattern }
  | { op: 'groupref'; group: number }
  | { op: 'groupref_exists'; group: number; yes: SubPattern; no: SubPattern | null }
  | { op: 'branch'; alternatives: SubPattern[] };

export class SubPattern {
  readonly items: RegexNode[] = [];
  private width?: [number, number];
  constructor(readonly state: State) {}

  /** _parser.py SubPattern.getwidth(): the shortest and longest text it can match. */
  getWidth(): [number, number] {
    if (this.width) return this.width;
    let lo = 0;
    let hi = 0;
    for (const node of this.items) {
      let i = 0;
      let j = 0;
      switch (node.op) {
        case 'branch':
          i = MAXWIDTH;
          for (const alternative of node.alternatives) {
            const [l, h] = alternative.getWidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          }
          break;
        case 'atomic':
        case 'group':
          [i, j] = node.pattern.getWidth();
          break;
        case 'repeat': {
          const [l, h] = node.item.getWidth();
          i = l * node.min;
          j = node.max === MAXREPEAT && h ? MAXWIDTH : h * node.max;
          break;
        }
        case 'any':
        case 'in':
        case 'literal':
        case 'not_literal':
          i = j = 1;
          break;
        case 'groupref':
          [i, j] = this.state.groupWidths[node.group] ?? [0, 0];
          break;
        case 'groupref_exists': {
          [i, j] = node.yes.getWidth();
          if (node.no) {
            const [l, h] = node.no.getWidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          } else i = 0;
          break;
        }
        default:
          break;
      }
      lo += i;
      hi += j;
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}

/** Python's re.error, worded as Python words it ("... at position N"). */
export class PythonRegexError extends Error {
  constructor(
    readonly reason: string,
    pattern: string,
    position?: number,
  ) {
    super(position === undefined ? reason : PythonRegexError.where(reason, pattern, position));
  }

  private static where(reason: string, pattern: string, position: number): string {
    if (!pattern.includes('\n')) return `${reason} at position ${position}`;
    const before = pattern.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    return `${reason} (line ${line}, column ${column})`;
  }
}

class State {
  flags = 0;
  groupDict = new Map<string, number>();
  groupWidths: Array<[number, number] | null> = [null];
  lookbehindGroups: number | null = null;
  groupRefPositions = new Map<number, number>();

  get groups(): number {
    return this.groupWidths.length;
  }

  openGroup(name: string | null): number {
    const group = this.groups;
    this.groupWidths.push(null);
    if (name !== null) {
      const previous = this.groupDict.get(name);
      if (previous !== undefined) {
        throw new Error(`redefinition of group name ${pythonQuote(name)} as group ${group}; was group ${previous}`);
      }
      this.groupDict.set(name, group);
    }
    return group;
  }

  checkGroup(group: number): boolean {
    return group < this.groups && this.groupWidths[group] !== null;
  }

  checkLookbehindGroup(group: number, source: Tokenizer): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(group)) throw source.error('cannot refer to an open group');
    if (group >= this.lookbehindGroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
  }
}

/** Python's repr() of a group name. */
function pythonQuote(text: string): string {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** str.isidentifier(), close enough: a letter or underscore, then letters, digits, marks or underscores. */
function isIdentifier(name: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name);
}

class Tokenizer {
  private readonly chars: string[];
  index = 0;
  next: string | null = null;

  constructor(readonly pattern: string) {
    this.chars = [...pattern];
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let char = this.chars[index];
    if (char === '\\') {
      index++;
      if (index >= this.chars.length) throw new PythonRegexError('bad escape (end of pattern)', this.pattern, this.chars.length - 1);
      char += this.chars[index];
    }
    this.index = index + 1;
    this.next = char;
  }

  match(char: string): boolean {
    if (char === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const current = this.next;
    this.advance();
    return current;
  }

  getWhile(count: number, charset: string): string {
    let result = '';
    for (let n = 0; n < count; n++) {
      const char = this.next;
      if (char === null || !charset.includes(char) || char.length !== 1) break;
      result += char;
      this.advance();
    }
    return result;
  }

  getUntil(terminator: string, name: string): string {
    let result = '';
    let char = this.get();
    while (char !== terminator) {
      if (char === null) {
        if (!result) throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, [...result].length);
      }
      result += char;
      char = this.get();
    }
    if (!result) throw this.error(`missing ${name}`, 1);
    return result;
  }

  tell(): number {
    return this.index - (this.next === null ? 0 : [...this.next].length);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(message: string, offset = 0): PythonRegexError {
    return new PythonRegexError(message, this.pattern, this.tell() - offset);
  }

  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pythonQuote(name)}`, [...name].length + offset);
  }
}

const ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };
const CLASS_CATEGORIES: Record<string, Category> = {
  '\\d': 'digit',
  '\\D': 'not_digit',
  '\\s': 'space',
  '\\S': 'not_space',
  '\\w': 'word',
  '\\W': 'not_word',
};
const AT_ESCAPES: Record<string, At> = { '\\A': 'beginning_string', '\\b': 'boundary', '\\B': 'non_boundary', '\\Z': 'end_string' };

type Code = { op: 'literal'; code: number } | { op: 'in'; negate: false; items: ClassItem[] };

/** The escapes both contexts share: \x, \u, \U, \N{...}; undefined when it is none of them. */
function numericEscape(source: Tokenizer, escape: string): { op: 'literal'; code: number } | undefined {
  const char = escape.slice(1, 2);
  const hex = (count: number) => {
    const full = escape + source.getWhile(count, HEXDIGITS);
    if (full.length !== count + 2) throw source.error(`incomplete escape ${full}`, full.length);
    return { full, code: parseInt(full.slice(2), 16) };
  };
  if (char === 'x') return { op: 'literal', code: hex(2).code };
  if (char === 'u') return { op: 'literal', code: hex(4).code };
  if (char === 'U') {
    const { full, code } = hex(8);
    if (code > 0x10ffff) throw source.error(`bad escape ${full}`, full.length);
    return { op: 'literal', code };
  }
  if (char === 'N') {
    if (!source.match('{')) throw source.error('missing {');
    const name = source.getUntil('}', 'character name');
    // Python looks the name up in its Unicode database, which JavaScript does not have: regnotify takes the
    // name on trust and the emulator matches U+FFFD for it.
    if (!/^[A-Z0-9 -]+$/i.test(name)) throw source.error(`undefined character name ${pythonQuote(name)}`, name.length + 4);
    return { op: 'literal', code: 0xfffd };
  }
  return undefined;
}

function classEscape(source: Tokenizer, escape: string): Code {
  if (escape in ESCAPES) return { op: 'literal', code: ESCAPES[escape] };
  if (escape in CLASS_CATEGORIES) return { op: 'in', negate: false, items: [{ op: 'category', category: CLASS_CATEGORIES[escape] }] };
  const char = escape.slice(1, 2);
  const numeric = numericEscape(source, escape);
  if (numeric) return numeric;
  if (OCTDIGITS.includes(char) && char !== '') {
    const full = escape + source.getWhile(2, OCTDIGITS);
    const code = parseInt(full.slice(1), 8);
    if (code > 0o377) throw source.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
    return { op: 'literal', code };
  }
  if (!DIGITS.includes(char) && [...escape].length === 2) {
    if (ASCIILETTERS.includes(char)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'literal', code: escape.codePointAt(1)! };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

function escapeOutsideClass(source: Tokenizer, escape: string, state: State): RegexNode {
  if (escape in AT_ESCAPES) return { op: 'at', at: AT_ESCAPES[escape] };
  if (escape in CLASS_CATEGORIES) return { op: 'in', negate: false, items: [{ op: 'category', category: CLASS_CATEGORIES[escape] }] };
  if (escape in ESCAPES) return { op: 'literal', code: ESCAPES[escape] };
  const char = escape.slice(1, 2);
  const numeric = numericEscape(source, escape);
  if (numeric) return numeric;
  if (char === '0') return { op: 'literal', code: parseInt(escape.slice(1) + source.getWhile(2, OCTDIGITS), 8) };
  if (DIGITS.includes(char) && char !== '') {
    let full = escape;
    if (source.next !== null && DIGITS.includes(source.next) && source.next.length === 1) {
      full += source.get();
      if (OCTDIGITS.includes(full[1]) && OCTDIGITS.includes(full[2]) && source.next !== null && source.next.length === 1 && OCTDIGITS.includes(source.next)) {
        full += source.get();
        const code = parseInt(full.slice(1), 8);
        if (code > 0o377) throw source.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
        return { op: 'literal', code };
      }
    }
    const group = Number(full.slice(1));
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', full.length);
      state.checkLookbehindGroup(group, source);
      return { op: 'groupref', group };
    }
    throw source.error(`invalid group reference ${group}`, full.length - 1);
  }
  if ([...escape].length === 2) {
    if (ASCIILETTERS.includes(char)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'literal', code: escape.codePointAt(1)! };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

function parseAlternation(source: Tokenizer, state: State, verbose: boolean, nested: number): SubPattern {
  const alternatives: SubPattern[] = [];
  alternatives.push(parseSequence(source, state, verbose, nested + 1, !nested));
  while (source.match('|')) {
    if (!nested) verbose = Boolean(state.flags & FLAG.x);
    alternatives.push(parseSequence(source, state, verbose, nested + 1));
  }
  if (alternatives.length === 1) return alternatives[0];
  const pattern = new SubPattern(state);
  pattern.items.push({ op: 'branch', alternatives });
  return pattern;
}

function parseClass(source: Tokenizer, here: number): RegexNode {
  const items: ClassItem[] = [];
  const negate = source.match('^');
  const unterminated = () => source.error('unterminated character set', source.tell() - here);
  const asItem = (code: Code): ClassItem => (code.op === 'in' ? code.items[0] : code);
  // Each turn reads at least one character, so the pattern's length bounds the loop.
  for (let first = source.get(); !(first === ']' && items.length); first = source.get()) {
    if (first === null) throw unterminated();
    const code1: Code = first[0] === '\\' ? classEscape(source, first) : { op: 'literal', code: first.codePointAt(0)! };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw unterminated();
      if (that === ']') {
        items.push(asItem(code1), { op: 'literal', code: 45 });
        break;
      }
      const code2: Code = that[0] === '\\' ? classEscape(source, that) : { op: 'literal', code: that.codePointAt(0)! };
      const text = `${first}-${that}`;
      if (code1.op !== 'literal' || code2.op !== 'literal' || code2.code < code1.code) {
        throw source.error(`bad character range ${text}`, [...first].length + 1 + [...that].length);
      }
      items.push({ op: 'range', lo: code1.code, hi: code2.code });
    } else {
      items.push(asItem(code1));
    }
  }
  if (items.length === 1 && items[0].op === 'literal') {
    return negate ? { op: 'not_literal', code: items[0].code } : { op: 'literal', code: items[0].code };
  }
  return { op: 'in', negate, items };
}

function parseFlags(source: Tokenizer, state: State, first: string): [number, number] | null {
  let char: string | null = first;
  let addFlags = 0;
  let delFlags = 0;
  const isFlag = (value: string | null): value is FlagName => value !== null && Object.hasOwn(FLAG, value);
  const isAlpha = (value: string) => /^\p{L}$/u.test(value);
  if (char !== '-') {
    while (char === null || !')-:'.includes(char)) {
      const flag = FLAG[char as FlagName];
      if (char === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      char = source.get();
      if (char === null) throw source.error('missing -, : or )');
      if (!')-:'.includes(char) && !isFlag(char)) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing -, : or )', [...char].length);
    }
  }
  if (char === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (char === '-') {
    char = source.get();
    if (char === null) throw source.error('missing flag');
    if (!isFlag(char)) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing flag', [...char].length);
    while (char !== ':') {
      const flag = FLAG[char as FlagName];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      char = source.get();
      if (char === null) throw source.error('missing :');
      if (char !== ':' && !isFlag(char)) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing :', [...char].length);
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

function parseRepeat(source: Tokenizer, pattern: SubPattern, char: string): boolean {
  const here = source.tell();
  let min = 0;
  let max = MAXREPEAT;
  if (char === '?') max = 1;
  else if (char === '+') min = 1;
  else if (char === '{') {
    if (source.next === '}') return false;
    let lo = '';
    let hi = '';
    while (source.next !== null && DIGITS.includes(source.next) && source.next.length === 1) lo += source.get();
    if (source.match(',')) {
      while (source.next !== null && DIGITS.includes(source.next) && source.next.length === 1) hi += source.get();
    } else hi = lo;
    if (!source.match('}')) {
      source.seek(here);
      return false;
    }
    if (lo) min = Number(lo);
    if (hi) max = Number(hi);
    if (min >= MAXREPEAT || (hi && max >= MAXREPEAT)) throw new PythonRegexError('the repetition number is too large', source.pattern);
    if (hi && max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
  }
  const item = pattern.items.at(-1);
  if (!item || item.op === 'at') throw source.error('nothing to repeat', source.tell() - here + char.length);
  if (item.op === 'repeat') throw source.error('multiple repeat', source.tell() - here + char.length);
  let repeated: SubPattern;
  if (item.op === 'group' && item.group === null && !item.addFlags && !item.delFlags) repeated = item.pattern;
  else {
    repeated = new SubPattern(pattern.state);
    repeated.items.push(item);
  }
  const mode = source.match('?') ? 'lazy' : source.match('+') ? 'possessive' : 'greedy';
  pattern.items[pattern.items.length - 1] = { op: 'repeat', mode, min, max, item: repeated };
  return true;
}

function parseGroup(source: Tokenizer, state: State, pattern: SubPattern, verbose: boolean, nested: number, first: boolean): boolean {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let addFlags = 0;
  let delFlags = 0;
  const unterminated = () => source.error('missing ), unterminated subpattern', source.tell() - start);
  if (source.match('?')) {
    const char = source.get();
    if (char === null) throw source.error('unexpected end of pattern');
    if (char === 'P') {
      if (source.match('<')) {
        name = source.getUntil('>', 'group name');
        source.checkGroupName(name, 1);
      } else if (source.match('=')) {
        const reference = source.getUntil(')', 'group name');
        source.checkGroupName(reference, 1);
        const group = state.groupDict.get(reference);
        if (group === undefined) throw source.error(`unknown group name ${pythonQuote(reference)}`, [...reference].length + 1);
        if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', [...reference].length + 1);
        state.checkLookbehindGroup(group, source);
        pattern.items.push({ op: 'groupref', group });
        return true;
      } else {
        const next = source.get();
        if (next === null) throw source.error('unexpected end of pattern');
        throw source.error(`unknown extension ?P${next}`, [...next].length + 2);
      }
    } else if (char === ':') {
      capture = false;
    } else if (char === '#') {
      let skipped: string | null;
      do {
        if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
        skipped = source.get();
      } while (skipped !== ')');
      return true;
    } else if ('=!<'.includes(char)) {
      let kind = char;
      let behind = false;
      let outerLookbehind: number | null = null;
      if (char === '<') {
        const next = source.get();
        if (next === null) throw source.error('unexpected end of pattern');
        // JavaScript's (?<name>...) is not Python's: Python 3.11 wants (?P<name>...).
        if (!'=!'.includes(next)) throw source.error(`unknown extension ?<${next}`, [...next].length + 2);
        kind = next;
        behind = true;
        outerLookbehind = state.lookbehindGroups;
        if (outerLookbehind === null) state.lookbehindGroups = state.groups;
      }
      const inner = parseAlternation(source, state, verbose, nested + 1);
      if (behind && outerLookbehind === null) state.lookbehindGroups = null;
      if (!source.match(')')) throw unterminated();
      pattern.items.push({ op: 'assert', behind, negate: kind === '!', pattern: inner });
      return true;
    } else if (char === '(') {
      const condition = source.getUntil(')', 'group name');
      let group: number;
      if (isIdentifier(condition)) {
        const known = state.groupDict.get(condition);
        if (known === undefined) throw source.error(`unknown group name ${pythonQuote(condition)}`, [...condition].length + 1);
        group = known;
      } else {
        // Python 3.12 (Quay's) takes only ASCII digits here.
        if (!/^[0-9]+$/.test(condition)) throw source.error(`bad character in group name ${pythonQuote(condition)}`, [...condition].length + 1);
        group = Number(condition);
        if (!group) throw source.error('bad group number', [...condition].length + 1);
        if (!state.groupRefPositions.has(group)) state.groupRefPositions.set(group, source.tell() - [...condition].length - 1);
      }
      state.checkLookbehindGroup(group, source);
      const yes = parseSequence(source, state, verbose, nested + 1);
      let no: SubPattern | null = null;
      if (source.match('|')) {
        no = parseSequence(source, state, verbose, nested + 1);
        if (source.next === '|') throw source.error('conditional backref with more than two branches');
      }
      if (!source.match(')')) throw unterminated();
      pattern.items.push({ op: 'groupref_exists', group, yes, no });
      return true;
    } else if (char === '>') {
      capture = false;
      atomic = true;
    } else if (Object.hasOwn(FLAG, char) || char === '-') {
      const flags = parseFlags(source, state, char);
      if (flags === null) {
        if (!first || pattern.items.length) throw source.error('global flags not at the start of the expression', source.tell() - start);
        return false;
      }
      [addFlags, delFlags] = flags;
      capture = false;
    } else {
      throw source.error(`unknown extension ?${char}`, [...char].length + 1);
    }
  }
  let group: number | null = null;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (error) {
      throw source.error((error as Error).message, [...(name ?? '')].length + 1);
    }
  }
  const subVerbose = (verbose || Boolean(addFlags & FLAG.x)) && !(delFlags & FLAG.x);
  const inner = parseAlternation(source, state, subVerbose, nested + 1);
  if (!source.match(')')) throw unterminated();
  if (group !== null) state.groupWidths[group] = inner.getWidth();
  pattern.items.push(atomic ? { op: 'atomic', pattern: inner } : { op: 'group', group, addFlags, delFlags, pattern: inner });
  return true;
}

function parseSequence(source: Tokenizer, state: State, verbose: boolean, nested: number, first = false): SubPattern {
  const pattern = new SubPattern(state);
  while (source.next !== null && source.next !== '|' && source.next !== ')') {
    const current = source.get()!;
    if (verbose) {
      if (WHITESPACE.includes(current)) continue;
      if (current === '#') {
        let skipped = source.get();
        while (skipped !== null && skipped !== '\n') skipped = source.get();
        continue;
      }
    }
    if (current[0] === '\\') pattern.items.push(escapeOutsideClass(source, current, state));
    else if (!SPECIAL_CHARS.includes(current)) pattern.items.push({ op: 'literal', code: current.codePointAt(0)! });
    else if (current === '[') pattern.items.push(parseClass(source, source.tell() - 1));
    else if (REPEAT_CHARS.includes(current)) {
      if (!parseRepeat(source, pattern, current)) pattern.items.push({ op: 'literal', code: current.codePointAt(0)! });
    } else if (current === '.') pattern.items.push({ op: 'any' });
    else if (current === '(') {
      if (!parseGroup(source, state, pattern, verbose, nested, first)) verbose = Boolean(state.flags & FLAG.x);
    } else if (current === '^') pattern.items.push({ op: 'at', at: 'beginning' });
    else if (current === '$') pattern.items.push({ op: 'at', at: 'end' });
  }
  return pattern;
}

/** Python's _compiler.py refuses a look-behind whose width varies. */
function checkLookbehinds(pattern: SubPattern): void {
  for (const node of pattern.items) {
    if (node.op === 'assert' && node.behind) {
      const [lo, hi] = node.pattern.getWidth();
      if (lo !== hi) throw new PythonRegexError('look-behind requires fixed-width pattern', '');
    }
    const children: SubPattern[] =
      node.op === 'branch' ? node.alternatives
      : node.op === 'repeat' ? [node.item]
      : node.op === 'group' || node.op === 'atomic' || node.op === 'assert' ? [node.pattern]
      : node.op === 'groupref_exists' ? [node.yes, ...(node.no ? [node.no] : [])]
      : [];
    children.forEach(checkLookbehinds);
  }
}

export interface ParsedPythonRegex {
  pattern: SubPattern;
  /** The flags set with (?aimsx) at the start. */
  flags: number;
}

/** re.compile(pattern) for a str pattern: the parsed pattern, or PythonRegexError with Python's message. */
export function parsePythonRegex(text: string): ParsedPythonRegex {
  const source = new Tokenizer(text);
  const state = new State();
  const pattern = parseAlternation(source, state, false, 0);
  if (state.flags & FLAG.a && state.flags & FLAG.u) throw new PythonRegexError('ASCII and UNICODE flags are incompatible', text);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [group, position] of state.groupRefPositions) {
    if (group >= state.groups) throw new PythonRegexError(`invalid group reference ${group}`, text, position);
  }
  checkLookbehinds(pattern);
  return { pattern, flags: state.flags };
}

// ---------------------------------------------------------------------------------------------
// Python → JavaScript (unicode mode), for matching as Quay matches

/** A Python construct JavaScript cannot express; the pattern is valid Python all the same. */
export class UntranslatableRegex extends Error {}

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  ascii: boolean;
}

function codePoint(code: number): string {
  const char = String.fromCodePoint(code);
  return /^[A-Za-z0-9_ ]$/.test(char) ? char : `\\u{${code.toString(16)}}`;
}

function wordClass(flags: Flags): string {
  return flags.ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
}

function categoryInClass(category: Category, flags: Flags): string | undefined {
  switch (category) {
    case 'digit':
      return flags.ascii ? '0-9' : '\\p{Nd}';
    case 'not_digit':
      return flags.ascii ? '\\D' : '\\P{Nd}';
    case 'space':
      return flags.ascii ? ' \\t\\n\\r\\f\\v' : '\\s\\x1c-\\x1f';
    case 'not_space':
      return '\\S';
    case 'word':
      return wordClass(flags);
    case 'not_word':
      return flags.ascii ? '\\W' : undefined;
  }
}

function classToJs(negate: boolean, items: ClassItem[], flags: Flags): string {
  const parts: string[] = [];
  let notWord = false;
  for (const item of items) {
    if (item.op === 'literal') parts.push(codePoint(item.code));
    else if (item.op === 'range') parts.push(`${codePoint(item.lo)}-${codePoint(item.hi)}`);
    else {
      const inline = categoryInClass(item.category, flags);
      if (inline === undefined) notWord = true;
      else parts.push(inline);
    }
  }
  const rest = `[${parts.join('')}]`;
  if (!notWord) return negate ? `[^${parts.join('')}]` : rest;
  // A Unicode \W inside a set: JavaScript has no single escape for "not a letter, digit or underscore".
  const word = `[${wordClass(flags)}]`;
  return negate ? `(?:(?!${rest})${word})` : `(?:${rest}|[^${wordClass(flags)}])`;
}

function atToJs(at: At, flags: Flags): string {
  const word = `[${wordClass(flags)}]`;
  switch (at) {
    case 'beginning':
      return flags.multiline ? '(?<![^\\n])' : '(?<![\\s\\S])';
    case 'end':
      // Python's $ also matches before a newline that ends the text.
      return flags.multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
    case 'beginning_string':
      return '(?<![\\s\\S])';
    case 'end_string':
      return '(?![\\s\\S])';
    case 'boundary':
      return `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
    case 'non_boundary':
      return `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
  }
}

function sequenceToJs(pattern: SubPattern, flags: Flags): string {
  return pattern.items.map((node) => nodeToJs(node, flags)).join('');
}

function nodeToJs(node: RegexNode, flags: Flags): string {
  switch (node.op) {
    case 'literal':
      return codePoint(node.code);
    case 'not_literal':
      return `[^${codePoint(node.code)}]`;
    case 'any':
      return flags.dotAll ? '[\\s\\S]' : '[^\\n]';
    case 'in':
      return classToJs(node.negate, node.items, flags);
    case 'at':
      return atToJs(node.at, flags);
    case 'repeat': {
      const count = node.max === MAXREPEAT ? `{${node.min},}` : `{${node.min},${node.max}}`;
      // JavaScript has no possessive repeat; a greedy one matches the same texts except where backtracking into it
      // would have been needed, which a ref filter hardly ever relies on.
      return `(?:${sequenceToJs(node.item, flags)})${count}${node.mode === 'lazy' ? '?' : ''}`;
    }
    case 'group': {
      const add = (flag: number) => Boolean(node.addFlags & flag);
      const remove = (flag: number) => Boolean(node.delFlags & flag);
      if (add(FLAG.i) || remove(FLAG.i)) {
        if (add(FLAG.i) !== flags.ignoreCase) throw new UntranslatableRegex('a scoped (?i:...) or (?-i:...) group');
      }
      const inner: Flags = {
        ignoreCase: flags.ignoreCase,
        multiline: add(FLAG.m) || (flags.multiline && !remove(FLAG.m)),
        dotAll: add(FLAG.s) || (flags.dotAll && !remove(FLAG.s)),
        ascii: add(FLAG.a) || (flags.ascii && !add(FLAG.u)),
      };
      return `(${node.group === null ? '?:' : ''}${sequenceToJs(node.pattern, inner)})`;
    }
    case 'atomic':
      // Same approximation as the possessive repeat.
      return `(?:${sequenceToJs(node.pattern, flags)})`;
    case 'assert':
      return `(?${node.behind ? '<' : ''}${node.negate ? '!' : '='}${sequenceToJs(node.pattern, flags)})`;
    case 'groupref':
      return `(?:\\${node.group})`;
    case 'groupref_exists':
      throw new UntranslatableRegex('a conditional (?(group)yes|no) group');
    case 'branch':
      return `(?:${node.alternatives.map((alternative) => sequenceToJs(alternative, flags)).join('|')})`;
  }
}

/** A JavaScript RegExp that matches what Python's `re.compile(pattern).match(text)` matches: anchored at the start. */
export function toJavaScriptRegex(text: string): RegExp {
  const { pattern, flags } = parsePythonRegex(text);
  const jsFlags: Flags = {
    ignoreCase: Boolean(flags & FLAG.i),
    multiline: Boolean(flags & FLAG.m),
    dotAll: Boolean(flags & FLAG.s),
    ascii: Boolean(flags & FLAG.a),
  };
  // `y` (sticky) anchors at lastIndex 0 without anchoring the end: Python's match().
  return new RegExp(sequenceToJs(pattern, jsFlags), `uy${jsFlags.ignoreCase ? 'i' : ''}`);
}

/** Python's bool(re.compile(pattern).match(text)). */
export function pythonMatchesFromStart(pattern: string, text: string): boolean {
  const regex = toJavaScriptRegex(pattern);
  regex.lastIndex = 0;
  return regex.test(text);
}
