import { describe, expect, it } from 'vitest';
import {
  createHookBodySchema,
  hookListSchema,
  hookSchema,
  mergeHookUpdate,
  tokenResponseSchema,
  updateHookBodySchema,
  type Hook,
} from '../../../src/platforms/alauda/schemas.js';

// The response documented in Alauda's API documentation (api/webhook.md).
const documentedHook = {
  id: 4,
  subject: 'alaudauser/build_image_demo',
  subject_type: 'build_repo',
  events: ['build:complete'],
  name: 'test hook',
  secret: '123456',
  url: 'http://example.com:8080/v1/builds',
  is_active: true,
  created_by: 'alaudauser',
  created_at: '2015-08-27T09:53:43.563Z',
  updated_at: '2015-08-27T09:53:43.566Z',
};

describe('hook schemas', () => {
  it('parse the documented hook and list', () => {
    expect(hookSchema.parse(documentedHook)).toEqual(documentedHook);
    expect(hookListSchema.parse([documentedHook])).toEqual([documentedHook]);
  });

  it('keep fields the platform adds later', () => {
    expect(hookSchema.parse({ ...documentedHook, region: 'cn-north' })).toMatchObject({ region: 'cn-north' });
  });

  it('refuse a hook with a missing or mistyped field', () => {
    const { is_active: _, ...withoutActive } = documentedHook;
    expect(hookSchema.safeParse(withoutActive).success).toBe(false);
    expect(hookSchema.safeParse({ ...documentedHook, id: '4' }).success).toBe(false);
  });

  it('parse the documented create and update bodies', () => {
    const create = {
      subject_type: 'build_repo',
      subject: 'alaudauser/docker_images_test',
      events: ['build:complete'],
      secret: '123456',
      url: 'http://example.com:8080/v1/builds',
      name: 'test hook',
    };
    expect(createHookBodySchema.parse(create)).toEqual(create);
    const update = {
      events: ['build:complete'],
      secret: 'alaudadoc',
      url: 'http://www.example.com:8080/v1/builds',
      name: 'build hook',
      is_active: false,
    };
    expect(updateHookBodySchema.parse(update)).toEqual(update);
    expect(updateHookBodySchema.safeParse({ ...update, is_active: undefined }).success).toBe(false);
  });

  it('parse the token response', () => {
    expect(tokenResponseSchema.parse({ token: 'abc' }).token).toBe('abc');
    expect(tokenResponseSchema.safeParse({}).success).toBe(false);
  });
});

describe('mergeHookUpdate', () => {
  const current: Hook = hookSchema.parse(documentedHook);

  it('changes only the URL when only the URL is given', () => {
    expect(mergeHookUpdate(current, { url: 'https://new.example.com/hook' })).toEqual({
      events: ['build:complete'],
      secret: '123456',
      url: 'https://new.example.com/hook',
      name: 'test hook',
      is_active: true,
    });
  });

  it('sends the whole writable set and nothing read-only', () => {
    expect(Object.keys(mergeHookUpdate(current, {})).sort()).toEqual(['events', 'is_active', 'name', 'secret', 'url']);
  });

  it('applies a change to false rather than keeping the current true', () => {
    expect(mergeHookUpdate(current, { is_active: false }).is_active).toBe(false);
  });

  it('applies every given field', () => {
    const changes = { events: ['build:complete'], secret: 's', url: 'http://a.example/', name: 'n', is_active: false };
    expect(mergeHookUpdate(current, changes)).toEqual(changes);
  });

  it('does not share the events array with the current hook', () => {
    const merged = mergeHookUpdate(current, {});
    merged.events.push('x');
    expect(current.events).toEqual(['build:complete']);
  });
});
