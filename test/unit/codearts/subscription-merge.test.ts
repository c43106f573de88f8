import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { parseEventRef, parseEventSpec } from '../../../src/platforms/codearts/catalog.js';
import { subscriptionSettingsSchema, type SubscriptionSettings } from '../../../src/platforms/codearts/schemas.js';
import { mergeSubscription } from '../../../src/platforms/codearts/subscription-merge.js';

// Shaped like the 200 response in the API documentation's example.
const current: SubscriptionSettings = subscriptionSettingsSchema.parse({
  repository_id: 2111978605,
  enabled: true,
  config_source: 'repo',
  webhook_config: {
    url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
    mention_users: '1;2',
    mention_phone: '17812341234;18512341234;16712345678',
    has_token: true,
  },
  waring_repo_usage_rate: 60,
  subscript_events: [
    { resource_type: 'mr', action: 'open', enabled: true, role_ids: null, role_names: [] },
    { resource_type: 'mr', action: 'merge', enabled: true, role_ids: null, role_names: ['creator'] },
    { resource_type: 'repo', action: 'delete', enabled: true, role_ids: [''], role_names: null },
  ],
});

const unchangedEvents = [
  { resource_type: 'mr', action: 'open', enabled: true, role_names: [] },
  { resource_type: 'mr', action: 'merge', enabled: true, role_names: ['creator'] },
  { resource_type: 'repo', action: 'delete', enabled: true, role_ids: [''] },
];

describe('mergeSubscription', () => {
  it('sends everything back unchanged without repository_id, has_token or nulls when nothing is asked', () => {
    expect(mergeSubscription(current, {})).toEqual({
      enabled: true,
      config_source: 'repo',
      webhook_config: {
        url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
        mention_users: '1;2',
        mention_phone: '17812341234;18512341234;16712345678',
      },
      waring_repo_usage_rate: 60,
      subscript_events: unchangedEvents,
    });
  });

  it('changes only the named top-level fields', () => {
    const body = mergeSubscription(current, { enabled: false, config_source: 'product', usage_warning: 90 });
    expect(body).toMatchObject({ enabled: false, config_source: 'product', waring_repo_usage_rate: 90 });
    expect(body.subscript_events).toEqual(unchangedEvents);
    expect(body.webhook_config?.url).toBe('https://example.com/cgi-bin/webhook/send?key=xxxx');
  });

  it('changes one webhook field and sends the token only when given', () => {
    const urlOnly = mergeSubscription(current, { webhook: { url: 'https://open.feishu.cn/hook/abc' } });
    expect(urlOnly.webhook_config).toEqual({
      url: 'https://open.feishu.cn/hook/abc',
      mention_users: '1;2',
      mention_phone: '17812341234;18512341234;16712345678',
    });
    const withToken = mergeSubscription(current, { webhook: { token: 'asdfasdf2@123', mention_users: '' } });
    expect(withToken.webhook_config).toEqual({
      url: 'https://example.com/cgi-bin/webhook/send?key=xxxx',
      mention_users: '',
      mention_phone: '17812341234;18512341234;16712345678',
      token: 'asdfasdf2@123',
    });
  });

  it('enables an existing event and applies the roles given, keeping role_ids and the other events', () => {
    const review = { resource_type: 'mr', action: 'review', enabled: false, role_ids: ['r1'], role_names: null };
    const withReview = { ...current, subscript_events: [review, ...(current.subscript_events ?? [])] };
    const body = mergeSubscription(withReview, { events: [parseEventSpec('mr:review=reviewer,approver')] });
    expect(body.subscript_events).toEqual([
      { resource_type: 'mr', action: 'review', enabled: true, role_ids: ['r1'], role_names: ['reviewer', 'approver'] },
      ...unchangedEvents,
    ]);
  });

  it('keeps the roles of an event named without roles', () => {
    const body = mergeSubscription(current, { events: [parseEventSpec('mr:merge')] });
    expect(body.subscript_events).toEqual(unchangedEvents);
  });

  it('clears the roles of an event named with an empty role list', () => {
    const body = mergeSubscription(current, { events: [parseEventSpec('mr:merge=')] });
    expect(body.subscript_events?.[1]).toEqual({ resource_type: 'mr', action: 'merge', enabled: true, role_names: [] });
  });

  it('appends an event the server did not list', () => {
    const body = mergeSubscription(current, { events: [parseEventSpec('note:mention'), parseEventSpec('mr:approve=scorer')] });
    expect(body.subscript_events).toEqual([
      ...unchangedEvents,
      { resource_type: 'note', action: 'mention', enabled: true },
      { resource_type: 'mr', action: 'approve', enabled: true, role_names: ['scorer'] },
    ]);
  });

  it('disables a listed event and ignores one the server does not list', () => {
    const body = mergeSubscription(current, { disable_events: [parseEventRef('repo:delete'), parseEventRef('member:create')] });
    expect(body.subscript_events).toEqual([
      unchangedEvents[0],
      unchangedEvents[1],
      { resource_type: 'repo', action: 'delete', enabled: false, role_ids: [''] },
    ]);
  });

  it('refuses an event that is both enabled and disabled', () => {
    expect(() =>
      mergeSubscription(current, { events: [parseEventSpec('mr:open')], disable_events: [parseEventRef('mr:open')] }),
    ).toThrow(new UsageError('event "mr:open" is both enabled and disabled (name it once)'));
  });

  it('builds a body from a channel with no settings yet', () => {
    const empty = subscriptionSettingsSchema.parse({ enabled: false, webhook_config: null, subscript_events: null });
    expect(mergeSubscription(empty, {})).toEqual({ enabled: false });
    expect(
      mergeSubscription(empty, { enabled: true, webhook: { url: 'https://oapi.dingtalk.com/robot/send' }, events: [parseEventSpec('mr:open')] }),
    ).toEqual({
      enabled: true,
      webhook_config: { url: 'https://oapi.dingtalk.com/robot/send' },
      subscript_events: [{ resource_type: 'mr', action: 'open', enabled: true }],
    });
  });

  it('does not modify the settings it was given', () => {
    const before = structuredClone(current);
    mergeSubscription(current, { events: [parseEventSpec('mr:open=creator')], disable_events: [parseEventRef('repo:delete')] });
    expect(current).toEqual(before);
  });
});
