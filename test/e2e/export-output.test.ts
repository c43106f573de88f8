// export honours -o json and --query like every command that prints data: the declarative document as JSON (which
// plan reads back), or the query's result; the ${VARIABLE} references that stand for secrets are never masked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const quay = (args: string[]) => regnotify(args, { env: fx.env('quay') });
const alauda = (args: string[]) => regnotify(args, { env: fx.env('alauda') });

const HOOK_4_SECRET = 'ALAUDA_ALAUDAUSER_DOCKER_IMAGES_TEST_TEST_HOOK_SECRET';

describe('export -o json and --query', () => {
  it('-o json prints the document as one JSON document', async () => {
    const result = await quay(['export', '--platform', 'quay', '--repo', 'acme/app', '-o', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      quay: {
        repositories: {
          'acme/app': {
            notifications: [
              { title: 'Deploy on push', event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/hooks/quay' }, event_config: {} },
              {
                title: 'Critical CVEs',
                event: 'vulnerability_found',
                method: 'email',
                config: { email: 'ops@example.com' },
                event_config: { level: 0, vulnerability: { priority: 'Critical' } },
              },
            ],
          },
        },
      },
    });
  });

  it('-o json names the variables to set on stderr, as the YAML header does, and keeps the references unmasked', async () => {
    const result = await alauda(['export', '--platform', 'alauda', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).alauda.hooks[0].secret).toBe(`\${${HOOK_4_SECRET}}`);
    expect(result.stderr).toMatch(new RegExp(`^Secrets are not exported\\. Set these environment variables before plan or apply: ${HOOK_4_SECRET}, `));
  });

  it('--query applies to the document; a scalar prints plainly', async () => {
    const names = await alauda(['export', '--platform', 'alauda', '--query', 'alauda.hooks[].name']);
    expect(names).toMatchObject({ code: 0, stdout: 'test hook\ndeploy on push\nnightly job alerts\n', stderr: '' });
    const secret = await alauda(['export', '--platform', 'alauda', '--query', 'alauda.hooks[0].secret']);
    expect(secret.stdout).toBe(`\${${HOOK_4_SECRET}}\n`);
  });

  it('-o json -f writes JSON that plan reads back: no change but the failure count Quay keeps', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regnotify-export-')), 'state.json');
    const written = await quay(['export', '--platform', 'quay', '--repo', 'acme/app', '--json', '-f', file]);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: `✓ Wrote ${file}\n` });
    expect(readFileSync(file, 'utf8')).toMatch(/^\{\n {2}"version": 1,/);
    const plan = await quay(['plan', '-f', file]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Plan: 0 to create, 0 to update, 0 to replace, 1 to reset, 0 to delete; 1 unchanged, 0 unmanaged.');
  });

  it('plan and apply apply --query to the plan document on a table too (they printed the text plan)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regnotify-export-')), 'state.json');
    await quay(['export', '--platform', 'quay', '--repo', 'acme/app', '--json', '-f', file]);
    const plan = await quay(['plan', '-f', file, '--query', 'summary.reset']);
    expect(plan).toMatchObject({ code: 0, stdout: '1\n', stderr: '' });
    const apply = await quay(['apply', '-f', file, '--yes', '--query', 'changes[].action']);
    expect(apply).toMatchObject({ code: 0, stdout: 'reset\n' });
  });

  it('without a format it is the commented YAML file, as before', async () => {
    const result = await quay(['export', '--platform', 'quay', '--repo', 'acme/app']);
    expect(result.stdout).toMatch(/^# regnotify declarative file \(regnotify export\)\. Check it with: regnotify plan -f FILE\nversion: 1\nquay:\n/);
  });
});
