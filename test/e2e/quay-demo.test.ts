import { describe, expect, it } from 'vitest';
import { regnotify } from '../helpers/cli.js';

describe('regnotify demo', () => {
  it('walks through create, webhook, list, test, the delivered payload and clean-up, and exits 0', async () => {
    const result = await regnotify(['demo'], { timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✓ Demo finished\n');
    const out = result.stdout;
    const emulator = /A Quay emulator runs at (http:\/\/127\.0\.0\.1:\d+) and a webhook receiver at (http:\/\/(?:127\.0\.0\.2|\[::1\]):\d+)\./.exec(out);
    expect(emulator).not.toBeNull();
    const [, server, receiver] = emulator!;
    // The demo's servers stop with it: it never sends people to them afterwards, only to an emulator of their own.
    const port = new URL(server).port;
    expect(out).toContain(`Both stop when the demo ends.`);
    expect(out).toContain(`(regnotify emulator --port ${port}) and set\n`);
    expect(out).toContain(`The demo's emulator has stopped. Next: run your own with \`regnotify emulator --port ${port}\``);
    expect(out).not.toContain('keep an emulator running');
    const uuid = /^uuid\t([0-9a-f-]{36})$/m.exec(out)![1];
    const steps = [...out.matchAll(/^Step (\d)\/6: (.+)$/gm)].map((match) => match[2]);
    expect(steps).toEqual([
      'create a repository',
      'add a webhook notification for pushes',
      'list the notifications of the repository',
      'ask Quay to send a test event',
      'see what the webhook received',
      'clean up',
    ]);
    for (const line of [
      `  REGNOTIFY_SERVER=${server} REGNOTIFY_TOKEN=emulator-quay-token`,
      '  $ regnotify repo create demo-app --description "Created by regnotify demo"',
      'repository\tquayadmin/demo-app\nkind\timage\n',
      `  $ regnotify notification create quayadmin/demo-app --event repo_push --method webhook --url ${receiver}/quay --title "Demo webhook"`,
      `  $ regnotify notification list quayadmin/demo-app\n${uuid}\tDemo webhook\trepo_push\twebhook\t${receiver}/quay\t0\tenabled\n`,
      `  $ regnotify notification test quayadmin/demo-app ${uuid}`,
      `  POST ${receiver}/quay  content-type: application/json`,
      `  $ regnotify notification delete quayadmin/demo-app ${uuid} --yes && regnotify repo delete quayadmin/demo-app --yes`,
    ]) {
      expect(out).toContain(line);
    }
    const payload = /content-type: application\/json\n((?: {2}.*\n)+)/.exec(out)![1];
    expect(JSON.parse(payload)).toEqual({
      repository: 'quayadmin/demo-app',
      namespace: 'quayadmin',
      name: 'demo-app',
      docker_url: `${server.replace('http://', '')}/quayadmin/demo-app`,
      homepage: `${server}/repository/quayadmin/demo-app`,
      updated_tags: ['latest', 'foo'],
      pruned_image_count: 3,
    });
  });
});
