import { parseRepositoryRef, REPOSITORY_VISIBILITIES, validateNamespace, validateRepositoryName } from '../../platforms/quay/names.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { defineCommand } from '../define.js';
import { createdRepositorySpec, repositoryDetailSpec, repositoryId } from './render.js';

export const createSpec = defineCommand({
  name: 'create',
  description: 'Create a repository',
  writes: true,
  arguments: [{ name: 'name', description: 'repository name: lower-case letters, digits, ".", "_" and "-"; "/" separates parts; at most 255 characters' }],
  options: {
    namespace: { value: 'namespace', description: "user or organization that owns it (default: the profile's namespace, else the token's user)" },
    visibility: { value: 'visibility', description: 'who may pull it', choices: REPOSITORY_VISIBILITIES, strict: true, default: 'private' },
    description: { value: 'text', description: 'Markdown description', default: '' },
    ifNotExists: { description: 'when it exists already, print it (as repo get does) and create nothing, exit 0' },
  },
  examples: [
    'regnotify repo create payments --namespace acme --description "The payments service"',
    'regnotify repo create tools/linter --visibility public',
    'REPO=$(regnotify repo create app --namespace acme -q)',
    'regnotify repo create app --namespace acme --dry-run   # print the POST, send nothing',
    '# a script that runs twice: the second run prints the repository and exits 0',
    'regnotify repo create app --namespace acme --if-not-exists -q',
  ],
  async run(context, [name], options) {
    validateRepositoryName(name);
    const connection = await context.connection('quay');
    const namespace = options.namespace ?? connection.profile?.namespace;
    if (namespace !== undefined) validateNamespace(namespace);
    const visibility = options.visibility ?? 'private';
    const quay = await context.api(quayPlatform);
    if (options.ifNotExists) {
      // Quay creates it in the token's own namespace when none is named.
      const repository = `${namespace ?? (await quay.currentUsername())}/${name}`;
      const existing = await quay.repositories.find(parseRepositoryRef(repository));
      if (existing) {
        context.output.notice(`repository ${repository} already exists; nothing created`);
        return context.output.object(existing, repositoryDetailSpec);
      }
    }
    const created = await quay.repositories.create({
      repository: name,
      visibility,
      description: options.description ?? '',
      ...(namespace !== undefined && { namespace }),
    });
    await context.output.object(created, createdRepositorySpec);
    context.output.success(`Created ${visibility} repository ${repositoryId(created)}`);
  },
});
