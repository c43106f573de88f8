// Quay's webhook body templates (quay/quay util/jsontemplate.py): a JSON text whose strings (keys too) may hold
// `${path}` expressions in jsonpath-rw's dialect (./jsonpath.ts). A string that is exactly one `${path}` becomes the
// value found, JSON type kept (null when nothing is found); inside other text the value is printed the way Python's
// str() prints it, a list of several joined with ",", and nothing found reads "(none)".
// Quay checks a template by applying it to `{}` when the notification is created; so does templateProblem().
import { evaluateJsonPath, JsonPathCrash, JsonPathSyntaxError, parseJsonPath } from './jsonpath.js';

/** Quay's pattern: an expression cannot contain `}`. */
const INLINE = /\$\{([^}]*)\}/g;
// Python's `$` also matches before a final newline; Quay then takes str[2:-1] as the expression.
const WHOLE = /^\$\{[^}]*\}\n?$/;
const MISSING = '(none)';

/** Quay answers 400 with this message (Quay's own words). */
export class TemplateError extends Error {}

/** Quay fails with HTTP 500 (create) or a failed delivery (test): a Python exception it does not catch. */
export class TemplateCrash extends Error {}

function expressionValue(expression: string, data: unknown): unknown {
  if (expression === '') throw new TemplateError('Empty expression found');
  let node;
  try {
    node = parseJsonPath(expression);
  } catch (error) {
    if (error instanceof JsonPathSyntaxError) throw new TemplateError(`For expression \`${expression}\`: ${error.message}`);
    throw error;
  }
  try {
    return evaluateJsonPath(node, data);
  } catch (error) {
    if (error instanceof JsonPathCrash) throw new TemplateCrash(`for expression \`${expression}\`: ${error.message}`);
    throw error;
  }
}

function processString(text: string, data: unknown): unknown {
  if (WHOLE.test(text)) {
    const value = expressionValue(text.slice(2, -1), data);
    return value === undefined ? null : value;
  }
  return text.replace(INLINE, (_match, expression: string) => {
    const value = expressionValue(expression, data);
    if (value === undefined || value === null) return MISSING;
    if (Array.isArray(value) && value.length > 1) {
      if (!value.every((item) => typeof item === 'string')) {
        throw new TemplateCrash(`for expression \`${expression}\`: TypeError: sequence item: expected str instance`);
      }
      return value.join(',');
    }
    return pythonStr(value);
  });
}

function apply(value: unknown, data: unknown): unknown {
  if (typeof value === 'string') return processString(value, data);
  if (Array.isArray(value)) return value.map((item) => apply(item, data));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [jsonKey(processString(key, data), key), apply(item, data)]));
  }
  return value;
}

/** A key that was one whole `${path}` holds the value found; json.dumps then writes None as "null", True as "true". */
function jsonKey(value: unknown, key: string): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value);
  throw new TemplateCrash(`for key \`${key}\`: TypeError: unhashable type: '${Array.isArray(value) ? 'list' : 'dict'}'`);
}

/** util/jsontemplate.py JSONTemplate(text).apply(data). Throws TemplateError (Quay's 400) or TemplateCrash. */
export function applyTemplate(template: string, data: unknown): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    throw new TemplateError(`Could not parse template: ${(error as Error).message}`);
  }
  return apply(parsed, data);
}

/** Why Quay refuses this template at create time: its 400 message, or a crash (its 500); undefined when it accepts it. */
export function templateProblem(template: string): { message: string; crash: boolean } | undefined {
  try {
    applyTemplate(template, {});
    return undefined;
  } catch (error) {
    if (error instanceof TemplateError) return { message: error.message, crash: false };
    if (error instanceof TemplateCrash) return { message: error.message, crash: true };
    throw error;
  }
}

/** `${` that Quay's pattern never closes: Quay leaves it in the text as it is, which is surely not what was meant. */
export function unclosedExpression(template: string): string | undefined {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        strings.push(key);
        collect(item);
      }
    }
  };
  try {
    collect(JSON.parse(template));
  } catch {
    return undefined;
  }
  return strings.find((text) => text.replace(INLINE, '').includes('${'));
}

/** Python's str(): True/False, lists and dicts in repr form. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`).join(', ')}}`;
}

function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  // Python switches to exponent notation from 1e16 and below 1e-4; JS from 1e21 and below 1e-6.
  const text = String(value);
  if (Math.abs(value) >= 1e16 || (value !== 0 && Math.abs(value) < 1e-4)) {
    const [mantissa, exponent] = value.toExponential().split('e');
    const power = Number(exponent);
    return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return text.includes('.') || text.includes('e') ? text : `${text}.0`;
}

function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\') result += '\\\\';
    else if (char === quote) result += `\\${quote}`;
    else if (char === '\n') result += '\\n';
    else if (char === '\r') result += '\\r';
    else if (char === '\t') result += '\\t';
    else if (code < 0x20 || code === 0x7f) result += `\\x${code.toString(16).padStart(2, '0')}`;
    else result += char;
  }
  return `${quote}${result}${quote}`;
}
