import { describe, expect, it } from 'vitest';
import {
  createRepositoryResponseSchema,
  notificationCreateBodySchema,
  notificationListSchema,
  notificationSchema,
  quayErrorBodySchema,
  quayErrorMessage,
  repositoryDetailSchema,
  repositoryListPageSchema,
  successSchema,
} from '../../../src/platforms/quay/schemas.js';

// Example outputs from the Red Hat Quay API guide (seeds 000 and 001).
const createdRepository = { namespace: 'quayadmin', name: 'busybox', kind: 'image' };
const repositoryPage = {
  repositories: [
    {
      namespace: 'quayadmin',
      name: 'busybox',
      description: null,
      is_public: false,
      kind: 'image',
      state: 'MIRROR',
      is_starred: false,
      quota_report: { quota_bytes: 2280675, configured_quota: 2199023255552 },
    },
  ],
};
const quayNotification = {
  uuid: '240662ea-597b-499d-98bb-2b57e73408d6',
  title: null,
  event: 'repo_push',
  method: 'quay_notification',
  config: {
    target: {
      name: 'quayadmin',
      kind: 'user',
      is_robot: false,
      avatar: { name: 'quayadmin', hash: 'b28d563a', color: '#17becf', kind: 'user' },
    },
  },
  event_config: {},
  number_of_failures: 0,
};
const notFound = {
  detail: 'Not Found',
  error_message: 'Not Found',
  error_type: 'not_found',
  title: 'not_found',
  type: 'http://quay-server.example.com/api/v1/error/not_found',
  status: 404,
};

describe('Quay response schemas', () => {
  it('parse the created repository', () => {
    expect(createRepositoryResponseSchema.parse(createdRepository)).toEqual(createdRepository);
  });

  it('parse a repository list page, with and without next_page', () => {
    expect(repositoryListPageSchema.parse(repositoryPage)).toEqual(repositoryPage);
    const withToken = { ...repositoryPage, next_page: 'gAAAAAB…' };
    expect(repositoryListPageSchema.parse(withToken).next_page).toBe('gAAAAAB…');
  });

  it('parse list items carrying last_modified and popularity, and a null state', () => {
    const item = { ...repositoryPage.repositories[0], state: null, last_modified: 1700000000, popularity: 3.0 };
    expect(repositoryListPageSchema.parse({ repositories: [item] }).repositories[0]).toEqual(item);
  });

  it('keep fields a newer Quay adds', () => {
    const page = repositoryListPageSchema.parse({
      repositories: [{ ...repositoryPage.repositories[0], immutability: true }],
      extra: 1,
    });
    expect(page).toMatchObject({ extra: 1, repositories: [{ immutability: true }] });
  });

  it('reject a list item without is_public', () => {
    const { is_public: _omitted, ...item } = repositoryPage.repositories[0];
    expect(repositoryListPageSchema.safeParse({ repositories: [item] }).success).toBe(false);
  });

  it('parse a repository detail with tags, and one without', () => {
    const detail = {
      namespace: 'acme',
      name: 'app',
      kind: 'image',
      description: 'An app',
      is_public: true,
      is_organization: true,
      is_starred: false,
      status_token: '',
      trust_enabled: false,
      tag_expiration_s: 1209600,
      is_free_account: true,
      state: 'NORMAL',
      can_write: true,
      can_admin: true,
      tags: {
        latest: {
          name: 'latest',
          size: 2000,
          last_modified: 'Thu, 01 Feb 2024 10:00:00 -0000',
          manifest_digest: 'sha256:abc',
        },
      },
    };
    expect(repositoryDetailSchema.parse(detail)).toEqual(detail);
    const { tags: _tags, ...withoutTags } = detail;
    expect(repositoryDetailSchema.parse(withoutTags)).toEqual(withoutTags);
  });

  it('parse {success: true}', () => {
    expect(successSchema.parse({ success: true })).toEqual({ success: true });
    expect(successSchema.safeParse(null).success).toBe(false);
  });

  it('parse a notification with its stored config and event_config', () => {
    expect(notificationSchema.parse(quayNotification)).toEqual(quayNotification);
  });

  it('parse a notification list, empty or not', () => {
    expect(notificationListSchema.parse({ notifications: [] })).toEqual({ notifications: [] });
    expect(notificationListSchema.parse({ notifications: [quayNotification] }).notifications[0].uuid).toBe(
      '240662ea-597b-499d-98bb-2b57e73408d6',
    );
  });

  it('reject a notification without number_of_failures', () => {
    const { number_of_failures: _omitted, ...notification } = quayNotification;
    expect(notificationSchema.safeParse(notification).success).toBe(false);
  });

  it('describe the create body with camelCase eventConfig', () => {
    const body = { event: 'repo_push', method: 'webhook', config: { url: 'https://x.example' }, eventConfig: {} };
    expect(notificationCreateBodySchema.parse(body)).toEqual(body);
    const { eventConfig: _eventConfig, ...withoutEventConfig } = body;
    expect(notificationCreateBodySchema.safeParse(withoutEventConfig).success).toBe(false);
  });
});

describe('Quay error bodies', () => {
  it('accept the problem format, {message} and {error}', () => {
    expect(quayErrorBodySchema.safeParse(notFound).success).toBe(true);
    expect(quayErrorBodySchema.safeParse({ message: 'The method is not allowed' }).success).toBe(true);
    expect(quayErrorBodySchema.safeParse({ error: 'CSRF token was invalid or missing.' }).success).toBe(true);
    expect(quayErrorBodySchema.safeParse({ unrelated: 1 }).success).toBe(false);
  });

  it('take detail and error_type from the problem format', () => {
    expect(quayErrorMessage(notFound)).toEqual({ message: 'Not Found', code: 'not_found' });
  });

  it('keep only the first line of a jsonschema failure', () => {
    const body = {
      ...notFound,
      detail: "'visibility' is a required property\n\nFailed validating 'required' in schema:\n    {...}",
      error_type: 'invalid_request',
    };
    expect(quayErrorMessage(body)).toEqual({ message: "'visibility' is a required property", code: 'invalid_request' });
  });

  it('prefer detail, then error_message, then message, then error', () => {
    expect(quayErrorMessage({ error_message: 'old', message: 'flask', error: 'abort' })).toEqual({ message: 'old' });
    expect(quayErrorMessage({ message: 'flask', error: 'abort' })).toEqual({ message: 'flask' });
    expect(quayErrorMessage({ error: 'CSRF token was invalid or missing.' })).toEqual({
      message: 'CSRF token was invalid or missing.',
    });
  });

  it('skip empty messages', () => {
    expect(quayErrorMessage({ detail: '', message: 'fallback' })).toEqual({ message: 'fallback' });
  });

  it('use title as the code when error_type is absent', () => {
    expect(quayErrorMessage({ title: 'insufficient_scope', detail: 'Unauthorized' })).toEqual({
      message: 'Unauthorized',
      code: 'insufficient_scope',
    });
  });

  it('flatten flask-restful argument errors', () => {
    expect(quayErrorMessage({ message: { next_page: 'Invalid page token' } })).toEqual({
      message: 'next_page: Invalid page token',
    });
  });

  it('give nothing for bodies that are not Quay errors', () => {
    expect(quayErrorMessage('<html>Bad gateway</html>')).toEqual({});
    expect(quayErrorMessage(null)).toEqual({});
    expect(quayErrorMessage([])).toEqual({});
    expect(quayErrorMessage({})).toEqual({});
    expect(quayErrorMessage({ detail: 42 })).toEqual({});
  });
});
