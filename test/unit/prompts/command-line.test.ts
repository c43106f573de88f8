import { describe, expect, it } from 'vitest';
import { formatCommandLine, shellQuote } from '../../../src/prompts/command-line.js';

describe('formatCommandLine', () => {
  it('quotes only what the shell would split or expand', () => {
    expect(shellQuote('repo_push')).toBe('repo_push');
    expect(shellQuote('https://example.com/a?b=c&d')).toBe("'https://example.com/a?b=c&d'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
  });

  it('joins words and flags, skips flags without a value, and masks secret config values', () => {
    const line = formatCommandLine([
      'regnotify',
      'notification',
      'create',
      'acme/web',
      ['--event', 'repo_push'],
      ['--title', undefined],
      ['--config', 'url=https://hooks.example.com/x'],
      ['--config', 'flow_api_token=abc123'],
      ['--title', 'Deploy hook'],
    ]);
    expect(line).toBe(
      "regnotify notification create acme/web --event repo_push --config url=https://hooks.example.com/x --config 'flow_api_token=***' --title 'Deploy hook'",
    );
  });
});
