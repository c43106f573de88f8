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
  },
});
