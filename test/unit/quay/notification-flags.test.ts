import { describe, expect, it } from 'vitest';
import { notificationInput } from '../../../src/cli/notification/options.js';
import { UsageError } from '../../../src/core/errors.js';
import { validateNotification } from '../../../src/platforms/quay/catalog/index.js';

describe('notificationInput', () => {
  it('merges the convenience flags into config and event config', () => {
    expect(
      notificationInput({ event: 'vulnerability_found', method: 'webhook', url: 'https://ci.example.com/h', level: 'high', title: 'CVEs' }),
    ).toEqual({ event: 'vulnerability_found', method: 'webhook', config: { url: 'https://ci.example.com/h' }, eventConfig: { level: 'high' }, title: 'CVEs' });
  });

  it('keeps JSON values of --config pairs as JSON', () => {
    const input = notificationInput({ event: 'repo_push', method: 'quay_notification', config: ['target={"kind":"user","name":"x"}'] });
    expect(input.config).toEqual({ target: { kind: 'user', name: 'x' } });
  });

  it('maps --days and --ref-regex to their event config keys', () => {
    expect(notificationInput({ event: 'repo_image_expiry', method: 'email', email: 'ops@example.com', days: '7' }).eventConfig).toEqual({ days: '7' });
    expect(notificationInput({ event: 'build_failure', method: 'email', refRegex: '^refs/heads/main$' }).eventConfig).toEqual({
      'ref-regex': '^refs/heads/main$',
    });
  });

  it('refuses a key given both by a convenience flag and by --config', () => {
    expect(() => notificationInput({ event: 'repo_push', method: 'webhook', url: 'https://a.example.com', config: ['url=https://b.example.com'] })).toThrow(
      new UsageError('--url and --config url=… both set "url" (give it once)'),
    );
    expect(() => notificationInput({ event: 'vulnerability_found', method: 'webhook', level: 'high', eventConfig: ['level=1'] })).toThrow(
      '--level and --event-config level=… both set "level" (give it once)',
    );
  });

  it('produces what the catalog turns into the wire body (target text, severity names)', () => {
    const { body } = validateNotification(
      notificationInput({ event: 'vulnerability_found', method: 'quay_notification', target: 'team:owners', level: 'medium' }),
    );
    expect(body).toEqual({
      event: 'vulnerability_found',
      method: 'quay_notification',
      config: { target: { kind: 'team', name: 'owners' } },
      eventConfig: { level: 2, vulnerability: { priority: 'Medium' } },
    });
  });
});
