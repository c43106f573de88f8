import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { memoryIO } from '../../helpers/memory-io.js';

function allCommands(command: Command, path: string[] = []): Array<{ path: string; command: Command }> {
  return command.commands
    .filter((child) => child.name() !== 'help')
    .flatMap((child) => [{ path: [...path, child.name()].join(' '), command: child }, ...allCommands(child, [...path, child.name()])]);
}

const io = memoryIO();
const program = await buildProgram(io);

describe('help', () => {
  const commands = allCommands(program);

  it.each(commands.map((entry) => [entry.path, entry.command] as const))('`regnotify %s --help` has a description and at least two examples', (_path, command) => {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
    command.outputHelp();
    expect(command.description().length).toBeGreaterThan(10);
    expect(text).toMatch(/\nExamples:\n {2}\$ regnotify /);
    const examples = text.slice(text.indexOf('\nExamples:\n')).split('\n').filter((line) => line.startsWith('  $ '));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    // An interactive bash expands ! inside double quotes ("[?!is_active].id": event not found): single quotes there.
    for (const example of examples) expect(example).not.toMatch(/"[^"]*![^"=]*"/);
  });

  it('lists every global option in the root help, with the exit codes', () => {
    let text = '';
    program.configureOutput({ writeOut: (chunk) => (text += chunk) });
    program.outputHelp();
    for (const flag of ['--profile', '--server', '--output', '--json', '--quiet', '--no-color', '--no-input', '--yes', '--verbose', '--timeout', '--retries', '--ca-file', '--insecure', '--show-secrets', '--version']) {
      expect(text).toContain(flag);
    }
    expect(text).toContain('Exit codes:');
  });
});

describe('groups the command line does not name', () => {
  function rootHelp(command: Command): string {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk) });
    command.outputHelp();
    return text;
  }

  it('stay name and description, and the root help reads the same as with every verb loaded', async () => {
    const lazy = await buildProgram(memoryIO(), ['--help']);
    expect(lazy.commands.find((command) => command.name() === 'hook')!.commands).toEqual([]);
    expect(rootHelp(lazy)).toBe(rootHelp(await buildProgram(memoryIO())));
  });

  it('a named group comes with its verbs, the others without', async () => {
    const program = await buildProgram(memoryIO(), ['repo', 'get', 'acme/app']);
    const verbs = (name: string) => program.commands.find((command) => command.name() === name)!.commands.map((command) => command.name());
    expect(verbs('repo')).toEqual(['create', 'list', 'get', 'update', 'visibility', 'delete']);
    expect(verbs('hook')).toEqual([]);
  });
});
