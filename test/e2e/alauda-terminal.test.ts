// Alauda commands in a real terminal: confirmation before delete, the hidden password prompt, aligned output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { EMULATOR_CREDENTIALS, useEmulator } from '../helpers/emulator.js';
import { Terminal } from '../helpers/pty.js';

const fx = useEmulator();

async function session(args: string[], env: Record<string, string>, drive: (terminal: Terminal) => Promise<void>): Promise<{ code: number | null; screen: string }> {
  const terminal = Terminal.start(args, env);
  try {
    await drive(terminal);
    const code = await terminal.exitCode();
    return { code, screen: terminal.screen };
  } finally {
    terminal.kill();
  }
}

describe('Alauda commands on a terminal', () => {
  it('asks before deleting a hook and deletes it on yes', async () => {
    const { code, screen } = await session(['hook', 'delete', '4'], fx.env('alauda'), async (terminal) => {
      await terminal.waitFor('Delete hook 4?');
      terminal.answer('y');
    });
    expect(code).toBe(0);
    expect(screen).toContain('✓ Deleted hook 4');
    expect(fx.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /v1/hooks/4']);
  });

  it('sends nothing when the answer is no', async () => {
    const { code, screen } = await session(['hook', 'delete', '4'], fx.env('alauda'), async (terminal) => {
      await terminal.waitFor('Delete hook 4?');
      terminal.answer('n');
    });
    expect(code).toBe(1);
    expect(screen).toContain('Nothing deleted.');
    expect(screen).toContain('error: cancelled');
    expect(fx.emulator.requests).toEqual([]);
  });

  it('shows a hook as aligned key/value lines with the secret masked', async () => {
    const { code, screen } = await session(['hook', 'get', '4', '--no-color'], fx.env('alauda'), async () => {});
    expect(code).toBe(0);
    expect(screen).toContain('subject type  build_repo');
    expect(screen).toContain('secret        ***');
    expect(screen).not.toContain('123456');
  });

  it('asks for the password hidden when --username is given without --password-stdin', async () => {
    const dir = tempConfigDir();
    const { code, screen } = await session(
      ['profile', 'add', 'cn', '--platform', 'alauda', '--server', fx.url, '--username', EMULATOR_CREDENTIALS.alaudaUsername],
      { REGNOTIFY_CONFIG_DIR: dir },
      async (terminal) => {
        await terminal.waitFor(`Alauda password for ${EMULATOR_CREDENTIALS.alaudaUsername}:`);
        terminal.answer(EMULATOR_CREDENTIALS.alaudaPassword);
      },
    );
    expect(code).toBe(0);
    expect(screen).toContain('✓ Saved profile cn (alauda, default)');
    expect(screen).not.toContain(EMULATOR_CREDENTIALS.alaudaPassword);
    const stored = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8'));
    expect(stored.profiles.cn).toEqual({ platform: 'alauda', server: fx.url, token: EMULATOR_CREDENTIALS.alaudaToken, username: EMULATOR_CREDENTIALS.alaudaUsername });
  });
});
