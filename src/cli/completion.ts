// `regnotify completion bash|zsh|fish`: prints the shell's completion script, generated from this very command tree.
import type { Command } from 'commander';
import { defineCommand, toCommand } from './define.js';

// Kept here as well as in src/completion so --help does not load the generators.
const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** The definition needs the program: the script describes the whole command tree. */
export function completionSpec(program: Command) {
  return defineCommand({
    name: 'completion',
    description: 'Print the shell completion script for bash, zsh or fish (groups, verbs, flags, catalog values, profile names)',
    arguments: [{ name: 'shell', description: 'shell to complete in', choices: SHELLS }],
    options: {},
    examples: [
      'regnotify completion bash > ~/.local/share/bash-completion/completions/regnotify',
      'regnotify completion zsh > ~/.zfunc/_regnotify',
      'regnotify completion fish > ~/.config/fish/completions/regnotify.fish',
      '# or, for this shell only: source <(regnotify completion bash)',
    ],
    async run(context, [shell]) {
      const { completionScript } = await import('../completion/scripts.js');
      context.io.out.write(completionScript(program, shell as (typeof SHELLS)[number]));
    },
  });
}

export function registerCompletion(program: Command): void {
  program.addCommand(toCommand(completionSpec(program)));
}
