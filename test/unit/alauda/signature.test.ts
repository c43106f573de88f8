import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildDelivery,
  formatEventTime,
  parseEventTime,
  sampleEventData,
  signDelivery,
  verifyDelivery,
} from '../../../src/platforms/alauda/signature.js';
import { allEventNames } from '../../../src/platforms/alauda/catalog.js';

// HMAC-SHA1 written out from RFC 2104, so the test does not trust the code it checks.
function referenceHmacSha1(key: string, message: string): string {
  const blockSize = 64;
  let keyBytes = Buffer.from(key, 'utf8');
  if (keyBytes.length > blockSize) keyBytes = createHash('sha1').update(keyBytes).digest();
  const padded = Buffer.concat([keyBytes, Buffer.alloc(blockSize - keyBytes.length)]);
  const inner = Buffer.from(padded.map((byte) => byte ^ 0x36));
  const outer = Buffer.from(padded.map((byte) => byte ^ 0x5c));
  const innerHash = createHash('sha1').update(inner).update(message, 'utf8').digest();
  return createHash('sha1').update(outer).update(innerHash).digest('hex');
}

const secret = '123456';
const eventTime = '2015-08-27T06:08:55.092827Z';
const deliveredAt = new Date('2015-08-27T06:09:00.000Z');

describe('signDelivery', () => {
  it('signs the event time with HMAC-SHA1 of the secret, as lower-case hex', () => {
    // Computed with Python's hmac module.
    expect(signDelivery(secret, eventTime)).toBe('sha1=39503e5a8afaca08501de65cf836cff7c2cb6115');
    expect(signDelivery(secret, eventTime)).toBe(`sha1=${referenceHmacSha1(secret, eventTime)}`);
  });

  it('matches the published HMAC-SHA1 test vector', () => {
    expect(signDelivery('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      'sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9',
    );
  });

  it('agrees with the reference for a long key and non-ASCII text', () => {
    const longKey = 'k'.repeat(100);
    expect(signDelivery(longKey, 'événement')).toBe(`sha1=${referenceHmacSha1(longKey, 'événement')}`);
  });
});

describe('verifyDelivery', () => {
  const signature = signDelivery(secret, eventTime);

  it('accepts a fresh delivery signed with the secret', () => {
    expect(verifyDelivery({ secret, eventTime, signature, now: deliveredAt })).toEqual({ ok: true });
  });

  it('refuses a signature made with another secret', () => {
    expect(verifyDelivery({ secret: 'other', eventTime, signature, now: deliveredAt })).toEqual({
      ok: false,
      reason: 'signature does not match',
    });
  });

  it('refuses a delivery whose event time was changed', () => {
    const replayedAt = '2015-08-27T06:08:59.000000Z';
    expect(verifyDelivery({ secret, eventTime: replayedAt, signature, now: deliveredAt })).toEqual({
      ok: false,
      reason: 'signature does not match',
    });
  });

  it('refuses a tampered signature of the right length', () => {
    const tampered = signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0');
    expect(verifyDelivery({ secret, eventTime, signature: tampered, now: deliveredAt }).ok).toBe(false);
  });

  it.each([
    ['truncated', signature.slice(0, -2)],
    ['without its prefix', signature.slice('sha1='.length)],
    ['padded', `${signature}00`],
    ['a multi-byte look-alike', signature.slice(0, -1) + 'é'],
  ])('refuses a %s signature without throwing', (_, wrong) => {
    expect(verifyDelivery({ secret, eventTime, signature: wrong, now: deliveredAt })).toEqual({
      ok: false,
      reason: 'signature has the wrong length',
    });
  });

  it('refuses missing headers', () => {
    expect(verifyDelivery({ secret, eventTime, signature: undefined })).toEqual({
      ok: false,
      reason: 'missing X-Alauda-Signature header',
    });
    expect(verifyDelivery({ secret, eventTime: '', signature })).toEqual({
      ok: false,
      reason: 'missing X-Alauda-Event-Time header',
    });
  });

  it('refuses a stale event time even when correctly signed', () => {
    const later = new Date('2015-08-27T06:18:55.092Z');
    expect(verifyDelivery({ secret, eventTime, signature, now: later })).toEqual({
      ok: false,
      reason: 'event time is 600 s old (limit 300 s)',
    });
  });

  it('refuses an event time too far in the future', () => {
    const earlier = new Date('2015-08-27T05:58:55.092Z');
    expect(verifyDelivery({ secret, eventTime, signature, now: earlier })).toEqual({
      ok: false,
      reason: 'event time is 600 s in the future (limit 300 s)',
    });
  });

  it('honours a custom age limit', () => {
    const tenSecondsLater = new Date('2015-08-27T06:09:05.092Z');
    expect(verifyDelivery({ secret, eventTime, signature, now: tenSecondsLater, maxAgeSeconds: 5 }).ok).toBe(false);
    expect(verifyDelivery({ secret, eventTime, signature, now: tenSecondsLater, maxAgeSeconds: 60 }).ok).toBe(true);
  });

  it('refuses a signed but unreadable event time', () => {
    const notATime = 'yesterday';
    expect(verifyDelivery({ secret, eventTime: notATime, signature: signDelivery(secret, notATime) })).toEqual({
      ok: false,
      reason: 'unreadable event time "yesterday"',
    });
  });
});

describe('event times', () => {
  it('formats UTC with microseconds', () => {
    expect(formatEventTime(new Date('2015-08-27T06:08:55.092Z'))).toBe('2015-08-27T06:08:55.092000Z');
  });

  it('reads the format Alauda sends, back to the millisecond', () => {
    expect(parseEventTime(eventTime)).toBe(Date.UTC(2015, 7, 27, 6, 8, 55, 92));
    expect(parseEventTime('2015-08-27T06:08:55Z')).toBe(Date.UTC(2015, 7, 27, 6, 8, 55));
  });

  it.each(['2015-08-27 06:08:55Z', '2015-08-27T06:08:55+08:00', '2015-08-27', '2015-13-45T06:08:55Z'])(
    'does not read %j',
    (text) => {
      expect(parseEventTime(text)).toBeUndefined();
    },
  );
});

describe('buildDelivery', () => {
  const hook = {
    id: 4,
    subject_type: 'build_repo',
    subject: 'alaudauser/docker_images_test',
    secret,
    url: 'http://example.com:8080/v1/builds',
  };
  const data = { build_id: 'b1', status: 'S' };
  const delivery = buildDelivery({ hook, event: 'build:complete', data, sender: 'alaudauser', secret, now: deliveredAt });

  it('carries the Alauda headers, signed over the event time', () => {
    expect(delivery.headers).toEqual({
      'User-Agent': 'Alauda/Webhook/1.0',
      'X-Alauda-Event': 'build:complete',
      'X-Alauda-Event-Time': '2015-08-27T06:09:00.000000Z',
      'X-Alauda-Signature': signDelivery(secret, '2015-08-27T06:09:00.000000Z'),
      'Content-Type': 'application/json',
    });
  });

  it('is accepted by verifyDelivery', () => {
    const result = verifyDelivery({
      secret,
      eventTime: delivery.headers['X-Alauda-Event-Time'],
      signature: delivery.headers['X-Alauda-Signature'],
      now: deliveredAt,
    });
    expect(result).toEqual({ ok: true });
  });

  it('sends the hook identity, the data and the sender, never the secret', () => {
    expect(delivery.body).toEqual({
      hook: { id: 4, subject_type: 'build_repo', subject: 'alaudauser/docker_images_test' },
      data,
      sender: { username: 'alaudauser' },
    });
    expect(JSON.stringify(delivery.body)).not.toContain(secret);
  });
});

describe('sampleEventData', () => {
  const repository = { id: 4, subject_type: 'build_repo', subject: 'alaudauser/docker_images_test' };

  it('gives build:complete the documented fields', () => {
    const data = sampleEventData('build:complete', repository);
    expect(Object.keys(data).sort()).toEqual([
      'build_id',
      'code_repo_type_value',
      'created_by',
      'docker_repo_path',
      'docker_repo_version_tag',
      'status',
    ]);
    expect(data).toMatchObject({
      docker_repo_path: 'index.alauda.cn/alaudauser/docker_images_test',
      created_by: 'alaudauser',
      status: 'S',
    });
  });

  it('gives image:push the pushed repository and tag', () => {
    expect(sampleEventData('image:push', { ...repository, subject_type: 'image_repo' })).toMatchObject({
      docker_repo_path: 'index.alauda.cn/alaudauser/docker_images_test',
      docker_repo_version_tag: 'latest',
    });
  });

  it('gives job events the job id and a matching status', () => {
    const job = { id: 5, subject_type: 'job', subject: 'job-42' };
    expect(sampleEventData('job:succeed', job)).toEqual({ job_id: 'job-42', status: 'S' });
    expect(sampleEventData('job:fail', job)).toEqual({ job_id: 'job-42', status: 'F' });
  });

  it('has data for every event in the catalog', () => {
    for (const event of allEventNames) expect(Object.keys(sampleEventData(event, repository)).length).toBeGreaterThan(0);
  });
});
