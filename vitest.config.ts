import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Tests that run the program in-process import the sources: give them the version the build stamps into dist/.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  define: { __REGNOTIFY_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs: a single one on a 2-core machine. Much of an end-to-end
    // file is waiting (a spawned CLI in a pseudo-terminal, a Retry-After), so two files at a time overlap it.
    maxWorkers: 2,
    // Test files share nothing at module level (each starts its own emulator; runs read only their IOStreams), so a
    // worker keeps the program's modules loaded from one file to the next instead of importing them again per file.
    isolate: false,
  },
});
