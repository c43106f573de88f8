import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { memoryIO } from '../../helpers/memory-io.js';

function allCommands(command: Command, path: string[] = []): Array<{ path: string; command: Command }> {
  return command.commands
    .filter((child) => child.name() !== 'help')
    .flatMap((child) => [{ path: [...path, child.name()].join(' '), command: child }, ...allCommands(child, [...path, child.name()])]);
}

describe('help', () => {
  const io = memoryIO();
  const program = buildProgram(io);
  const commands = allCommands(program);

  it.each(commands.map((entry) => [entry.path, entry.command] as const))('`regnotify %s --help` has a description and at least two examples', (_path, command) => {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
    command.outputHelp();
    expect(command.description().length).toBeGreaterThan(10);
    expect(text).toMatch(/\nExamples:\n {2}\$ regnotify /);
    const examples = text.slice(text.indexOf('\nExamples:\n')).split('\n').filter((line) => line.startsWith('  $ '));
    expect(examples.length).toBeGreaterThanOrEqual(2);
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
