// Regenerates the committed completion scripts in completions/ from the built CLI: npm run completions.
// test/e2e/completion.test.ts fails when they differ from what `regnotify completion <shell>` prints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = { bash: 'completions/regnotify.bash', zsh: 'completions/_regnotify', fish: 'completions/regnotify.fish' };

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
mkdirSync(new URL('../completions/', import.meta.url), { recursive: true });
for (const [shell, file] of Object.entries(FILES)) {
  const script = execFileSync(process.execPath, ['bin/regnotify.js', 'completion', shell], { cwd: root, encoding: 'utf8' });
  writeFileSync(new URL(`../${file}`, import.meta.url), script);
  process.stdout.write(`wrote ${file}\n`);
}
