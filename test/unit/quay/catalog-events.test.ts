import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  QUAY_EVENTS,
  eventNames,
  parseSeverityLevel,
  severityNames,
  validateNotification,
  type NotificationInput,
} from '../../../src/platforms/quay/catalog/index.js';

const webhook = { url: 'https://hooks.example.com/quay' };

function input(event: string, eventConfig: Record<string, unknown> = {}, extra: Partial<NotificationInput> = {}): NotificationInput {
  return { event, method: 'webhook', config: webhook, eventConfig, ...extra };
}

function eventConfigOf(event: string, eventConfig: Record<string, unknown>): Record<string, unknown> {
  return validateNotification(input(event, eventConfig)).body.eventConfig;
}

function usageErrorOf(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError, nothing was thrown');
}

const ALL_EVENTS =
  'repo_push, build_queued, build_start, build_success, build_failure, build_cancelled, vulnerability_found, ' +
  'repo_mirror_sync_started, repo_mirror_sync_success, repo_mirror_sync_failed, repo_image_expiry';

describe('Quay event catalog', () => {
  it('lists the eleven repository events in a stable order', () => {
    expect(eventNames).toEqual(ALL_EVENTS.split(', '));
  });

  it('gives every event and every event config key a one-line description', () => {
    for (const event of QUAY_EVENTS) {
      expect(event.description).toMatch(/^[^\n]+$/);
      for (const key of event.eventConfigKeys) expect(key.description).toMatch(/^[^\n]+$/);
    }
  });

  it('lists the severity names for completion, most severe first', () => {
    expect(severityNames).toEqual(['critical', 'high', 'medium', 'low', 'negligible', 'unknown']);
  });
});

describe('validateNotification: events', () => {
  it('builds the wire body with an empty eventConfig and no title when none is given', () => {
    expect(validateNotification(input('repo_push'))).toEqual({
      body: { event: 'repo_push', method: 'webhook', config: webhook, eventConfig: {} },
      warnings: [],
    });
  });

  it('suggests the closest event for a typo and lists the allowed ones', () => {
    const error = usageErrorOf(() => validateNotification(input('repo_psh')));
    expect(error.message).toBe(`unknown event "repo_psh" (allowed: ${ALL_EVENTS}); did you mean "repo_push"?`);
    expect(error.hint).toBe('run "regnotify events" to list Quay events and methods');
  });

  it('refuses the misspelling build_canceled that other clients send (Quay answers 500)', () => {
    expect(usageErrorOf(() => validateNotification(input('build_canceled'))).message).toBe(
      `unknown event "build_canceled" (allowed: ${ALL_EVENTS}); did you mean "build_cancelled"?`,
    );
  });

  it.each(['repo_push', 'repo_mirror_sync_started', 'repo_mirror_sync_success', 'repo_mirror_sync_failed'])(
    'refuses any event config for %s, which takes none',
    (event) => {
      expect(usageErrorOf(() => eventConfigOf(event, { level: 1 })).message).toBe(
        `unknown ${event} event config key "level" (${event} takes no event config)`,
      );
    },
  );

  it('drops blank event config values instead of sending them', () => {
    expect(eventConfigOf('repo_push', { level: '', other: null })).toEqual({});
  });

  it('does not modify the caller\'s objects', () => {
    const eventConfig = { level: 'HIGH' };
    const config = { url: 'https://hooks.example.com/quay', template: { text: '${repository}' } };
    validateNotification({ event: 'vulnerability_found', method: 'webhook', config, eventConfig });
    expect(eventConfig).toEqual({ level: 'HIGH' });
    expect(config.template).toEqual({ text: '${repository}' });
  });
});

describe('validateNotification: build events and ref-regex', () => {
  const buildEvents = ['build_queued', 'build_start', 'build_success', 'build_failure', 'build_cancelled'];

  it.each(buildEvents)('passes a valid ref-regex through for %s', (event) => {
    expect(eventConfigOf(event, { 'ref-regex': '^refs/heads/(main|release-.*)$' })).toEqual({
      'ref-regex': '^refs/heads/(main|release-.*)$',
    });
  });

  it.each(buildEvents)('sends {} for %s without a ref-regex', (event) => {
    expect(eventConfigOf(event, {})).toEqual({});
  });

  it('refuses a ref-regex that does not compile, naming it and the reason', () => {
    expect(usageErrorOf(() => eventConfigOf('build_failure', { 'ref-regex': '(' })).message).toBe(
      'invalid ref-regex "(" (missing ), unterminated subpattern at position 0)',
    );
  });

  it('suggests ref-regex for ref_regex', () => {
    expect(usageErrorOf(() => eventConfigOf('build_start', { ref_regex: 'main' })).message).toBe(
      'unknown build_start event config key "ref_regex" (allowed: ref-regex); did you mean "ref-regex"?',
    );
  });

  it('refuses a ref-regex that is not text', () => {
    expect(usageErrorOf(() => eventConfigOf('build_start', { 'ref-regex': ['main'] })).message).toBe(
      'ref-regex must be text (got ["main"])',
    );
  });

  it('treats an empty ref-regex as none, as Quay does', () => {
    expect(eventConfigOf('build_success', { 'ref-regex': '' })).toEqual({});
  });
});

describe('validateNotification: vulnerability_found level', () => {
  it.each([
    ['critical', 0, 'Critical'],
    ['High', 1, 'High'],
    ['MEDIUM', 2, 'Medium'],
    ['low', 3, 'Low'],
    ['Negligible', 4, 'Negligible'],
    ['unknown', 5, 'Unknown'],
  ])('stores severity %s as level %i with vulnerability.priority %s', (name, level, priority) => {
    expect(eventConfigOf('vulnerability_found', { level: name })).toEqual({ level, vulnerability: { priority } });
  });

  it.each([
    [0, 0],
    [5, 5],
    ['3', 3],
  ])('accepts the level number %j', (given, level) => {
    expect(eventConfigOf('vulnerability_found', { level: given })).toMatchObject({ level });
  });

  it('sends the level as a number even when given as text', () => {
    expect(eventConfigOf('vulnerability_found', { level: '1' })).toEqual({ level: 1, vulnerability: { priority: 'High' } });
  });

  it.each([6, -1, 1.5, '9'])('refuses the out-of-range level %j', (level) => {
    const error = usageErrorOf(() => eventConfigOf('vulnerability_found', { level }));
    expect(error.message).toBe(`invalid vulnerability level ${JSON.stringify(level)} (allowed: 0-5, 0 = critical … 5 = unknown)`);
    expect(error.hint).toBe('use a severity name or a level number from 0 (critical) to 5 (unknown)');
  });

  it('suggests the closest severity name for a typo', () => {
    expect(usageErrorOf(() => eventConfigOf('vulnerability_found', { level: 'hgh' })).message).toBe(
      'unknown severity "hgh" (allowed: critical, high, medium, low, negligible, unknown); did you mean "high"?',
    );
  });

  it('refuses a level that is neither a number nor a name', () => {
    expect(usageErrorOf(() => parseSeverityLevel(true)).message).toBe(
      'invalid vulnerability level true (allowed: 0-5 or a severity name)',
    );
  });

  it('sends {} when no level is given (Quay then fires for every severity)', () => {
    expect(eventConfigOf('vulnerability_found', {})).toEqual({});
  });

  it('accepts an exported config that already carries vulnerability.priority', () => {
    expect(eventConfigOf('vulnerability_found', { level: 2, vulnerability: { priority: 'Medium' } })).toEqual({
      level: 2,
      vulnerability: { priority: 'Medium' },
    });
  });

  it('derives the level from vulnerability.priority alone', () => {
    expect(eventConfigOf('vulnerability_found', { vulnerability: { priority: 'low' } })).toEqual({
      level: 3,
      vulnerability: { priority: 'Low' },
    });
  });

  it('refuses a level and a vulnerability.priority that disagree', () => {
    const error = usageErrorOf(() =>
      eventConfigOf('vulnerability_found', { level: 1, vulnerability: { priority: 'Critical' } }),
    );
    expect(error.message).toBe('vulnerability level 1 (high) and vulnerability.priority "Critical" disagree');
    expect(error.hint).toBe('give only level; regnotify sets vulnerability.priority to match');
  });

  it('refuses a vulnerability value without a priority', () => {
    expect(usageErrorOf(() => eventConfigOf('vulnerability_found', { vulnerability: 'High' })).message).toBe(
      'vulnerability must be an object like {"priority":"High"} (got "High")',
    );
  });

  it('suggests level for a misspelt key', () => {
    expect(usageErrorOf(() => eventConfigOf('vulnerability_found', { levle: 1 })).message).toBe(
      'unknown vulnerability_found event config key "levle" (allowed: level, vulnerability); did you mean "level"?',
    );
  });
});

describe('validateNotification: repo_image_expiry days', () => {
  it('sends days as a number', () => {
    expect(eventConfigOf('repo_image_expiry', { days: 7 })).toEqual({ days: 7 });
  });

  it('accepts days given as text', () => {
    expect(eventConfigOf('repo_image_expiry', { days: '14' })).toEqual({ days: 14 });
  });

  it('requires days', () => {
    expect(usageErrorOf(() => eventConfigOf('repo_image_expiry', {})).message).toBe(
      'missing repo_image_expiry event config "days" (notify this many days (1 or more) before a tag expires)',
    );
  });

  it.each([0, -1, 1.5, '7.5', 'abc', true])('refuses days %j', (days) => {
    expect(usageErrorOf(() => eventConfigOf('repo_image_expiry', { days })).message).toBe(
      `invalid days ${JSON.stringify(days)} for repo_image_expiry (expected a whole number of days, 1 or more)`,
    );
  });
});

describe('validateNotification: title', () => {
  it('sends the title when given', () => {
    expect(validateNotification(input('repo_push', {}, { title: 'Push to Slack' })).body.title).toBe('Push to Slack');
  });

  it('omits an empty title', () => {
    expect(validateNotification(input('repo_push', {}, { title: '' })).body).not.toHaveProperty('title');
  });

  it('accepts a title of exactly 255 characters, counting characters rather than UTF-16 units', () => {
    expect(validateNotification(input('repo_push', {}, { title: 'x'.repeat(255) })).body.title).toHaveLength(255);
    expect(validateNotification(input('repo_push', {}, { title: '🚀'.repeat(255) })).body.title).toBe('🚀'.repeat(255));
  });

  it('refuses a title longer than 255 characters', () => {
    expect(usageErrorOf(() => validateNotification(input('repo_push', {}, { title: 'x'.repeat(256) }))).message).toBe(
      'title is 256 characters long (Quay allows at most 255)',
    );
  });
});
