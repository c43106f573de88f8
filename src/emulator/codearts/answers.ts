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

export function repositoryView(repository: SeedRepository) {
  return {
    id: repository.id,
    name: repository.name,
    path: repository.name,
    namespace: repository.namespace,
    path_with_namespace: `${repository.namespace}/${repository.name}`,
    name_with_namespace: `${repository.namespace} / ${repository.name}`,
    uuid: repository.id.toString(16).padStart(32, '0'),
    project_id: 'emulatorproject000000000000000001',
    visibility: 'private',
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
