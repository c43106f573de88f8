import { describe, expect, it } from 'vitest';
import { QUAY_METHODS } from '../../../src/platforms/quay/catalog/index.js';
import { serverValidateMethodConfig } from '../../../src/platforms/quay/catalog/server-validation.js';

describe('serverValidateMethodConfig: Quay\'s own answers for the emulator', () => {
  it.each([
    ['webhook', 'Missing webhook URL'],
    ['email', 'Missing e-mail address'],
    ['slack', 'Missing Slack Callback URL'],
    ['flowdock', 'Missing Flowdock API Token'],
    ['hipchat', 'Missing Hipchat Room Notification Token'],
    ['quay_notification', 'Missing target'],
  ])('answers %s without config with "%s"', (method, message) => {
    expect(serverValidateMethodConfig(method, {})).toBe(message);
  });

  it('treats Python-falsy values as missing', () => {
    expect(serverValidateMethodConfig('webhook', { url: '' })).toBe('Missing webhook URL');
    expect(serverValidateMethodConfig('flowdock', { flow_api_token: null })).toBe('Missing Flowdock API Token');
    expect(serverValidateMethodConfig('hipchat', { notification_token: 't', room_id: 0 })).toBe('Missing Hipchat Room ID');
  });

  it('checks the HipChat token before the room', () => {
    expect(serverValidateMethodConfig('hipchat', { room_id: '1' })).toBe('Missing Hipchat Room Notification Token');
    expect(serverValidateMethodConfig('hipchat', { notification_token: 't' })).toBe('Missing Hipchat Room ID');
    expect(serverValidateMethodConfig('hipchat', { notification_token: 't', room_id: 'ops' })).toBeUndefined();
  });

  it.each(['ftp://example.com/hook', 'example.com', 'http://localhost/hook', 'https://127.0.0.1:9000/hook', ' http://example.com'])(
    'answers "Invalid webhook URL" for %j',
    (url) => {
      expect(serverValidateMethodConfig('webhook', { url })).toBe('Invalid webhook URL');
    },
  );

  it('accepts a webhook on another host', () => {
    expect(serverValidateMethodConfig('webhook', { url: 'http://127.0.0.2:9000/hook' })).toBeUndefined();
  });

  it('answers "Could not parse template: …" for a template that is not JSON', () => {
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', template: '{"a":' })).toBe(
      'Could not parse template: Unexpected end of JSON input',
    );
  });

  it('answers "Empty expression found" for ${}', () => {
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', template: '{"${}": 1}' })).toBe(
      'Empty expression found',
    );
  });

  it('refuses a template sent as an object rather than a JSON string', () => {
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', template: { a: 1 } })).toBe(
      'Could not parse template: the template must be a JSON string',
    );
  });

  it('accepts a valid template and ignores an empty one', () => {
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', template: '{"t":"${name}"}' })).toBeUndefined();
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', template: '' })).toBeUndefined();
  });

  it('is more lenient than the client: no Slack URL pattern, no e-mail format, unknown keys ignored', () => {
    expect(serverValidateMethodConfig('slack', { url: 'https://example.com/not-slack' })).toBeUndefined();
    expect(serverValidateMethodConfig('email', { email: 'not-an-address' })).toBeUndefined();
    expect(serverValidateMethodConfig('webhook', { url: 'https://example.com', extra: true })).toBeUndefined();
  });

  it('answers "Missing target" for a target without a kind, and accepts one with a kind', () => {
    expect(serverValidateMethodConfig('quay_notification', { target: { name: 'alice' } })).toBe('Missing target');
    expect(serverValidateMethodConfig('quay_notification', { target: 'user:alice' })).toBe('Missing target');
    expect(serverValidateMethodConfig('quay_notification', { target: { kind: 'user', name: 'alice' } })).toBeUndefined();
  });

  it('gives undefined for an unknown method, which real Quay answers with a 500', () => {
    expect(serverValidateMethodConfig('pagerduty', {})).toBeUndefined();
  });

  it('has a Quay message for every required method config key', () => {
    for (const method of QUAY_METHODS) {
      for (const key of method.configKeys.filter((entry) => entry.required)) {
        expect(key.missingMessage, `${method.name}.${key.key}`).toMatch(/^Missing /);
      }
    }
  });
});
