import { describe, expect, it } from 'vitest';
import { destination, eventConfigSummary, status } from '../../../src/cli/notification/render.js';
import type { Notification } from '../../../src/platforms/quay/schemas.js';

function notification(method: string, config: Record<string, unknown>, extra: Partial<Notification> = {}): Notification {
  return { uuid: 'u', title: null, event: 'repo_push', method, config, event_config: {}, number_of_failures: 0, ...extra };
}

describe('notification rendering', () => {
  it('summarizes where each method delivers', () => {
    expect(destination(notification('webhook', { url: 'https://ci.example.com/h' }))).toBe('https://ci.example.com/h');
    expect(destination(notification('email', { email: 'ops@example.com' }))).toBe('ops@example.com');
    expect(destination(notification('quay_notification', { target: { kind: 'team', name: 'owners', avatar: {} } }))).toBe('team:owners');
    expect(destination(notification('hipchat', { room_id: '42', notification_token: '***' }))).toBe('HipChat room 42');
    expect(destination(notification('flowdock', { flow_api_token: '***' }))).toBe('Flowdock team inbox');
    expect(destination(notification('sms', {}))).toBe('');
  });

  it("never shows a Slack URL's secret path", () => {
    expect(destination(notification('slack', { url: 'https://hooks.slack.com/services/T0/B0/secret' }))).toBe('https://hooks.slack.com/…');
    expect(destination(notification('slack', { url: 'not a url' }))).toBe('Slack');
  });

  it('calls a notification disabled from 3 failures on', () => {
    expect(status(notification('webhook', {}, { number_of_failures: 2 }))).toBe('enabled');
    expect(status(notification('webhook', {}, { number_of_failures: 3 }))).toBe('disabled');
    expect(status(notification('webhook', {}, { number_of_failures: 7 }))).toBe('disabled');
  });

  it('summarizes event config with severity names and without the derived priority', () => {
    expect(eventConfigSummary(notification('email', {}, { event_config: { level: 1, vulnerability: { priority: 'High' } } }))).toBe('level=high');
    expect(eventConfigSummary(notification('email', {}, { event_config: { 'ref-regex': '^refs/heads/main$' } }))).toBe('ref-regex=^refs/heads/main$');
    expect(eventConfigSummary(notification('email', {}, { event_config: { days: 7 } }))).toBe('days=7');
    expect(eventConfigSummary(notification('email', {}))).toBe('');
  });
});
