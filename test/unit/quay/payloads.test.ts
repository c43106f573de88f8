import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { eventNames } from '../../../src/platforms/quay/catalog/index.js';
import { samplePayload } from '../../../src/platforms/quay/catalog/samples.js';

const now = new Date('2026-03-01T12:00:00Z');
const base = {
  repository: 'acme/app',
  namespace: 'acme',
  name: 'app',
  docker_url: 'quay.example.com/acme/app',
  homepage: 'https://quay.example.com/repository/acme/app',
};
const repository = { namespace: 'acme', name: 'app', host: 'quay.example.com', now };

const trigger = {
  default_branch: 'master',
  ref: 'refs/heads/somebranch',
  commit: '42d4a62c53350993ea41069e9f2cfdefb0df097d',
};
const triggerWithCommit = {
  ...trigger,
  commit_info: {
    url: 'http://path/to/the/commit',
    message: 'Some commit message',
    date: 1772366400,
    author: {
      username: 'fakeauthor',
      url: 'http://path/to/fake/author/in/scm',
      avatar_url: 'http://www.gravatar.com/avatar/fakehash',
    },
  },
};
const build = {
  build_id: 'fake-build-id',
  build_name: 'some-fake-build',
  docker_tags: ['latest', 'foo', 'bar'],
  trigger_id: '1245634',
  trigger_kind: 'GitHub',
};
const buildHomepage = 'https://quay.example.com/repository/acme/app/build/fake-build-id';

describe('samplePayload', () => {
  it('gives repo_push the base fields plus updated tags', () => {
    expect(samplePayload('repo_push', repository)).toEqual({
      ...base,
      updated_tags: ['latest', 'foo'],
      pruned_image_count: 3,
    });
  });

  it('gives build_queued the commit info and links the build', () => {
    expect(samplePayload('build_queued', repository)).toEqual({
      ...base,
      homepage: buildHomepage,
      is_manual: false,
      ...build,
      trigger_metadata: triggerWithCommit,
    });
  });

  it('gives build_start the trigger without commit info', () => {
    expect(samplePayload('build_start', repository)).toEqual({
      ...base,
      homepage: buildHomepage,
      ...build,
      trigger_metadata: trigger,
    });
  });

  it.each(['build_success', 'build_cancelled'])('gives %s an image id', (event) => {
    expect(samplePayload(event, repository)).toEqual({
      ...base,
      homepage: buildHomepage,
      ...build,
      trigger_metadata: trigger,
      image_id: '1245657346',
    });
  });

  it('gives build_failure an error message and the commit info', () => {
    expect(samplePayload('build_failure', repository)).toEqual({
      ...base,
      homepage: buildHomepage,
      ...build,
      trigger_metadata: triggerWithCommit,
      error_message: 'This is a fake error message',
    });
  });

  it('names the configured severity in the vulnerability sample', () => {
    expect(samplePayload('vulnerability_found', { ...repository, eventConfig: { level: 1 } })).toEqual({
      ...base,
      tags: ['latest', 'prod', 'foo', 'bar', 'baz'],
      image: 'some-image-id',
      vulnerability: {
        id: 'CVE-FAKE-CVE',
        description: 'A futurist vulnerability',
        link: 'https://security-tracker.debian.org/tracker/CVE-FAKE-CVE',
        priority: 'High',
      },
    });
  });

  it.each([
    [{ level: '2' }, 'Medium'],
    [{ level: 0 }, 'Critical'],
    [{ level: 5 }, 'Unknown'],
    [{}, 'Unknown'],
    [{ level: 'critical' }, 'Unknown'],
  ])('reads the event config %j as priority %s, like Quay', (eventConfig, priority) => {
    const payload = samplePayload('vulnerability_found', { ...repository, eventConfig });
    expect(payload.vulnerability).toMatchObject({ priority });
  });

  it.each(['repo_mirror_sync_started', 'repo_mirror_sync_success', 'repo_mirror_sync_failed'])(
    'gives %s the test message',
    (event) => {
      expect(samplePayload(event, repository)).toEqual({ ...base, message: 'TEST NOTIFICATION' });
    },
  );

  it('says how soon tags expire for repo_image_expiry', () => {
    expect(samplePayload('repo_image_expiry', { ...repository, eventConfig: { days: 7 } })).toEqual({
      ...base,
      tags: ['latest', 'v1'],
      expiring_in: '7 days',
    });
  });

  it('leaves expiring_in out when no days are configured', () => {
    expect(samplePayload('repo_image_expiry', repository)).toEqual({ ...base, tags: ['latest', 'v1'] });
  });

  it('takes scheme and host from a base URL, as the emulator has one', () => {
    const payload = samplePayload('repo_push', { ...repository, host: 'http://127.0.0.1:8080' });
    expect(payload).toMatchObject({
      docker_url: '127.0.0.1:8080/acme/app',
      homepage: 'http://127.0.0.1:8080/repository/acme/app',
    });
  });

  it('uses the given scheme for a bare host', () => {
    expect(samplePayload('repo_push', { ...repository, scheme: 'http' }).homepage).toBe(
      'http://quay.example.com/repository/acme/app',
    );
  });

  it('keeps an extended repository name whole', () => {
    expect(samplePayload('repo_push', { ...repository, name: 'team/app' })).toMatchObject({
      repository: 'acme/team/app',
      name: 'team/app',
      docker_url: 'quay.example.com/acme/team/app',
    });
  });

  it('has a sample for every catalog event', () => {
    for (const event of eventNames) {
      expect(samplePayload(event, repository)).toMatchObject({ repository: 'acme/app', namespace: 'acme', name: 'app' });
    }
  });

  it('refuses an unknown event', () => {
    expect(() => samplePayload('repo_pull', repository)).toThrow(UsageError);
    expect(() => samplePayload('repo_pull', repository)).toThrow(/^unknown event "repo_pull" \(allowed: repo_push, /);
  });
});
