// `regnotify help [topic | command...]`: the topics (exit codes, environment) and the help of any command.
import type { Command } from 'commander';
import { described } from '../completion/values.js';
import { UsageError } from '../core/errors.js';
import { describeChoice } from '../core/suggest.js';
import type { EnvironmentVariable } from '../platforms/descriptor.js';
import { DESCRIPTORS, PLATFORMS } from '../platforms/index.js';
import { defineCommand, toCommand } from './define.js';
import { globalOptionsText } from './help-layout.js';

/** Every variable regnotify reads: `help environment` prints it, and a test checks src/ reads no other. */
export const ENVIRONMENT_VARIABLES: readonly EnvironmentVariable[] = [
  { name: 'REGNOTIFY_PROFILE', description: 'profile to use, as --profile (default: the platform\'s default profile)' },
  {
    name: 'REGNOTIFY_SERVER',
    description: `API base URL, as --server (${PLATFORMS.map((name) => DESCRIPTORS[name].exampleServer.replace('cn-north-4', '<region>')).join(', ')})`,
  },
  {
    name: 'REGNOTIFY_TOKEN',
    description: 'API token: Quay OAuth token, Alauda API token or CodeArts X-Auth-Token (beats the profile\'s)',
  },
  ...PLATFORMS.flatMap((name) => DESCRIPTORS[name].environment.map(({ name: variable, description }) => ({ name: variable, description }))),
  { name: 'REGNOTIFY_OUTPUT', description: 'output format, as --output: table, json or yaml (default: table)' },
  { name: 'NO_COLOR', description: 'set to anything: no colour, as --no-color' },
  { name: 'FORCE_COLOR', description: 'colour even when the output is not a terminal (0 or false: never)' },
  { name: 'TERM', description: 'dumb: no colour' },
  { name: 'COLUMNS', description: 'width of a terminal that does not report its own: tables and help fit it' },
  { name: 'CI', description: 'true or 1: never prompt, as --no-input' },
  { name: 'REGNOTIFY_NO_INPUT', description: 'true or 1: never prompt, as --no-input' },
  { name: 'REGNOTIFY_DEBUG', description: '1 or true: HTTP trace on stderr, as --verbose (credentials redacted), and stack traces of crashes' },
  { name: 'REGNOTIFY_CA_FILE', description: 'PEM file of a CA to trust too, as --ca-file' },
  { name: 'HTTPS_PROXY', description: 'proxy for https:// servers (https_proxy too)' },
  { name: 'HTTP_PROXY', description: 'proxy for http:// servers (http_proxy too)' },
  { name: 'NO_PROXY', description: 'hosts reached without the proxy, comma-separated (no_proxy too)' },
  { name: 'REGNOTIFY_CONFIG_DIR', description: 'where profiles live (default: $XDG_CONFIG_HOME/regnotify, else ~/.config/regnotify)' },
  { name: 'XDG_CONFIG_HOME', description: 'base of the default profile directory' },
  { name: 'XDG_CACHE_HOME', description: "base of the directory of V8's compiled code of regnotify, for faster starts (else ~/.cache/regnotify)" },
  { name: 'NODE_DISABLE_COMPILE_CACHE', description: '1: no compiled code is kept between runs' },
  { name: 'HOME', description: 'home directory, for ~/.config/regnotify and ~/.cache/regnotify' },
];

export interface HelpTopic {
  name: string;
  summary: string;
}

export const HELP_TOPICS: readonly HelpTopic[] = [
  { name: 'exit-codes', summary: 'the exit codes regnotify returns' },
  { name: 'environment', summary: 'every environment variable regnotify reads' },
  { name: 'global-options', summary: 'the options every command accepts' },
];

function environmentText(): string {
  const width = Math.max(...ENVIRONMENT_VARIABLES.map((variable) => variable.name.length));
  const lines = ENVIRONMENT_VARIABLES.map((variable) => `  ${variable.name.padEnd(width)}  ${variable.description}`);
  return `Environment variables (a flag beats its variable; a variable beats the profile):\n${lines.join('\n')}\n`;
}

function topicText(topic: string, exitCodes: string, program: Command, helpWidth: number): string {
  if (topic === 'exit-codes') return `${exitCodes}\n`;
  if (topic === 'global-options') return globalOptionsText(program, helpWidth);
  return environmentText();
}

function findCommand(program: Command, words: string[]): Command {
  let current = program;
  for (const word of words) {
    const children = current.commands;
    const next = children.find((child) => child.name() === word || child.aliases().includes(word));
    if (!next) {
      const allowed = current === program ? [...HELP_TOPICS.map((topic) => topic.name), ...children.map((child) => child.name())] : children.map((child) => child.name());
      const what = current === program ? 'help topic or command' : `${current.name()} command`;
      throw new UsageError(describeChoice(what, word, allowed), { hint: 'run regnotify --help to see the commands' });
    }
    current = next;
  }
  return current;
}

/** Replaces commander's implicit `help [command]`; `exitCodes` is the text the root's --help shows too. */
export function registerHelp(program: Command, exitCodes: string): void {
  program.helpCommand(false);
  const spec = defineCommand({
    name: 'help',
    description: 'Show the help of a command, or a topic: exit-codes, environment, global-options',
    arguments: [
      {
        name: 'topic-or-command',
        description: 'a topic (exit-codes, environment, global-options) or a command, e.g. hook create',
        optional: true,
        variadic: true,
        complete: () =>
          described([
            ...HELP_TOPICS.map(({ name, summary }) => ({ name, description: summary })),
            ...program.commands.filter((command) => command.name() !== 'help').map((command) => ({ name: command.name(), description: command.description() })),
          ]),
      },
    ],
    options: {},
    examples: ['regnotify help exit-codes', 'regnotify help environment', 'regnotify help global-options', 'regnotify help hook create'],
    async run(context, args) {
      const words = (args[0] ?? []) as unknown as string[];
      if (words.length === 1 && HELP_TOPICS.some((topic) => topic.name === words[0])) {
        const { io } = context;
        io.out.write(topicText(words[0], exitCodes, program, io.stdoutIsTTY && io.columns ? io.columns : 80));
        return;
      }
      findCommand(program, words).outputHelp();
    },
  });
  program.addCommand(toCommand(spec));
  program.addHelpText(
    'after',
    `\nHelp topics:\n${HELP_TOPICS.map((topic) => `  regnotify help ${topic.name.padEnd(Math.max(...HELP_TOPICS.map(({ name }) => name.length)))}  ${topic.summary}`).join('\n')}\n`,
  );
}
