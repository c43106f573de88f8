import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { regnotify } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const ALAUDA_ROWS = [
  'alauda\tsubject type\tbuild_repo\timage build repository\tbuild:complete',
  'alauda\tevent\tbuild:complete\ta build of the repository finished\t',
  'alauda\tsubject type\timage_repo\timage repository\timage:push',
  'alauda\tevent\timage:push\tan image was pushed to the repository\t',
  'alauda\tsubject type\tjob\ttask (job)\tjob:succeed, job:fail',
  'alauda\tevent\tjob:succeed\tthe job succeeded\t',
  'alauda\tevent\tjob:fail\tthe job failed\t',
];

const ALAUDA_JSON = {
  subjectTypes: [
    { name: 'build_repo', description: 'image build repository', subjectForm: 'repository', events: [{ name: 'build:complete', description: 'a build of the repository finished' }] },
    { name: 'image_repo', description: 'image repository', subjectForm: 'repository', events: [{ name: 'image:push', description: 'an image was pushed to the repository' }] },
    {
      name: 'job',
      description: 'task (job)',
      subjectForm: 'job id',
      events: [
        { name: 'job:succeed', description: 'the job succeeded' },
        { name: 'job:fail', description: 'the job failed' },
      ],
    },
  ],
};

describe('regnotify events', () => {
  it('prints one tab-separated row per subject type and event when piped, for one platform', async () => {
    const result = await regnotify(['events', '--platform', 'alauda']);
    expect(result).toEqual({ code: 0, signal: null, stdout: `${ALAUDA_ROWS.join('\n')}\n`, stderr: '' });
  });

  it('lists Quay events with their event-config keys and methods with their config keys', async () => {
    const result = await regnotify(['events', '--platform', 'quay']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    // 11 repository events, the 2 namespace (quota) events, 6 methods.
    expect(rows).toHaveLength(19);
    expect(rows[0]).toBe('quay\tevent\trepo_push\timages were pushed to the repository (one notification per tag for v2 pushes)\t');
    expect(rows).toContain('quay\tevent\tvulnerability_found\tthe security scanner found a vulnerability at or above the chosen severity\tlevel');
    expect(rows).toContain('quay\tevent\trepo_image_expiry\ttags of the repository expire within the given number of days (Quay 3.12+)\tdays (required)');
    expect(rows).toContain("quay\tmethod\twebhook\tHTTP POST of the event's JSON payload\turl (required), template");
    expect(rows).toContain('quay\tmethod\thipchat\tHipChat room notification (HipChat shut down in 2019)\tnotification_token (required), room_id (required)');
  });

  it('lists every event of the Quay catalog: the namespace (quota) events too, in rows and in JSON', async () => {
    const { QUAY_EVENTS, QUAY_NAMESPACE_EVENTS } = await import('../../src/platforms/quay/catalog/index.js');
    const rows = (await regnotify(['events', '--platform', 'quay'])).stdout.trimEnd().split('\n');
    const events = rows.filter((row) => /^quay\t(namespace )?event\t/.test(row)).map((row) => row.split('\t')[2]);
    expect(events).toEqual([...QUAY_EVENTS, ...QUAY_NAMESPACE_EVENTS].map((event) => event.name));
    expect(rows).toContain("quay\tnamespace event\tquota_warning\tthe namespace's storage reached the quota's warning threshold\t");
    expect(rows).toContain("quay\tnamespace event\tquota_error\tthe namespace's storage went over its quota\t");
    const json = JSON.parse((await regnotify(['events', '--platform', 'quay', '--json'])).stdout);
    expect(Object.keys(json.quay)).toEqual(['events', 'namespaceEvents', 'methods']);
    expect(json.quay.namespaceEvents).toEqual([
      { name: 'quota_warning', description: "the namespace's storage reached the quota's warning threshold" },
      { name: 'quota_error', description: "the namespace's storage went over its quota" },
    ]);
  });

  it('lists CodeArts channels, config sources, resources, actions, roles and usage warning rates', async () => {
    const result = await regnotify(['events', '--platform', 'codearts']);
    expect(result.code).toBe(0);
    const kinds = result.stdout
      .trimEnd()
      .split('\n')
      .map((row) => row.split('\t').slice(1, 3).join(' '));
    expect(kinds).toEqual([
      ...['internal_message', 'email', 'qyweixin', 'feishu', 'dingding'].map((name) => `channel ${name}`),
      'config source repo',
      'config source product',
      ...['repo', 'mr', 'member', 'note'].map((name) => `resource ${name}`),
      ...['create', 'open', 'update', 'delete', 'merge', 'review', 'approve', 'create_note', 'resolve_note', 'capacity_warning', 'mention'].map((name) => `action ${name}`),
      ...['creator', 'assignee', 'reviewer', 'scorer', 'approver'].map((name) => `role ${name}`),
      'usage warning rate 60',
      'usage warning rate 80',
      'usage warning rate 90',
    ]);
    expect(result.stdout).toContain('codearts\trole\tassignee\twho merges it (合并人)\t\n');
  });

  it('prints every platform, Quay first, without --platform', async () => {
    const result = await regnotify(['events']);
    expect(result.code).toBe(0);
    const platforms = [...new Set(result.stdout.trimEnd().split('\n').map((row) => row.split('\t')[0]))];
    expect(platforms).toEqual(['quay', 'alauda', 'codearts']);
  });

  it('prints one JSON object for tools, filtered by --platform', async () => {
    const alauda = await regnotify(['events', '--platform', 'alauda', '-o', 'json']);
    expect(alauda).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(alauda.stdout)).toEqual({ alauda: ALAUDA_JSON });

    const all = await regnotify(['events', '--json']);
    const catalog = JSON.parse(all.stdout);
    expect(Object.keys(catalog)).toEqual(['quay', 'alauda', 'codearts']);
    expect(catalog.quay.events[10]).toEqual({
      name: 'repo_image_expiry',
      description: 'tags of the repository expire within the given number of days (Quay 3.12+)',
      eventConfigKeys: [{ key: 'days', description: 'notify this many days (1 or more) before a tag expires', required: true }],
    });
    expect(catalog.quay.methods.map((method: { name: string }) => method.name)).toEqual(['quay_notification', 'email', 'webhook', 'slack', 'flowdock', 'hipchat']);
    expect(catalog.quay.methods[2].configKeys.map((key: { key: string; required: boolean }) => [key.key, key.required])).toEqual([
      ['url', true],
      ['template', false],
    ]);
    expect(catalog.codearts.channels[2]).toEqual({ name: 'qyweixin', description: 'WeCom (企业微信) group bot webhook', takesWebhook: true });
    expect(catalog.codearts.usageWarningRates).toEqual([60, 80, 90]);
    expect(Object.keys(catalog.codearts)).toEqual(['channels', 'configSources', 'resources', 'actions', 'roles', 'usageWarningRates']);
  });

  it('prints the same object as YAML', async () => {
    const result = await regnotify(['events', '--platform', 'alauda', '-o', 'yaml']);
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toEqual({ alauda: ALAUDA_JSON });
  });

  it('prints only the names with -q', async () => {
    const result = await regnotify(['events', '--platform', 'alauda', '-q']);
    expect(result.stdout).toBe('build_repo\nbuild:complete\nimage_repo\nimage:push\njob\njob:succeed\njob:fail\n');
  });

  it('refuses an unknown platform with exit 2, naming the allowed ones', async () => {
    const result = await regnotify(['events', '--platform', 'gitlab']);
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: "error: option '--platform <platform>' argument 'gitlab' is invalid. Allowed choices are quay, alauda, codearts.\nhint: see --help for usage\n",
    });
  });

  it('draws a table with a header on a terminal', async () => {
    const io = { ...memoryIO(), stdoutIsTTY: true };
    const code = await runCli(['events', '--platform', 'alauda', '--no-color'], io);
    expect(code).toBe(0);
    const text = io.stdout();
    const [header, first] = text.split('\n');
    expect(header).toMatch(/^PLATFORM +KIND +NAME +DESCRIPTION +KEYS$/);
    expect(first).toMatch(/^alauda +subject type +build_repo +image build repository +build:complete$/);
  });
});
