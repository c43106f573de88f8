// Reads a declarative file: YAML with positions, `${VARIABLE}` from the environment, the zod schema, then the
// same catalog checks as the imperative commands. Every problem is found before any request and reported
// together, each with file:line:column.
import { CORE_SCHEMA, load as loadWithoutPositions } from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { unlessRefused, UsageError } from '../core/errors.js';
import type { Env } from '../core/io.js';
import { outlineSchema, type Outline } from './schema.js';
import { kindOf, parseReporting } from './schema-problems.js';

export type Path = ReadonlyArray<string | number>;

export interface Problem {
  path: Path;
  message: string;
  /** The problem is the key itself (an unknown key, a duplicate identity), not its value. */
  atKey?: boolean;
  /** A `${...}` left in the value because it did not resolve; checks of that value then see the reference, not a value. */
  reference?: string;
}

const VARIABLE = /\$\$\{|\$\{([^}]*)\}?/g;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `${NAME}` takes an environment variable; `$${` is a literal `${`. */
export function interpolate(text: string, env: Env, path: Path, problems: Problem[]): string {
  // A Quay webhook template has `${...}` of its own (quay/quay util/jsontemplate.py): say how to keep one.
  const inTemplate = path[path.length - 1] === 'template' ? ', as a Quay template\'s own ${...} must be' : '';
  return text.replace(VARIABLE, (match, name: string | undefined) => {
    if (match === '$${') return '${';
    if (!match.endsWith('}') || name === undefined || !VARIABLE_NAME.test(name)) {
      problems.push({ path, message: `malformed variable reference "${match}" (write \${NAME}, or $\${ for a literal \${${inTemplate})`, reference: match });
      return match;
    }
    const value = env[name];
    if (value === undefined) {
      const literal = inTemplate && ` (write $${match} for a literal ${match}${inTemplate})`;
      problems.push({ path, message: `environment variable ${name} is not set${literal}`, reference: match });
      return match;
    }
    return value;
  });
}

/**
 * Replaces `${NAME}` in every string of a freshly parsed file, in place: the parsed value is this function's to
 * change, and a copy of a 5,000-notification file (with a path for every value) is what made loading it costly.
 * `path` is the way down to `value`, kept as one stack and copied only for a problem.
 */
function interpolateAll(value: unknown, env: Env, problems: Problem[], path: Array<string | number> = []): unknown {
  if (typeof value === 'string') return value.includes('$') ? interpolate(value, env, [...path], problems) : value;
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    path.push(Array.isArray(object) ? Number(key) : key);
    const item = object[key];
    const interpolated = interpolateAll(item, env, problems, path);
    if (interpolated !== item) Object.defineProperty(object, key, { value: interpolated, enumerable: true, writable: true, configurable: true });
    path.pop();
  }
  return value;
}

/**
 * The problems without those a reference that did not resolve set off: a check of the value it sits in (same path),
 * or of an object or list holding it that quotes it ("invalid webhook URL \"${HOOK_URL}\""), says nothing the
 * reference's own problem does not, and would send the reader after a value that is not in the file.
 */
export function withoutEchoes(problems: readonly Problem[]): Problem[] {
  const references = problems.filter((problem) => problem.reference !== undefined);
  if (!references.length) return [...problems];
  const within = (outer: Path, inner: Path) => outer.length <= inner.length && outer.every((segment, index) => segment === inner[index]);
  const echoes = (problem: Problem, reference: Problem) =>
    within(problem.path, reference.path) && (problem.path.length === reference.path.length || problem.message.includes(reference.reference!));
  return problems.filter((problem) => problem.reference !== undefined || !references.some((reference) => echoes(problem, reference)));
}

/**
 * `quay: {...}` is one target; the checks see every platform as a list of targets. A platform that is neither is a
 * problem here (zod could only say "expected a list" of it) and is left out of the checks.
 */
function asTargetLists(file: Record<string, unknown>, problems: Problem[]): { normalized: Record<string, unknown>; single: Set<string> } {
  const single = new Set<string>();
  const normalized = { ...file };
  for (const platform of ['quay', 'alauda', 'codearts']) {
    const value = normalized[platform];
    if (value === undefined || Array.isArray(value)) continue;
    if (value !== null && typeof value === 'object') {
      normalized[platform] = [value];
      single.add(platform);
    } else {
      problems.push({ path: [platform], message: `${platform}: expected a target (a mapping) or a list of targets, got ${kindOf(value)}` });
      delete normalized[platform];
    }
  }
  return { normalized, single };
}

type Yaml = typeof import('yaml');
let yamlModule: Promise<Yaml> | undefined;

/**
 * `yaml`, the parser that keeps positions, loads only when a problem needs its file:line:column or js-yaml cannot read
 * the file: a clean file never pays for it. (yaml is CommonJS under Node: its functions sit on the default export.)
 */
function loadYaml(): Promise<Yaml> {
  return (yamlModule ??= import('yaml').then((module) => ((module as { default?: Yaml }).default ?? module) as Yaml));
}

/** The YAML node at a path (its key, for problems about the key), for a position to report. */
function nodeAt({ isMap, isPair, isScalar, isSeq }: Yaml, document: Document, path: Path, atKey: boolean): Node | undefined {
  let node: unknown = document.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return (keyNode ?? node) as Node;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      keyNode = node.items[segment];
      node = node.items[segment];
    } else {
      break;
    }
  }
  return (atKey && keyNode ? keyNode : node) as Node | undefined;
}

/**
 * Runs a catalog check of one field; a UsageError becomes a problem at `path`.field (the file goes on being
 * checked, so every problem is reported at once) and the value is undefined.
 */
export function fieldChecker(problems: Problem[], path: Path) {
  return <T>(field: string | number, validate: () => T): T | undefined =>
    unlessRefused(validate, (error) => problems.push({ path: [...path, field], message: error.message }));
}

export interface LoadedFile {
  name: string;
  /** Problems found so far; `data` is undefined when the outline itself is wrong. */
  problems: Problem[];
  /** Every platform as a list of targets; each entry still to be parsed (see parseReporting). */
  data: Outline | undefined;
  /** What gives file:line:column of a path, for problems found after parsing (it parses the file again, with positions). */
  positions(): Promise<(path: Path, atKey?: boolean) => string>;
}

export class FileProblemsError extends UsageError {}

/** Orders `file:line:column` positions as they come in the file. */
export function byPosition(left: string, right: string): number {
  const [leftLine, leftColumn] = left.split(':').slice(-2).map(Number);
  const [rightLine, rightColumn] = right.split(':').slice(-2).map(Number);
  return leftLine - rightLine || leftColumn - rightColumn;
}

/** Every problem with its position, in the order of the file. */
export async function problemsError(file: LoadedFile, problems: readonly Problem[]): Promise<FileProblemsError> {
  const position = await file.positions();
  const located = problems.map((problem) => ({ at: position(problem.path, problem.atKey), message: problem.message }));
  located.sort((left, right) => byPosition(left.at, right.at));
  return fileProblems(file.name, located.map(({ at, message }) => `${at}: ${message}`));
}

export function fileProblems(name: string, problems: readonly string[], total = problems.length): FileProblemsError {
  const count = total === 1 ? '1 problem' : `${total} problems`;
  return new FileProblemsError(`${name} has ${count}; nothing was sent`, {
    details: problems,
    hint: 'the format is described by: regnotify schema (and docs/declarative.md)',
  });
}

/**
 * The data of a file that parses cleanly, read without positions: `yaml` keeps a node with a position for every token
 * (for file:line:column) and costs five times the memory and CPU on a large file (5,000 notifications: 130 MB peak
 * instead of 65), so it runs only when a problem needs placing. js-yaml's core schema reads scalars as `yaml`'s does.
 * A file with aliases (the same object twice) takes the full path, where `yaml` caps how far aliases expand.
 */
function parseWithoutPositions(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = loadWithoutPositions(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  // An alias is written *name: a file without a * has none, and its values need no walk.
  if (!text.includes('*')) return { value: value ?? null };
  const seen = new Set<object>();
  const shared = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const key in node) if (Object.hasOwn(node, key) && shared((node as Record<string, unknown>)[key])) return true;
    return false;
  };
  return shared(value) ? undefined : { value: value ?? null };
}

const MAX_ALIAS_COUNT = 100;
const MAX_MESSAGE_LENGTH = 160;
const MAX_SYNTAX_ERRORS = 10;

/**
 * yaml's message, on one line and without the position it repeats ("... at line 3, column 1:"), which the prefix gives;
 * a token it quotes is cut short (a binary file's "scalar" runs for kilobytes).
 */
function yamlMessage(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH)}…` : line;
}

/** The document's value; aliases that expand past `yaml`'s cap (a "billion laughs" file) are a problem of the file. */
function expandAliases(document: Document, name: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    throw fileProblems(name, [`${name}:1:1: its aliases (*name) expand past the limit that guards against "billion laughs" files; write the values out`]);
  }
}

interface Located {
  yaml: Yaml;
  document: Document;
  lineCounter: LineCounter;
}

async function parseWithPositions(text: string): Promise<Located> {
  const yaml = await loadYaml();
  const lineCounter = new yaml.LineCounter();
  return { yaml, document: yaml.parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter };
}

/** Parses and checks the shape; the catalog checks of each platform come after (see validate.ts). */
export async function loadStateFile(text: string, name: string, env: Env): Promise<LoadedFile> {
  let located: Promise<Located> | undefined;
  const locate = () => (located ??= parseWithPositions(text));
  const positionIn = ({ yaml, document, lineCounter }: Located, path: Path, atKey = false) => {
    const node = nodeAt(yaml, document, path, atKey);
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return `${name}:${line}:${col}`;
  };
  const lean = parseWithoutPositions(text);
  const full = lean ? undefined : await locate();
  if (full?.document.errors.length) {
    const { errors } = full.document;
    // One mistake early in a file can leave the parser lost for the rest of it (a hundred "Unexpected ..." lines): the
    // first ones say where to look.
    const shown = errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => `${name}:${error.linePos?.[0].line ?? 1}:${error.linePos?.[0].col ?? 1}: ${yamlMessage(error.message)}`);
    if (errors.length > MAX_SYNTAX_ERRORS) shown.push(`... and ${errors.length - MAX_SYNTAX_ERRORS} more YAML syntax errors after these`);
    throw fileProblems(name, shown, errors.length);
  }
  const raw = lean ? lean.value : expandAliases(full!.document, name);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw fileProblems(name, [`${name}:1:1: the file must be a mapping with "version: 1" (got ${raw === null ? 'nothing' : Array.isArray(raw) ? 'a list' : typeof raw})`]);
  }
  const problems: Problem[] = [];
  const interpolated = interpolateAll(raw, env, problems) as Record<string, unknown>;
  const { normalized, single } = asTargetLists(interpolated, problems);
  // Every path from here on is of the file with its targets as lists.
  for (const problem of problems) problem.path = single.has(String(problem.path[0])) ? [problem.path[0], 0, ...problem.path.slice(1)] : problem.path;
  const data = parseReporting(outlineSchema, normalized, [], problems);
  return {
    name,
    problems,
    data,
    positions: async () => {
      const where = await locate();
      return (path, atKey) => positionIn(where, single.has(String(path[0])) && typeof path[1] === 'number' ? [path[0], ...path.slice(2)] : path, atKey);
    },
  };
}
