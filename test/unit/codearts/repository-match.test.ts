import { describe, expect, it } from 'vitest';
import { matchesRepository } from '../../../src/platforms/codearts/client.js';

// The fields the list returns (RepositorySimplestDto): namespace and path, no path_with_namespace.
const repository = { id: 7, name: 'api', path: 'api', namespace: 'team/backend', name_with_namespace: 'team / backend / api' };
const displayed = { id: 8, name: 'Payments API', path: 'payments-api', namespace: 'platform', name_with_namespace: 'Platform Team / Payments API' };

describe('matchesRepository', () => {
  it('matches the exact namespace/path or the name_with_namespace with its spaces ignored', () => {
    expect(matchesRepository(repository, 'team/backend/api')).toBe(true);
    expect(matchesRepository(repository, 'team / backend / api')).toBe(true);
    expect(matchesRepository(repository, 'backend/api')).toBe(false);
    expect(matchesRepository(repository, 'Team/backend/api')).toBe(false);
  });

  it('matches a bare name against the name or path', () => {
    expect(matchesRepository(repository, 'api')).toBe(true);
    expect(matchesRepository(repository, 'ap')).toBe(false);
  });

  it('matches a repository whose display name differs from its path by either, never by a mix', () => {
    expect(matchesRepository(displayed, 'platform/payments-api')).toBe(true);
    expect(matchesRepository(displayed, 'Platform Team/Payments API')).toBe(true);
    expect(matchesRepository(displayed, 'Platform Team / Payments API')).toBe(true);
    expect(matchesRepository(displayed, 'platform/Payments API')).toBe(false);
    expect(matchesRepository(displayed, 'payments-api')).toBe(true);
    expect(matchesRepository(displayed, 'Payments API')).toBe(true);
  });
});
