// The only place that formats data: table (cli-table3 on a terminal, tab-separated when piped), json, yaml, ids.
import { cleanUpOnSignal } from './exit-cleanup.js';
import { COLUMN_GAP, columnsToKeep, fitColumnWidths } from './fit-columns.js';
import type { IOStreams } from './io.js';
import type { Progress } from './progress.js';
import { progressBar } from './progress-bar.js';
import type { Query } from './query.js';
import { maskSecrets, type SecretFields } from './redact.js';
import { escapeCharacter, escapeControls, escapeLine, terminalSafeJson, UNSAFE_AFTER_SERIALIZING } from './terminal-text.js';

export const OUTPUT_FORMATS = ['table', 'json', 'yaml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** An identifier a person copies into the next command (a uuid): a narrow terminal cuts other columns, never this. */
  whole?: boolean;
  /** May be left out of a terminal too narrow to show every column readably: 1 goes first. Pipes keep every column. */
  dropOrder?: number;
}

export interface ListSpec<T> {
  columns: Column<T>[];
  /** What `-q` prints for a row. */
  id: (row: T) => string;
  /** Said on stderr (terminal only) when the list is empty. */
  empty?: string;
}

export interface ObjectSpec<T> {
  fields: Column<T>[];
  id: (value: T) => string;
}

/** A block of `label  value` lines. */
export interface FieldsSection<T> {
  fields: Column<T>[];
}

/** A table of rows taken from the value; left out when there are none. */
export interface RowsSection<T, Row = any> {
  title?: string;
  rows: (value: T) => Row[];
  columns: Column<Row>[];
}

/** One platform object shown as several blocks on a table, and as itself in json/yaml. */
export interface SectionsSpec<T> {
  sections: Array<FieldsSection<T> | RowsSection<T>>;
  id: (value: T) => string;
}

/** The result object of a command that has no platform object to print; `action` names what was done. */
export type ActionResult = { action: string } & Record<string, unknown>;

export interface OutputOptions {
  format: OutputFormat;
  quiet: boolean;
  color: boolean;
  errorColor: boolean;
  showSecrets: boolean;
  /** Replaces the secrets the run knows in a line on stderr. */
  redact?: (text: string) => string;
  /** Replaces them in data on stdout (the caller decides what --show-secrets lets through). */
  redactData?: (text: string) => string;
  /** Where the platforms' objects hold secrets; loaded when data is first shown. */
  secretFields?: () => Promise<readonly SecretFields[]>;
  /** Told how many pages of a long list have arrived, for the spinner. */
  progress?: Progress;
  /** --query, compiled: applied to the (masked) data before it is rendered. */
  query?: Query;
  /** Data for stdout is dropped (a dry run prints its plan instead of what the command would have printed). */
  discardData?: boolean;
  /** The format was asked for (-o, --json, REGNOTIFY_OUTPUT), not the default: `api` renders its body in it then. */
  formatGiven?: boolean;
}

/**
 * The ✓ and warning lines of a run that reports many steps (apply's changes), written a batch at a time: a write to a
 * pipe or terminal costs far more than formatting a line, so thousands of steps cost a few writes, not thousands.
 */
export interface StepLines {
  success(message: string): void;
  warn(message: string): void;
  /** A line about the run rather than a step (a retry), written where the steps are. */
  notice(message: string): void;
  /** Writes what is pending (also done every STEP_LINES_DELAY_MS, and on a signal) and stops: the run is over. */
  end(): void;
}

/** A line reaches the screen at most this late: a person watching sees steps arrive as they happen. */
export const STEP_LINES_DELAY_MS = 100;

/** Rows written as they arrive, so a 10,000-row list never sits in memory (except a terminal table). */
export interface ListWriter<T> {
  add(rows: T[]): Promise<void>;
  end(): Promise<void>;
}

/** A value as a table shows it: control characters written out, so server data cannot drive the terminal. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join(',');
  if (typeof value === 'object') return escapeControls(JSON.stringify(value));
  return escapeControls(String(value));
}

/** Tabs and newlines inside a value would break tab-separated rows. */
function plainCell(value: unknown): string {
  return cell(value).replace(/[\t\n]+/g, ' ');
}

/** YAML quotes and escapes C0 controls itself; strings with DEL, C1 or bidi characters are double-quoted so they can be escaped too. */
async function terminalSafeYaml(value: unknown): Promise<string> {
  // yaml is CommonJS under Node: its functions sit on the default export.
  const YAML = (await import('yaml')).default;
  const document = new YAML.Document(value);
  const unsafe = new RegExp(UNSAFE_AFTER_SERIALIZING.source);
  YAML.visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && unsafe.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString().replace(UNSAFE_AFTER_SERIALIZING, escapeCharacter);
}

function parseJsonText(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

interface LineOptions {
  prefix?: string;
  escape?: (text: string) => string;
}

/** The styles regnotify uses (a chalk instance has them). */
export interface Styles {
  bold(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

/** Styles without colour: the text as it is. chalk (and its terminal detection) loads only where colour is on. */
const asIs = (text: string) => text;
const PLAIN: Styles = { bold: asIs, green: asIs, yellow: asIs };

export class Output {
  chalk: Styles = PLAIN;
  errorChalk: Styles = PLAIN;

  constructor(
    private readonly io: IOStreams,
    readonly options: OutputOptions,
  ) {}

  /** chalk for the streams that show colour; scripts and pipes (no colour) never load it. Before the command runs. */
  async loadColours(): Promise<void> {
    if (!this.options.color && !this.options.errorColor) return;
    const { Chalk } = await import('chalk');
    if (this.options.color) this.chalk = new Chalk({ level: 1 });
    if (this.options.errorColor) this.errorChalk = new Chalk({ level: 1 });
  }

  private fields?: readonly SecretFields[];

  /** The one masking policy, for every format: the platforms' secret fields and secret-looking keys, unless --show-secrets. */
  private async prepare<T>(value: T): Promise<T> {
    if (this.options.showSecrets) return value;
    this.fields ??= (await this.options.secretFields?.()) ?? [];
    return maskSecrets(value, this.fields, { keepOrigin: true });
  }

  private redact(text: string): string {
    return this.options.redact ? this.options.redact(text) : text;
  }

  /** The one way to stdout: known secrets replaced. */
  private data(text: string): Promise<void> {
    if (this.options.discardData) return Promise.resolve();
    return write(this.io.out, this.options.redactData ? this.options.redactData(text) : text);
  }

  /** The one way to stderr: credentials replaced, control characters written out. */
  private line(text: string, options?: LineOptions): void {
    this.io.err.write(this.formatLine(text, options));
  }

  private formatLine(text: string, { prefix = '', escape = escapeLine }: LineOptions = {}): string {
    return `${prefix}${escape(this.redact(text))}\n`;
  }

  /** What -q prints for one value: one id a line (a value may stand for several, one per line). */
  private idLine(id: string): string {
    return `${id.split('\n').map(escapeLine).join('\n')}\n`;
  }

  private async serialize(value: unknown): Promise<string> {
    if (this.options.format === 'yaml') return terminalSafeYaml(value);
    return `${terminalSafeJson(JSON.stringify(value, null, 2))}\n`;
  }

  /** Text a command composed for people (a plan), control characters written out. */
  async text(text: string): Promise<void> {
    await this.data(escapeControls(text));
  }

  async object<T>(value: T, spec: ObjectSpec<T>): Promise<void> {
    if (this.options.query) return this.queried(value);
    if (this.options.quiet) return this.data(this.idLine(spec.id(value)));
    const shown = await this.prepare(value);
    if (this.options.format !== 'table') return this.data(await this.serialize(shown));
    return this.data(this.fieldsText(shown, spec.fields));
  }

  /** True with -q: a command prints only the identifiers of what it shows, one a line. */
  get quiet(): boolean {
    return this.options.quiet && this.options.query === undefined;
  }

  /** True when the data itself is printed (json, yaml or --query): worth a read-back of what a write changed. */
  get printsData(): boolean {
    return this.options.format !== 'table' || this.options.query !== undefined;
  }

  /**
   * What a command that changes something did, when there is no platform object to show:
   * `{"action": "deleted", "repository": "acme/app"}` in json and yaml (and for --query); nothing on a table,
   * where the ✓ line on stderr says it.
   */
  async result(value: ActionResult): Promise<void> {
    if (this.options.query) return this.queried(value);
    if (this.options.quiet || this.options.format === 'table') return;
    return this.data(await this.serialize(value));
  }

  /**
   * A response body (`regnotify api`). JSON through --query or in the format asked for (-o, --json or
   * REGNOTIFY_OUTPUT; a table lays out whatever shape it has); else, like `gh api`, indented on a terminal and as the
   * server sent it on a pipe, every byte kept: the characters JSON.stringify would leave raw written as \u escapes
   * (still the same JSON). Other text with its controls written out.
   */
  async body(text: string): Promise<void> {
    if (!text) return;
    const json = parseJsonText(text);
    if (json && (this.options.query || this.options.formatGiven)) return this.queried(json.value);
    let shown: string;
    if (json === undefined) {
      shown = escapeControls(text);
    } else if (this.io.stdoutIsTTY) {
      shown = terminalSafeJson(JSON.stringify(await this.prepare(json.value), null, 2));
    } else {
      // Re-written only when the masking policy hides something, so every other body keeps its exact bytes.
      const masked = JSON.stringify(await this.prepare(json.value));
      shown = terminalSafeJson(masked === JSON.stringify(json.value) ? text : masked);
    }
    await this.data(shown.endsWith('\n') ? shown : `${shown}\n`);
  }

  /**
   * A document that holds no secret by construction (an export file, whose secrets are ${VARIABLE} references that
   * masking would replace; a JSON Schema, whose `secret` keys describe fields): through --query when given, as JSON
   * with -o json, else `text`, its form for people, when it has one, or the document in the format asked for.
   */
  async document(value: unknown, text?: string): Promise<void> {
    if (this.options.query) return this.queried(value, { masked: false });
    if (text === undefined || this.options.format === 'json') return this.data(await this.serialize(value));
    return this.text(text);
  }

  /**
   * Data through --query (when given): json and yaml print the result; a table prints a scalar, or a list of
   * scalars one a line, plainly; objects as `key  value` lines and lists of objects as rows with their keys as columns.
   */
  private async queried(value: unknown, { masked = true } = {}): Promise<void> {
    const shown = masked ? await this.prepare(value) : value;
    const result = this.options.query ? this.options.query(shown) : shown;
    if (this.options.format !== 'table') return this.data(await this.serialize(result ?? null));
    if (result === null || result === undefined) return;
    if (!Array.isArray(result)) {
      if (typeof result !== 'object') return this.data(this.idLine(String(result)));
      const entries = Object.entries(result as Record<string, unknown>);
      return this.data(this.fieldsText(result as Record<string, unknown>, entries.map(([key]) => ({ header: key, value: (row) => row[key] }))));
    }
    const isRecord = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item);
    if (!result.every(isRecord)) {
      return this.data(result.map((item) => this.idLine(typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item ?? ''))).join(''));
    }
    const keys = [...new Set(result.flatMap((item) => Object.keys(item)))];
    const columns: Column<Record<string, unknown>>[] = keys.map((key) => ({ header: key, value: (row) => row[key] }));
    if (!this.io.stdoutIsTTY) return this.data(result.map((row) => `${columns.map((column) => plainCell(column.value(row))).join('\t')}\n`).join(''));
    if (!result.length) return;
    return this.data(`${await this.terminalTable(result, { columns, id: () => '' })}\n`);
  }

  private fieldsText<T>(shown: T, fields: Column<T>[]): string {
    const rows = fields.map((field) => [field.header, cell(field.value(shown))] as const);
    if (!this.io.stdoutIsTTY) return rows.map(([label, text]) => `${label}\t${plainCell(text)}\n`).join('');
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, text]) => `${this.chalk.bold(label.padEnd(width))}  ${text}\n`).join('');
  }

  /** Blocks separated by a blank line; tables keep their header on a terminal and lose it when piped. */
  async sections<T>(value: T, spec: SectionsSpec<T>): Promise<void> {
    if (this.options.query) return this.queried(value);
    if (this.options.quiet) return this.data(this.idLine(spec.id(value)));
    const shown = await this.prepare(value);
    if (this.options.format !== 'table') return this.data(await this.serialize(shown));
    const blocks: string[] = [];
    for (const section of spec.sections) {
      if ('fields' in section) {
        if (section.fields.length) blocks.push(this.fieldsText(shown, section.fields));
        continue;
      }
      const rows = section.rows(shown);
      if (!rows.length) continue;
      if (!this.io.stdoutIsTTY) {
        blocks.push(rows.map((row) => `${section.columns.map((column) => plainCell(column.value(row))).join('\t')}\n`).join(''));
      } else {
        const title = section.title ? `${this.chalk.bold(section.title)}\n` : '';
        blocks.push(`${title}${await this.terminalTable(rows, { columns: section.columns, id: () => '' })}\n`);
      }
    }
    return this.data(blocks.join('\n'));
  }

  async list<T>(rows: T[], spec: ListSpec<T>): Promise<void> {
    const writer = this.listWriter(spec);
    await writer.add(rows);
    await writer.end();
  }

  listWriter<T>(spec: ListSpec<T>): ListWriter<T> {
    const writer = this.formatWriter(spec);
    let pages = 0;
    let rows = 0;
    return {
      add: (page) => {
        pages++;
        rows += page.length;
        this.options.progress?.update(`${pages} ${pages === 1 ? 'page' : 'pages'} read, ${rows} ${rows === 1 ? 'row' : 'rows'}`);
        return writer.add(page);
      },
      end: () => writer.end(),
    };
  }

  private formatWriter<T>(spec: ListSpec<T>): ListWriter<T> {
    let count = 0;
    const { format, quiet } = this.options;
    if (this.options.query) {
      // The expression sees the whole list, so rows wait for the last page.
      const rows: T[] = [];
      return {
        add: async (more) => {
          rows.push(...more);
        },
        end: () => this.queried(rows),
      };
    }
    if (quiet) {
      return {
        add: async (rows) => {
          count += rows.length;
          if (rows.length) await this.data(rows.map((row) => this.idLine(spec.id(row))).join(''));
        },
        end: async () => {},
      };
    }
    if (format === 'json') {
      return {
        add: async (rows) => {
          for (const row of rows) {
            await this.data(`${count === 0 ? '[\n' : ',\n'}${indent(terminalSafeJson(JSON.stringify(await this.prepare(row), null, 2)))}`);
            count++;
          }
        },
        end: () => this.data(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    if (format === 'yaml') {
      return {
        add: async (rows) => {
          if (!rows.length) return;
          count += rows.length;
          await this.data(await this.serialize(await this.prepare(rows)));
        },
        end: () => (count === 0 ? this.data('[]\n') : Promise.resolve()),
      };
    }
    if (!this.io.stdoutIsTTY) {
      return {
        add: async (rows) => {
          count += rows.length;
          const shown = await this.prepare(rows);
          const lines = shown.map((row) => spec.columns.map((column) => plainCell(column.value(row))).join('\t'));
          if (lines.length) await this.data(`${lines.join('\n')}\n`);
        },
        end: async () => {},
      };
    }
    const buffered: T[] = [];
    return {
      add: async (rows) => {
        buffered.push(...rows);
      },
      end: async () => {
        if (!buffered.length) {
          if (spec.empty) this.notice(spec.empty);
          return;
        }
        await this.data(`${await this.terminalTable(await this.prepare(buffered), spec)}\n`);
      },
    };
  }

  /**
   * Borderless, like gh: columns separated by two spaces, headers in bold capitals. A row never wraps: when the
   * table is wider than the terminal, the widest columns are cut with … (piped output keeps every character).
   * cli-table3 and string-width load only when a terminal shows a table: pipes and JSON never need them.
   */
  private async terminalTable<T>(rows: T[], spec: ListSpec<T>): Promise<string> {
    const [{ default: Table }, { default: stringWidth }] = await Promise.all([import('cli-table3'), import('string-width')]);
    const measure = (columns: readonly Column<T>[]) => {
      const headers = columns.map((column) => column.header.toUpperCase());
      const cells = rows.map((row) => columns.map((column) => cell(column.value(row))));
      const natural = headers.map((header, index) => Math.max(stringWidth(header), ...cells.map((line) => stringWidth(line[index]))));
      return { headers, cells, natural, whole: columns.map((column) => Boolean(column.whole)) };
    };
    let shown = measure(spec.columns);
    // A terminal that does not tell its width (rare: no size and no $COLUMNS) gets the table uncut rather than a guess.
    if (this.io.columns) {
      const kept = columnsToKeep(shown.natural, this.io.columns, shown.whole, spec.columns.map((column) => column.dropOrder));
      if (kept.includes(false)) shown = measure(spec.columns.filter((_, index) => kept[index]));
    }
    const { headers, cells, natural } = shown;
    const widths = this.io.columns ? fitColumnWidths(natural, this.io.columns, shown.whole) : natural;
    const table = new Table({
      head: headers.map((header) => this.chalk.bold(header)),
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': COLUMN_GAP },
      chars: BORDERLESS,
      colWidths: widths.map((width) => width + COLUMN_GAP),
      wordWrap: false,
    });
    for (const line of cells) table.push(line);
    return table
      .toString()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
  }

  /** A success line on stderr, so stdout stays data only. */
  success(message: string): void {
    this.io.err.write(this.successLine(message));
  }

  warn(message: string): void {
    this.io.err.write(this.warningLine(message));
  }

  private successLine(message: string): string {
    return this.formatLine(message, { prefix: `${this.errorChalk.green('✓')} ` });
  }

  private warningLine(message: string): string {
    return this.formatLine(message, { prefix: `${this.errorChalk.yellow('warning:')} ` });
  }

  /** A message on stderr; its own line breaks are kept (e.g. an equivalent command on a second line). */
  notice(message: string): void {
    this.io.err.write(this.noticeLine(message));
  }

  private noticeLine(message: string): string {
    return this.formatLine(message, { escape: (text) => text.split('\n').map(escapeLine).join('\n') });
  }

  /** Success and warning lines collected and written a batch at a time (see StepLines). */
  stepLines(): StepLines {
    let pending = '';
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      const text = pending;
      pending = '';
      this.io.err.write(text);
    };
    // Ctrl-C ends the process at once: the lines of the steps already done are written before it goes.
    const forget = cleanUpOnSignal(flush);
    const add = (line: string) => {
      pending += line;
      timer ??= setTimeout(flush, STEP_LINES_DELAY_MS);
    };
    return {
      success: (message) => add(this.successLine(message)),
      warn: (message) => add(this.warningLine(message)),
      notice: (message) => add(this.noticeLine(message)),
      end: () => {
        flush();
        forget();
      },
    };
  }

  /** StepLines as a bar that fills (for a person at a terminal): successes advance it, warnings stay above it. */
  async stepBar(total: number, label: string): Promise<StepLines> {
    const bar = await progressBar(this.io, total, label);
    return {
      success: () => bar.advance(),
      warn: (message) => bar.fail(this.warningLine(message)),
      notice: (message) => bar.above(this.noticeLine(message)),
      end: () => bar.end(),
    };
  }

  /** A --verbose trace line. */
  trace(message: string): void {
    this.line(message);
  }

  /** The one kind of line that shows a credential on purpose (a secret made for the user): never redacted. */
  reveal(message: string): void {
    this.io.err.write(`${escapeLine(message)}\n`);
  }
}

const BORDERLESS = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map(
    (name) => [name, ''],
  ),
);

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
