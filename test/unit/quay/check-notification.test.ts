import { describe, expect, it } from 'vitest';
import { checkNotification, validateNotification } from '../../../src/platforms/quay/catalog/index.js';

const fieldsAndMessages = (input: Parameters<typeof checkNotification>[0]) =>
  checkNotification(input).problems.map(({ field, error }) => `${field}: ${error.message}`);

describe('checkNotification', () => {
  it('finds the problems of every field at once, each at its field', () => {
    expect(fieldsAndMessages({ event: 'repo_pushh', method: 'webhook', config: { url: 'not a url' }, eventConfig: {}, title: 'x'.repeat(256) })).toEqual([
      expect.stringMatching(/^event: unknown event "repo_pushh" \(allowed: .*\); did you mean "repo_push"\?$/),
      'config: invalid webhook URL "not a url" (only http and https URLs are allowed)',
      'title: title is 256 characters long (Quay allows at most 255)',
    ]);
  });

  it('checks the config of a known method when the event is unknown, and the event config of a known event when the method is unknown', () => {
    expect(fieldsAndMessages({ event: 'repo_push', method: 'pager', config: {}, eventConfig: { colour: 'red' } })).toEqual([
      expect.stringMatching(/^method: unknown method "pager" \(allowed: /),
      'event_config: unknown repo_push event config key "colour" (repo_push takes no event config)',
    ]);
  });

  it('names every missing key in one problem, at the event config when it lacks one', () => {
    expect(fieldsAndMessages({ event: 'repo_image_expiry', method: 'slack', config: {}, eventConfig: {} })).toEqual([
      expect.stringMatching(/^event_config: missing repo_image_expiry event config "days" \(.*\) and slack config "url" \(.*\)$/),
    ]);
    expect(fieldsAndMessages({ event: 'repo_push', method: 'slack', config: {}, eventConfig: {} })).toEqual([expect.stringMatching(/^config: missing slack config "url"/)]);
  });

  it('gives validateNotification its first problem, so a command reports what it always did', () => {
    const input = { event: 'repo_push', method: 'webhook', config: { url: 'https://x.example/h', colour: 'red' }, eventConfig: { level: 'high' } };
    expect(() => validateNotification(input)).toThrow('unknown repo_push event config key "level" (repo_push takes no event config)');
    expect(fieldsAndMessages(input)).toEqual([
      'event_config: unknown repo_push event config key "level" (repo_push takes no event config)',
      expect.stringMatching(/^config: unknown webhook config key "colour" \(allowed: /),
    ]);
  });

  it('returns the body when there is no problem', () => {
    expect(checkNotification({ event: 'repo_push', method: 'webhook', config: { url: 'https://x.example/h' }, eventConfig: {}, title: 'T' })).toEqual({
      notification: { body: { event: 'repo_push', method: 'webhook', config: { url: 'https://x.example/h' }, eventConfig: {}, title: 'T' }, warnings: [] },
      problems: [],
    });
  });
});
