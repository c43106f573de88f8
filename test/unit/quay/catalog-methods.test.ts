import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { QUAY_METHODS, methodNames, validateNotification } from '../../../src/platforms/quay/catalog/index.js';

function validate(method: string, config: Record<string, unknown>) {
  return validateNotification({ event: 'repo_push', method, config, eventConfig: {} });
}

function configOf(method: string, config: Record<string, unknown>): Record<string, unknown> {
  return validate(method, config).body.config;
}

function messageOf(method: string, config: Record<string, unknown>): string {
  try {
    validate(method, config);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError, nothing was thrown');
}

const SLACK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';

describe('Quay method catalog', () => {
  it('lists the six methods Quay seeds', () => {
    expect(methodNames).toEqual(['quay_notification', 'email', 'webhook', 'slack', 'flowdock', 'hipchat']);
  });

  it('gives every method and config key a one-line description', () => {
    for (const method of QUAY_METHODS) {
      expect(method.description).toMatch(/^[^\n]+$/);
      for (const key of method.configKeys) expect(key.description).toMatch(/^[^\n]+$/);
    }
  });

  it('suggests the closest method for a typo', () => {
    expect(messageOf('webhok', {})).toBe(
      'unknown method "webhok" (allowed: quay_notification, email, webhook, slack, flowdock, hipchat); did you mean "webhook"?',
    );
  });

  it('names the unknown config key and the allowed ones', () => {
    expect(messageOf('webhook', { url: 'https://example.com/hook', uri: 'x' })).toBe(
      'unknown webhook config key "uri" (allowed: url, template); did you mean "url"?',
    );
  });
});

describe('webhook', () => {
  it('accepts an https URL', () => {
    expect(validate('webhook', { url: 'https://ci.example.com/quay' })).toEqual({
      body: { event: 'repo_push', method: 'webhook', config: { url: 'https://ci.example.com/quay' }, eventConfig: {} },
      warnings: [],
    });
  });

  it('accepts a plain http URL with a port', () => {
    expect(configOf('webhook', { url: 'http://ci.internal:8080/hook' })).toEqual({ url: 'http://ci.internal:8080/hook' });
  });

  it('requires url', () => {
    expect(messageOf('webhook', {})).toBe(
      'missing webhook config "url" (http(s) URL that receives the POST; not localhost or 127.0.0.1)',
    );
  });

  it('treats an empty url as missing', () => {
    expect(messageOf('webhook', { url: '' })).toBe(
      'missing webhook config "url" (http(s) URL that receives the POST; not localhost or 127.0.0.1)',
    );
  });

  it('refuses a scheme other than http and https', () => {
    expect(messageOf('webhook', { url: 'ftp://example.com/hook' })).toBe(
      'invalid webhook URL "ftp://example.com/hook" (only http and https URLs are allowed)',
    );
  });

  it('refuses text that is not a URL', () => {
    expect(messageOf('webhook', { url: 'example.com/hook' })).toBe(
      'invalid webhook URL "example.com/hook" (only http and https URLs are allowed)',
    );
    expect(messageOf('webhook', { url: 'http://' })).toBe('invalid webhook URL "http://" (not a valid URL)');
  });

  it.each(['http://localhost:8080/hook', 'https://127.0.0.1/hook', 'http://LOCALHOST/hook'])(
    'refuses a localhost webhook URL before sending anything: %s',
    (url) => {
      expect(messageOf('webhook', { url })).toBe(`invalid webhook URL "${url}" (Quay refuses webhooks to localhost and 127.0.0.1)`);
    },
  );

  it('stringifies a template given as an object, because Quay parses a JSON string', () => {
    expect(configOf('webhook', { url: 'https://example.com/hook', template: { text: '${repository} pushed' } })).toEqual({
      url: 'https://example.com/hook',
      template: '{"text":"${repository} pushed"}',
    });
  });

  it('keeps a template given as JSON text unchanged', () => {
    const template = '{ "text": "${updated_tags}" }';
    expect(configOf('webhook', { url: 'https://example.com/hook', template })).toEqual({
      url: 'https://example.com/hook',
      template,
    });
  });

  it('refuses a template that is not JSON', () => {
    expect(messageOf('webhook', { url: 'https://example.com/hook', template: 'not json' })).toBe(
      'invalid webhook template (Could not parse template: Unexpected token \'o\', "not json" is not valid JSON)',
    );
  });

  it('refuses a template with an empty ${} expression', () => {
    expect(messageOf('webhook', { url: 'https://example.com/hook', template: { text: 'tag ${}' } })).toBe(
      'invalid webhook template (Empty expression found)',
    );
  });

  it('drops an empty template', () => {
    expect(configOf('webhook', { url: 'https://example.com/hook', template: '' })).toEqual({ url: 'https://example.com/hook' });
  });

  it('refuses a url that is not text', () => {
    expect(messageOf('webhook', { url: { href: 'https://example.com' } })).toBe(
      'webhook url must be text (got {"href":"https://example.com"})',
    );
  });
});

describe('email', () => {
  it('accepts a well-formed address', () => {
    expect(configOf('email', { email: 'ops@example.com' })).toEqual({ email: 'ops@example.com' });
  });

  it('requires email', () => {
    expect(messageOf('email', {})).toBe(
      'missing email config "email" (recipient address; it must be authorized for the repository first)',
    );
  });

  it.each(['ops', 'ops@example', 'ops @example.com', '@example.com'])('refuses the malformed address %j', (email) => {
    expect(messageOf('email', { email })).toBe(`invalid e-mail address "${email}" (expected name@example.com)`);
  });
});

describe('slack', () => {
  it('accepts an incoming-webhook URL without warnings', () => {
    expect(validate('slack', { url: SLACK_URL })).toEqual({
      body: { event: 'repo_push', method: 'slack', config: { url: SLACK_URL }, eventConfig: {} },
      warnings: [],
    });
  });

  it('warns, without failing or repeating the secret URL, when the URL does not look like a Slack webhook', () => {
    const url = 'https://hooks.slack.com/workflows/T0/abc';
    const result = validate('slack', { url });
    expect(result.body.config).toEqual({ url });
    expect(result.warnings).toEqual([
      "the Slack URL does not look like https://hooks.slack.com/services/<team>/<channel>/<token>; Quay's web UI would refuse it",
    ]);
  });

  it('requires url', () => {
    expect(messageOf('slack', {})).toBe('missing slack config "url" (Slack incoming-webhook URL (https://hooks.slack.com/services/...))');
  });
});

describe('flowdock', () => {
  it('accepts a token', () => {
    expect(configOf('flowdock', { flow_api_token: 'abc123' })).toEqual({ flow_api_token: 'abc123' });
  });

  it('takes a token that key=value parsing turned into a number back as text', () => {
    expect(configOf('flowdock', { flow_api_token: 12345 })).toEqual({ flow_api_token: '12345' });
  });

  it('requires flow_api_token', () => {
    expect(messageOf('flowdock', {})).toBe('missing flowdock config "flow_api_token" (Flowdock flow API token)');
  });
});

describe('hipchat', () => {
  it('accepts a token and a room number, sending the room as text like Quay\'s UI', () => {
    expect(configOf('hipchat', { notification_token: 'tok', room_id: 1234 })).toEqual({
      notification_token: 'tok',
      room_id: '1234',
    });
  });

  it('refuses a room name', () => {
    expect(messageOf('hipchat', { notification_token: 'tok', room_id: 'ops' })).toBe(
      'invalid HipChat room_id "ops" (expected the room number, not its name)',
    );
  });

  // Both missing keys are named at once (they were named one run at a time), still in Quay's order.
  it('names the token first, then the room, in Quay\'s order', () => {
    expect(messageOf('hipchat', {})).toBe(
      'missing hipchat config "notification_token" (HipChat room notification token) and hipchat config "room_id" (HipChat room number (not its name))',
    );
    expect(messageOf('hipchat', { notification_token: 'tok' })).toBe(
      'missing hipchat config "room_id" (HipChat room number (not its name))',
    );
  });
});

describe('quay_notification', () => {
  const forms = 'user:NAME, team:NAME, org:NAME or {"kind":"user","name":"NAME"}';

  it('accepts a target object', () => {
    expect(configOf('quay_notification', { target: { kind: 'team', name: 'owners' } })).toEqual({
      target: { kind: 'team', name: 'owners' },
    });
  });

  it.each([
    ['user:alice', { kind: 'user', name: 'alice' }],
    ['team:owners', { kind: 'team', name: 'owners' }],
    ['org:acme', { kind: 'org', name: 'acme' }],
  ])('accepts the text form %s', (target, expected) => {
    expect(configOf('quay_notification', { target })).toEqual({ target: expected });
  });

  it('keeps the extra fields Quay\'s UI stores, so exported targets apply unchanged', () => {
    const target = { kind: 'user', name: 'quayadmin', is_robot: false, avatar: { name: 'quayadmin', kind: 'user' } };
    expect(configOf('quay_notification', { target })).toEqual({ target });
  });

  it('requires target', () => {
    expect(messageOf('quay_notification', {})).toBe(`missing quay_notification config "target" (who is notified: ${forms})`);
  });

  it('refuses text without a kind', () => {
    expect(messageOf('quay_notification', { target: 'alice' })).toBe(`invalid target "alice" (expected ${forms})`);
  });

  it('suggests the closest kind', () => {
    expect(messageOf('quay_notification', { target: 'usr:alice' })).toBe(
      'unknown target kind "usr" (allowed: user, team, org); did you mean "user"?',
    );
  });

  it('refuses a target without a kind or a name', () => {
    expect(messageOf('quay_notification', { target: { name: 'alice' } })).toBe(`target has no kind (expected ${forms})`);
    expect(messageOf('quay_notification', { target: 'user:' })).toBe(`target has no name (expected ${forms})`);
  });

  it('refuses a target that is neither text nor an object', () => {
    expect(messageOf('quay_notification', { target: ['user', 'alice'] })).toBe(
      `invalid target ["user","alice"] (expected ${forms})`,
    );
  });

  it('refuses a robot account, which Quay cannot notify', () => {
    expect(messageOf('quay_notification', { target: 'user:acme+deployer' })).toBe(
      'target "acme+deployer" is a robot account (Quay notifies only users, teams and organizations)',
    );
  });
});
