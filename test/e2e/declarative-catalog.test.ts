// Every Quay event with every Quay method, through the declarative file: applied once, then an unchanged file and an
// exported one both plan to no change. What Quay stores (level numbers, the vulnerability priority, text config values)
// differs from what the file says; a comparison that missed one pair would show a replace on every plan.
import { describe, expect, it } from 'vitest';
import { eventNames, methodNames } from '../../src/platforms/quay/catalog/index.js';
import { regnotify } from '../helpers/cli.js';
import { yamlFileWriter } from '../helpers/declarative.js';
import { useEmulator } from '../helpers/emulator.js';

const fx = useEmulator();
const file = yamlFileWriter('regnotify-declarative-catalog');
const run = (args: string[], env: Record<string, string> = {}) => regnotify(args, { env: { ...fx.env('quay'), ...env } });

const EVENT_CONFIGS: Record<string, string> = {
  repo_push: '{}',
  build_queued: '{ ref-regex: "^refs/heads/main$" }',
  build_start: '{}',
  build_success: '{ ref-regex: "main|release-.*" }',
  build_failure: '{}',
  build_cancelled: '{}',
  vulnerability_found: '{ level: critical }',
  repo_mirror_sync_started: '{}',
  repo_mirror_sync_success: '{}',
  repo_mirror_sync_failed: '{}',
  repo_image_expiry: '{ days: 7 }',
};

const SLACK_URL = 'https://hooks.slack.com/services/T0/B0/CATALOGSECRET';
const METHOD_CONFIGS: Record<string, string> = {
  quay_notification: '{ target: "user:devuser" }',
  email: '{ email: "ops@example.com" }',
  webhook: `{ url: "https://ci.example.com/h", template: '{"repo": "$\${repository}", "tags": "$\${updated_tags}"}' }`,
  slack: `{ url: "${SLACK_URL}" }`,
  flowdock: '{ flow_api_token: "flow-token-1" }',
  hipchat: '{ notification_token: "hipchat-token-1", room_id: "42" }',
};

describe('every Quay event with every method', () => {
  it('applies once, then plans no change from the file or from its export', { timeout: 30_000 }, async () => {
    // A new event or method in the catalog must be added here too.
    expect(Object.keys(EVENT_CONFIGS).sort()).toEqual([...eventNames].sort());
    expect(Object.keys(METHOD_CONFIGS).sort()).toEqual([...methodNames].sort());
    const entries = Object.entries(EVENT_CONFIGS).flatMap(([event, eventConfig]) =>
      Object.entries(METHOD_CONFIGS).map(
        ([method, config]) => `        - { title: "${event} ${method}", event: ${event}, method: ${method}, event_config: ${eventConfig}, config: ${config} }`,
      ),
    );
    const path = file(`version: 1\nquay:\n  repositories:\n    acme/app:\n      notifications:\n${entries.join('\n')}\n`);
    const count = entries.length;

    const applied = await run(['apply', '-f', path, '--yes']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stderr).toContain(`Applied ${count} of ${count} changes.`);

    const again = await run(['plan', '-f', path, '--detailed-exitcode']);
    expect(again.stdout).toBe(`No changes: the servers match the file.\n\nPlan: 0 to create, 0 to update, 0 to replace, 0 to reset, 0 to delete; ${count} unchanged, 2 unmanaged.\n`);
    expect(again.code).toBe(0);

    const exported = await run(['export', '--platform', 'quay', '--repo', 'acme/app']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).not.toContain('CATALOGSECRET');
    const variables = Object.fromEntries(
      [...exported.stdout.matchAll(/^# {3}(\w+):/gm)].map(([, name]) => [name, name.endsWith('_SLACK_URL') ? SLACK_URL : name.endsWith('_FLOW_API_TOKEN') ? 'flow-token-1' : 'hipchat-token-1']),
    );
    const fromExport = await run(['plan', '-f', file(exported.stdout), '--detailed-exitcode'], variables);
    // The seeded notification that Quay disabled after failures is a reset: state, not configuration.
    expect(fromExport.stdout).toBe(
      '↺ reset quay acme/app: Critical CVEs\n    ~ number_of_failures: 3 → 0\n\n' +
        `Plan: 0 to create, 0 to update, 0 to replace, 1 to reset, 0 to delete; ${count + 1} unchanged, 0 unmanaged.\n`,
    );
  });
});
