import { describe, expect, it } from 'vitest';
import { matchesRepository } from '../../../src/platforms/codearts/client.js';

const repository = { id: 7, name: 'api', path: 'api', path_with_namespace: 'team/backend/api', name_with_namespace: 'team / backend / api' };

describe('matchesRepository', () => {
  it('matches the exact path_with_namespace or the name_with_namespace with its spaces ignored', () => {
    expect(matchesRepository(repository, 'team/backend/api')).toBe(true);
    expect(matchesRepository(repository, 'team / backend / api')).toBe(true);
    expect(matchesRepository(repository, 'backend/api')).toBe(false);
    expect(matchesRepository(repository, 'Team/backend/api')).toBe(false);
  });

  it('matches a bare name against the name or path', () => {
    expect(matchesRepository(repository, 'api')).toBe(true);
    expect(matchesRepository(repository, 'ap')).toBe(false);
  });
});
