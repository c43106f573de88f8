// Alauda hooks and CodeArts channels in declarative files, as a demanding user meets them: odd server data through
// export and back through plan, each field edited on its own and the request it makes, and mixed files of several targets.
import { describe, expect, it } from 'vitest';
import { alaudaStateOf } from '../../src/emulator/alauda/state.js';
import { regnotify } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-alauda-codearts');

const run = (args: string[], env: Record<string, string>) => regnotify(args, { env });
const writes = () => fx.emulator.requests.filter((request) => request.method !== 'GET').map((request) => [`${request.method} ${request.path}${request.search}`, request.json]);

/** The variables an exported file's header names, each set to the value `valueOf` gives it. */
const headerVariables = (text: string, valueOf: (name: string) => string) =>
  Object.fromEntries([...text.matchAll(/^# {3}(\w+):/gm)].map(([, name]) => [name, valueOf(name)]));

describe('export, then plan, of odd Alauda hooks', () => {
  it('keeps the file valid when a hook name has a newline, and matches names with spaces around them as they are', async () => {
    const env = fx.env('alauda');
    const state = alaudaStateOf(fx.emulator)!;
    const job = state.hooks.get(6)!;
    const odd = [
      { ...job, id: 20, name: 'two\nlines "quoted" ${X}', url: 'https://a.example.com/x?q=${y}"', secret: 'odd-secret-one' },
      { ...job, id: 21, name: '  padded  ', secret: 'odd-secret-two' },
    ];
    for (const hook of odd) state.hooks.set(hook.id, hook);
    const exported = await run(['export', '--platform', 'alauda', '--subject-type', 'job'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(
      '#   ALAUDA_5F0C1A2E_8D3B_4C6A_9E7F_1B2C3D4E5F60_TWO_LINES_QUOTED_X_SECRET: secret of hook "two\\x0alines "quoted" ${X}" on job 5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60\n',
    );
    expect(exported.stdout).toContain('    - name: "  padded  "\n');
    const secrets: Record<string, string> = { TWO_LINES: 'odd-secret-one', PADDED: 'odd-secret-two', NIGHTLY: 'job-secret-0006' };
    const variables = headerVariables(exported.stdout, (name) => Object.entries(secrets).find(([part]) => name.includes(part))![1]);
    expect(Object.keys(variables)).toHaveLength(3);
    fx.emulator.requests.length = 0;
    const plan = await run(['plan', '-f', file(exported.stdout), '--detailed-exitcode'], { ...env, ...variables });
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toBe('No changes: the servers match the file.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; 3 unchanged, 0 unmanaged.\n');
    expect(plan.code).toBe(0);
    expect(writes()).toEqual([]);
  });
});
