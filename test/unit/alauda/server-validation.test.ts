import { describe, expect, it } from 'vitest';
import { serverValidateHook } from '../../../src/platforms/alauda/catalog.js';

const validBody = {
  subject_type: 'build_repo',
  subject: 'alaudauser/docker_images_test',
  events: ['build:complete'],
  secret: '123456',
  url: 'http://example.com:8080/v1/builds',
  name: 'test hook',
};

describe('serverValidateHook', () => {
  it('accepts the documented create body', () => {
    expect(serverValidateHook(validBody)).toBeUndefined();
  });

  it('accepts an update body merged with the stored subject, is_active included', () => {
    expect(serverValidateHook({ ...validBody, is_active: false })).toBeUndefined();
  });

  it('reports every missing field the way Django REST framework does', () => {
    expect(serverValidateHook({})).toEqual({
      subject_type: ['This field is required.'],
      subject: ['This field is required.'],
      events: ['This field is required.'],
      url: ['This field is required.'],
      name: ['This field is required.'],
      secret: ['This field is required.'],
    });
  });

  it('refuses a body that is not an object', () => {
    expect(serverValidateHook([validBody])).toEqual({
      non_field_errors: ['Invalid data. Expected a dictionary, but got list.'],
    });
    expect(serverValidateHook('x')).toEqual({
      non_field_errors: ['Invalid data. Expected a dictionary, but got string.'],
    });
  });

  it('refuses an unknown subject type as an invalid choice', () => {
    expect(serverValidateHook({ ...validBody, subject_type: 'repo' })).toEqual({
      subject_type: ['"repo" is not a valid choice.'],
    });
  });

  it('refuses events of another subject type, naming the allowed ones', () => {
    expect(serverValidateHook({ ...validBody, events: ['build:complete', 'image:push'] })).toEqual({
      events: ['"image:push" is not a valid event for subject type build_repo (allowed: build:complete).'],
    });
  });

  it('refuses an empty or non-list events field', () => {
    expect(serverValidateHook({ ...validBody, events: [] })).toEqual({ events: ['This list may not be empty.'] });
    expect(serverValidateHook({ ...validBody, events: 'build:complete' })).toEqual({
      events: ['Expected a list of items but got type "string".'],
    });
  });

  it('checks the subject against its subject type', () => {
    expect(serverValidateHook({ ...validBody, subject: 'docker_images_test' })).toEqual({
      subject: ['Invalid build_repo subject: expected namespace/repo, e.g. alaudauser/docker_images_test.'],
    });
    expect(serverValidateHook({ ...validBody, subject_type: 'job', subject: 'job 1', events: ['job:fail'] })).toEqual({
      subject: ['Invalid job subject: expected a job id without whitespace.'],
    });
  });

  it('refuses a URL that is not absolute http or https', () => {
    expect(serverValidateHook({ ...validBody, url: 'example.com/hook' })).toEqual({ url: ['Enter a valid URL.'] });
  });

  it('refuses blank, null and non-string text fields', () => {
    expect(serverValidateHook({ ...validBody, name: '  ', secret: null, subject: 4 })).toEqual({
      name: ['This field may not be blank.'],
      secret: ['This field may not be null.'],
      subject: ['Not a valid string.'],
    });
  });

  it('refuses a non-boolean is_active', () => {
    expect(serverValidateHook({ ...validBody, is_active: 'yes' })).toEqual({ is_active: ['Must be a valid boolean.'] });
  });
});
