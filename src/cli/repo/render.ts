// How repositories look in a table; json and yaml print Quay's own objects.
import type { ListSpec, ObjectSpec } from '../../core/output.js';
import type { CreateRepositoryResponse, RepositoryDetail, RepositoryListItem } from '../../platforms/quay/schemas.js';

type Named = { namespace: string; name: string };

export function repositoryId(repository: Named): string {
  return `${repository.namespace}/${repository.name}`;
}

function visibility(repository: { is_public: boolean }): string {
  return repository.is_public ? 'public' : 'private';
}

/** Quay's last_modified is epoch seconds of the newest tag. */
function date(seconds: number | null | undefined): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z') : '';
}

export function repositoryListSpec(options: { lastModified?: boolean; popularity?: boolean } = {}): ListSpec<RepositoryListItem> {
  return {
    columns: [
      { header: 'repository', value: repositoryId },
      { header: 'visibility', value: visibility },
      ...(options.lastModified ? [{ header: 'last modified', value: (row: RepositoryListItem) => date(row.last_modified) }] : []),
      ...(options.popularity ? [{ header: 'popularity', value: (row: RepositoryListItem) => row.popularity }] : []),
      { header: 'description', value: (row) => row.description ?? '' },
    ],
    id: repositoryId,
    // Quay's empty answer to an invalid token is caught before this (QuayClient.checkTokenOfEmptyList).
    empty: 'No repositories.',
  };
}

export const repositoryDetailSpec: ObjectSpec<RepositoryDetail> = {
  fields: [
    { header: 'repository', value: repositoryId },
    { header: 'visibility', value: visibility },
    { header: 'description', value: (repository) => repository.description ?? '' },
    { header: 'kind', value: (repository) => repository.kind },
    { header: 'state', value: (repository) => repository.state ?? '' },
    { header: 'starred', value: (repository) => (repository.is_starred ? 'yes' : 'no') },
    { header: 'admin', value: (repository) => (repository.can_admin ? 'yes' : 'no') },
    { header: 'tags', value: (repository) => (repository.tags ? Object.keys(repository.tags).join(', ') : '(not requested; --tags)') },
  ],
  id: repositoryId,
};

export const createdRepositorySpec: ObjectSpec<CreateRepositoryResponse> = {
  fields: [
    { header: 'repository', value: repositoryId },
    { header: 'kind', value: (repository) => repository.kind },
  ],
  id: repositoryId,
};
