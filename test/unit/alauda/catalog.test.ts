import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  ALAUDA_SUBJECT_TYPES,
  allEventNames,
  eventNamesFor,
  generateSecret,
  parseHookId,
  subjectTypeNames,
  subjectTypesWithEvent,
  validateEvents,
  validateHookName,
  validateHookSecret,
  validateHookUrl,
  validateKnownEvents,
  validateSubject,
  validateSubjectType,
} from '../../../src/platforms/alauda/catalog.js';

/** The UsageError `run` throws, so a test can check its message and hint. */
function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError, nothing was thrown');
}

describe('Alauda catalog', () => {
  it('lists the three subject types with their documented events', () => {
    expect(subjectTypeNames).toEqual(['build_repo', 'image_repo', 'job']);
    expect(eventNamesFor('build_repo')).toEqual(['build:complete']);
    expect(eventNamesFor('image_repo')).toEqual(['image:push']);
    expect(eventNamesFor('job')).toEqual(['job:succeed', 'job:fail']);
    expect(allEventNames).toEqual(['build:complete', 'image:push', 'job:succeed', 'job:fail']);
  });

  it('gives every subject type and event a one-line description', () => {
    for (const type of ALAUDA_SUBJECT_TYPES) {
      expect(type.description).toMatch(/^[^\n]+$/);
      for (const event of type.events) expect(event.description).toMatch(/^[^\n]+$/);
    }
  });

  it('says which subject types an event belongs to', () => {
    expect(subjectTypesWithEvent('image:push')).toEqual(['image_repo']);
    expect(subjectTypesWithEvent('nope')).toEqual([]);
  });
});

describe('validateSubjectType', () => {
  it('accepts each known subject type', () => {
    for (const name of subjectTypeNames) expect(validateSubjectType(name)).toBe(name);
  });

  it('refuses an unknown subject type, listing the allowed ones and the closest', () => {
    const error = usageErrorOf(() => validateSubjectType('build-repo'));
    expect(error.message).toBe(
      'unknown subject type "build-repo" (allowed: build_repo, image_repo, job); did you mean "build_repo"?',
    );
  });

  it('is case-sensitive, as the API is', () => {
    expect(usageErrorOf(() => validateSubjectType('JOB')).message).toContain('did you mean "job"?');
  });
});

describe('validateEvents', () => {
  it('accepts the events of the subject type', () => {
    expect(validateEvents('job', ['job:succeed', 'job:fail'])).toEqual(['job:succeed', 'job:fail']);
  });

  it('drops repeated events, keeping the first order', () => {
    expect(validateEvents('job', ['job:fail', 'job:succeed', 'job:fail'])).toEqual(['job:fail', 'job:succeed']);
  });

  it('refuses an empty list, naming the subject type and its events', () => {
    expect(usageErrorOf(() => validateEvents('job', [])).message).toBe(
      'no events given for subject type job (allowed: job:succeed, job:fail)',
    );
  });

  it('refuses an event of another subject type and says which one it belongs to', () => {
    const error = usageErrorOf(() => validateEvents('build_repo', ['image:push']));
    expect(error.message).toBe('unknown build_repo event "image:push" (allowed: build:complete)');
    expect(error.hint).toBe('image:push belongs to subject type image_repo');
  });

  it('suggests the closest event for a typo', () => {
    const error = usageErrorOf(() => validateEvents('job', ['job:succeed', 'job:failed']));
    expect(error.message).toBe('unknown job event "job:failed" (allowed: job:succeed, job:fail); did you mean "job:fail"?');
    expect(error.hint).toBeUndefined();
  });
});

describe('validateSubject', () => {
  it('accepts namespace/repo for repository subject types', () => {
    expect(validateSubject('build_repo', 'alaudauser/docker_images_test')).toBe('alaudauser/docker_images_test');
    expect(validateSubject('image_repo', 'alaudadoc/nginx')).toBe('alaudadoc/nginx');
  });

  it.each(['docker_images_test', '/repo', 'namespace/', 'a/b/c', 'name space/repo', ''])(
    'refuses the repository subject %j',
    (subject) => {
      expect(usageErrorOf(() => validateSubject('build_repo', subject)).message).toBe(
        `invalid build_repo subject ${JSON.stringify(subject)} (expected namespace/repo, e.g. alaudauser/docker_images_test)`,
      );
    },
  );

  it('accepts a job id', () => {
    expect(validateSubject('job', '3f2a9c1e-77b0-4c1d-9a7e-0d1c5b6e8f21')).toBe('3f2a9c1e-77b0-4c1d-9a7e-0d1c5b6e8f21');
  });

  it.each(['', 'job 1', ' ', 'job\n1'])('refuses the job id %j', (subject) => {
    expect(usageErrorOf(() => validateSubject('job', subject)).message).toBe(
      `invalid job subject ${JSON.stringify(subject)} (expected a job id without whitespace)`,
    );
  });

  it('keeps the message on one line when the value holds a newline', () => {
    expect(usageErrorOf(() => validateSubject('image_repo', 'a\n/b')).message).not.toContain('\n');
  });
});

describe('validateHookUrl', () => {
  it.each(['http://example.com:8080/v1/builds', 'https://hooks.example.com/alauda?x=1', 'http://10.0.0.1/'])(
    'accepts %s',
    (url) => {
      expect(validateHookUrl(url)).toBe(url);
    },
  );

  it.each(['example.com/hook', '/hooks', 'ftp://example.com/hook', 'file:///etc/passwd', 'http://', 'mailto:a@b.c', ''])(
    'refuses %j',
    (url) => {
      expect(usageErrorOf(() => validateHookUrl(url)).message).toBe(
        `invalid hook URL ${JSON.stringify(url)} (expected an absolute http or https URL, e.g. http://example.com:8080/hooks)`,
      );
    },
  );
});

describe('validateHookName', () => {
  it('returns the name without surrounding whitespace', () => {
    expect(validateHookName('  build hook ')).toBe('build hook');
  });

  it.each(['', '   ', '\t'])('refuses the blank name %j', (name) => {
    expect(usageErrorOf(() => validateHookName(name)).message).toBe(
      `invalid hook name ${JSON.stringify(name)} (expected non-empty text)`,
    );
  });
});

describe('parseHookId', () => {
  it.each([
    ['4', 4],
    ['1', 1],
    ['1234567', 1234567],
  ])('reads %s as %d', (text, id) => {
    expect(parseHookId(text)).toBe(id);
  });

  it.each(['0', '-4', '+4', '04', '4.0', '1e3', '0x10', ' 4', 'four', '', '99999999999999999999'])(
    'refuses %j',
    (text) => {
      expect(usageErrorOf(() => parseHookId(text)).message).toBe(
        `invalid hook id ${JSON.stringify(text)} (expected a positive whole number, e.g. 4)`,
      );
    },
  );
});

describe('generateSecret', () => {
  it('makes 64 hex characters, different each time', () => {
    const first = generateSecret();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(generateSecret()).not.toBe(first);
  });
});

describe('validateKnownEvents', () => {
  it('accepts events of any subject type, de-duplicated in the order given', () => {
    expect(validateKnownEvents(['job:fail', 'image:push', 'job:fail'])).toEqual(['job:fail', 'image:push']);
  });

  it('refuses an event Alauda does not know, suggesting the closest', () => {
    expect(usageErrorOf(() => validateKnownEvents(['build:completed'])).message).toBe(
      'unknown event "build:completed" (allowed: build:complete, image:push, job:succeed, job:fail); did you mean "build:complete"?',
    );
  });
});

describe('validateHookSecret', () => {
  it('keeps the secret exactly as given, surrounding spaces too', () => {
    expect(validateHookSecret(' s3cret ')).toBe(' s3cret ');
  });

  it.each(['', '  '])('refuses the blank secret %j without quoting it back', (secret) => {
    expect(usageErrorOf(() => validateHookSecret(secret)).message).toBe('invalid hook secret (expected non-empty text)');
  });
});
