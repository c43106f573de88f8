import { Command, Option } from 'commander';
import { REPOSITORY_VISIBILITIES, validateNamespace, validateRepositoryName, type RepositoryVisibility } from '../../platforms/quay/names.js';
import { examples, handler } from '../command.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import { createdRepositorySpec, repositoryId } from './render.js';

interface CreateOptions {
  namespace?: string;
  visibility: RepositoryVisibility;
  description: string;
}

export function createCommand(): Command {
  const command = new Command('create')
    .description('Create a repository')
    .argument('<name>', 'repository name: lower-case letters, digits, ".", "_" and "-"; "/" separates parts; at most 255 characters')
    .option('--namespace <namespace>', "user or organization that owns it (default: the profile's namespace, else the token's user)")
    .addOption(new Option('--visibility <visibility>', 'who may pull it').choices(REPOSITORY_VISIBILITIES).default('private'))
    .option('--description <text>', 'Markdown description', '')
    .action(
      handler<CreateOptions>(async (context, [name], options) => {
        validateRepositoryName(name);
        const connection = await context.connection('quay');
        const namespace = options.namespace ?? connection.profile?.namespace;
        if (namespace !== undefined) validateNamespace(namespace);
        const quay = await context.api(quayPlatform);
        const created = await quay.repositories.create({
          repository: name,
          visibility: options.visibility,
          description: options.description,
          ...(namespace !== undefined && { namespace }),
        });
        await context.output.object(created, createdRepositorySpec);
        context.output.success(`Created ${options.visibility} repository ${repositoryId(created)}`);
      }),
    );
  return examples(command, [
    'regnotify repo create app --namespace acme --description "The acme application"',
    'regnotify repo create tools/linter --visibility public',
    'REPO=$(regnotify repo create app --namespace acme -q)',
  ]);
}
