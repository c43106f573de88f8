import { UsageError } from '../../core/errors.js';
import { PLATFORMS } from '../../platforms/index.js';
import { alaudaSubjectTypes, platformValues } from '../completion-values.js';
import { defineCommand } from '../define.js';

export const exportSpec = defineCommand({
  name: 'export',
  description: "Write today's state as a declarative file: secrets become ${VARIABLE} references, never values",
  options: {
    platform: { value: 'platform', description: 'only this platform', choices: PLATFORMS, strict: true, complete: platformValues },
    repo: { value: 'ns/name', description: 'Quay or CodeArts repository to export (repeatable)', repeatable: true },
    namespace: { value: 'namespace', description: 'Quay: every repository of this namespace' },
    subjectType: { value: 'type', description: 'Alauda: only hooks on this kind of subject', complete: alaudaSubjectTypes },
    subject: { value: 'subject', description: 'Alauda: only hooks on this subject' },
    file: { short: 'f', value: 'file', description: 'write to this file instead of standard output' },
  },
  examples: [
    'regnotify export --platform quay --namespace acme -f regnotify.yaml',
    'regnotify export --platform alauda --subject-type build_repo --subject alaudauser/app',
    'regnotify export --platform codearts --repo my-group/my-repo',
    'regnotify export --platform alauda --json --query "alauda.hooks[].name"   # the document as JSON, here through --query',
  ],
  async run(context, _args, options) {
    const platforms = options.platform ? [options.platform] : PLATFORMS;
    const wantsQuay = platforms.includes('quay') && (options.repo?.length || options.namespace);
    const wantsCodearts = platforms.includes('codearts') && options.platform === 'codearts' && options.repo?.length;
    const wantsAlauda = platforms.includes('alauda') && (options.platform === 'alauda' || options.subjectType || options.subject);
    if (!wantsQuay && !wantsCodearts && !wantsAlauda) {
      throw new UsageError('export needs something to export', {
        hint: 'pass --platform quay with --repo or --namespace, --platform alauda (optionally --subject-type/--subject), or --platform codearts with --repo',
      });
    }
    const { runExport } = await import('./run-export.js');
    await runExport(context, {
      quay: wantsQuay ? { repositories: options.platform === 'quay' || !options.platform ? (options.repo ?? []) : [], namespace: options.namespace } : undefined,
      alauda: wantsAlauda ? { subjectType: options.subjectType, subject: options.subject } : undefined,
      codearts: wantsCodearts ? options.repo : undefined,
      file: options.file,
    });
  },
});
