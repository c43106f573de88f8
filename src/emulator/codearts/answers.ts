// CodeArts' answers: API gateway error bodies with the request id, and the views of a repository and
// of a channel's notification settings as the API returns them.
import type { EmulatorResponse } from '../server.js';
import type { SeedRepository, StoredSettings } from './state.js';

/** The emulator's own code for a rejected parameter (the API documents none). */
export const INVALID_PARAMETER_CODE = 'CH.00400001';

export function apiError(status: number, code: string, message: string, requestId?: string): EmulatorResponse {
  return { status, json: { error_code: code, error_msg: message, ...(requestId && { request_id: requestId }) } };
}

export function isResponse(value: unknown): value is EmulatorResponse {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/**
 * Exactly the fields of the SDK's RepositorySimplestDto, in its order (huaweicloud/huaweicloud-sdk-python-v3
 * `huaweicloudsdkcodeartsrepo/v4/model/repository_simplest_dto.py`): there is no `path_with_namespace`.
 * The values are the emulator's own (inferred where the SDK documents no format).
 */
export function repositoryView(repository: SeedRepository) {
  const fullPath = `${repository.namespace}/${repository.path}`;
  return {
    id: repository.id,
    name: repository.name,
    namespace: repository.namespace,
    path: repository.path,
    develop_mode: 'normal',
    visibility: 'private',
    security: 'normal',
    star_count: 0,
    forks_count: 0,
    open_issues_count: 0,
    open_merge_requests_count: 0,
    starred: false,
    name_with_namespace: `${repository.namespaceName} / ${repository.name}`,
    last_activity_at: '2026-01-05T08:00:00.000+08:00',
    forked_from_repository: null,
    permissions: 40,
    archived: false,
    member_count: 1,
    uuid: repository.id.toString(16).padStart(32, '0'),
    description: '',
    last_repository_updated_at: '2026-01-05T08:00:00.000+08:00',
    ssh_url_to_repo: `git@codehub.emulator.local:${fullPath}.git`,
    http_url_to_repo: `https://codehub.emulator.local/${fullPath}.git`,
    status: 'normal',
    active_statistic: [0, 0, 0, 0, 0, 0, 0],
    project_name: 'emulator-project',
    project_id: 'emulatorproject000000000000000001',
    project_is_delete: false,
    creator_id: 1,
  };
}

export function settingsView(repositoryId: number, settings: StoredSettings) {
  return {
    repository_id: repositoryId,
    enabled: settings.enabled,
    config_source: settings.config_source,
    webhook_config: settings.webhook && {
      url: settings.webhook.url,
      mention_users: settings.webhook.mention_users,
      mention_phone: settings.webhook.mention_phone,
      has_token: settings.webhook.token !== '',
    },
    waring_repo_usage_rate: settings.waring_repo_usage_rate,
    subscript_events: settings.subscript_events,
  };
}
