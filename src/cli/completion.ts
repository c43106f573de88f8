// `regnotify completion bash|zsh|fish`: prints the shell's completion script, generated from this very command tree.
import { Argument, Command } from 'commander';
import { examples, handler } from './command.js';

// Kept here as well as in src/completion so --help does not load the generators.
const SHELLS = ['bash', 'zsh', 'fish'] as const;

function root(command: Command): Command {
  return command.parent ? root(command.parent) : command;
}

export function registerCompletion(program: Command): void {
  const command = new Command('completion')
    .description('Print the shell completion script for bash, zsh or fish (groups, verbs, flags, catalog values, profile names)')
    .addArgument(new Argument('<shell>', 'shell to complete in').choices(SHELLS));
  command.action(
    handler(async (context, [shell]) => {
      const { completionScript } = await import('../completion/scripts.js');
      context.io.out.write(completionScript(root(command), shell as (typeof SHELLS)[number]));
    }),
  );
  program.addCommand(
    examples(command, [
      'regnotify completion bash > ~/.local/share/bash-completion/completions/regnotify',
      'regnotify completion zsh > ~/.zfunc/_regnotify',
      'regnotify completion fish > ~/.config/fish/completions/regnotify.fish',
      '# or, for this shell only: source <(regnotify completion bash)',
    ]),
  );
}
