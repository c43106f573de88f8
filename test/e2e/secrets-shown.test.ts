// One masking policy for every command and format: the fields each platform's catalog declares secret
// (a Slack URL, a Flowdock or HipChat token, an Alauda hook secret) are *** unless --show-secrets.
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const SLACK = 'https://hooks.slack.com/services/T000/B000/s3cr3tSlackPath';
const quay = (args: string[]) => regnotify(args, { env: fx.env('quay') });

async function createSlack(): Promise<string> {
  const created = await quay(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', SLACK, '-q']);
  expect(created.code).toBe(0);
  return created.stdout.trim();
}

describe('a Slack URL', () => {
  it('is masked by notification create in json and yaml, keeping its origin', async () => {
    const json = await quay(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', SLACK, '--json']);
    expect(JSON.parse(json.stdout).config).toEqual({ url: 'https://hooks.slack.com/***' });
    const yaml = await quay(['notification', 'create', 'acme/app', '--event', 'repo_push', '--method', 'slack', '--url', SLACK, '-o', 'yaml']);
    expect(YAML.parse(yaml.stdout).config).toEqual({ url: 'https://hooks.slack.com/***' });
    expect(json.stdout + json.stderr + yaml.stdout + yaml.stderr).not.toContain('s3cr3tSlackPath');
  });

  it('is masked by notification list and get in every format, and shown with --show-secrets', async () => {
    const uuid = await createSlack();
    for (const format of [['--json'], ['-o', 'yaml'], []]) {
      for (const command of [['notification', 'list', 'acme/app'], ['notification', 'get', 'acme/app', uuid]]) {
        const result = await quay([...command, ...format]);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toContain('s3cr3tSlackPath');
      }
    }
    const table = await quay(['notification', 'get', 'acme/app', uuid]);
    expect(table.stdout).toContain('destination\thttps://hooks.slack.com/…\n');
    const shown = await quay(['notification', 'get', 'acme/app', uuid, '--json', '--show-secrets']);
    expect(JSON.parse(shown.stdout).config).toEqual({ url: SLACK });
  });

  it('is masked in the body of `regnotify api`, and shown with --show-secrets', async () => {
    await createSlack();
    const masked = await quay(['api', 'GET', '/repository/acme/app/notification/', '--platform', 'quay']);
    expect(masked.code).toBe(0);
    expect(masked.stdout).not.toContain('s3cr3tSlackPath');
    expect(masked.stdout).toContain('"url":"https://hooks.slack.com/***"');
    const shown = await quay(['api', 'GET', '/repository/acme/app/notification/', '--platform', 'quay', '--show-secrets']);
    expect(shown.stdout).toContain(SLACK);
  });
});

describe('an Alauda hook secret', () => {
  it('is masked by `regnotify api GET /hooks`, and shown with --show-secrets', async () => {
    const masked = await regnotify(['api', 'GET', '/hooks', '--platform', 'alauda'], { env: fx.env('alauda') });
    expect(masked.code).toBe(0);
    const hooks = JSON.parse(masked.stdout) as Array<{ secret: string }>;
    expect(hooks.length).toBeGreaterThan(0);
    expect(hooks.map((hook) => hook.secret)).toEqual(hooks.map(() => '***'));
    const shown = await regnotify(['api', 'GET', '/hooks', '--platform', 'alauda', '--show-secrets'], { env: fx.env('alauda') });
    expect((JSON.parse(shown.stdout) as Array<{ secret: string }>).map((hook) => hook.secret)).toContain('123456');
  });
});
