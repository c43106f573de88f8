// zod's issues as problems of the declarative file, in its words ("title: required", "active: expected true or false,
// got text \"yes\""), and the parse that collects them instead of stopping at them.
import { ZodObject, ZodOptional, type z } from 'zod';
import { describeChoice } from '../core/suggest.js';
import type { Path, Problem } from './load.js';

/** What a value is, for "expected X, got Y". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping' };

/** zod's issue in the words of the file: "title: required", "active: expected true or false, got text \"yes\"". */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length > 1 ? describeChoice('value', String(issue.input), issue.values.map(String)) : issue.message;
    case 'too_small':
      return Number(issue.minimum) === 1 ? 'must not be empty' : issue.message;
    case 'invalid_union': {
      const expected = [...new Set(issue.errors.flat().flatMap((branch) => (branch.code === 'invalid_type' ? [EXPECTED[branch.expected] ?? branch.expected] : [])))];
      return expected.length ? `expected ${expected.join(' or ')}, got ${kindOf(issue.input)}` : issue.message;
    }
    default:
      return issue.message;
  }
}

/** `title: `, or for an item of a list `notifications[2]: `. */
function fieldLabel(path: Path): string {
  const last = path.length - 1;
  if (last < 0) return '';
  return typeof path[last] === 'number' && last > 0 ? `${path[last - 1]}[${path[last]}]: ` : `${path[last]}: `;
}

/** zod's issues as problems, their paths under `at`. */
function zodProblems(issues: readonly z.core.$ZodIssue[], at: Path): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...at, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: [...path, key], message: `unknown key "${key}"`, atKey: true });
      continue;
    }
    problems.push({ path, message: `${fieldLabel(path)}${describeIssue(issue)}` });
  }
  return problems;
}

function withoutUnknownKeys(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(value);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const parent = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key as PropertyKey], copy) as Record<string, unknown>;
    for (const key of issue.keys) delete parent[key];
  }
  return copy;
}

/**
 * Parses `value` (found at `at` in the file) with `schema`; its problems join `problems` and the result is undefined.
 * Unknown keys alone still give the value without them, so the catalog checks run too and every problem is reported at once.
 */
export function parseReporting<T extends z.ZodType>(schema: T, value: unknown, at: Path, problems: Problem[]): z.infer<T> | undefined {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(parsed.error.issues, at));
  if (!parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  const retried = schema.safeParse(withoutUnknownKeys(value, parsed.error.issues));
  return retried.success ? retried.data : undefined;
}

/** The part of `value` that `schema` accepts: all of it, or of a mapping the fields (and their fields) that are valid. */
function validPart(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const inner = schema instanceof ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (!(inner instanceof ZodObject) || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    const part = validPart(field, (value as Record<string, unknown>)[key]);
    if (part !== undefined) fields[key] = part;
  }
  return fields;
}

/**
 * Parses a mapping entry (a hook, a channel) as `parseReporting` does, and when it fails, still gives the fields that are
 * valid on their own, a mapping's valid fields included (`complete: false`): the catalog checks of those run too, so a
 * value of the wrong kind in one field does not hide the problems of the others.
 */
export function parseFieldsReporting<Shape extends Record<string, z.ZodType>>(
  schema: z.ZodObject<Shape>,
  value: unknown,
  at: Path,
  problems: Problem[],
): { entry: Partial<z.infer<z.ZodObject<Shape>>>; complete: boolean } | undefined {
  const parsed = parseReporting(schema, value, at, problems);
  if (parsed) return { entry: parsed, complete: true };
  const entry = validPart(schema, value);
  return entry === undefined ? undefined : { entry: entry as Partial<z.infer<z.ZodObject<Shape>>>, complete: false };
}
