// The body of export, loaded only when it runs.
import { writeFile } from 'node:fs/promises';
import { exportAlauda, exportCodearts, exportQuay, exportText, newExport } from '../../declarative/export.js';
import { alaudaPlatform } from '../../platforms/alauda/index.js';
import { codeartsPlatform } from '../../platforms/codearts/index.js';
import { quayPlatform } from '../../platforms/quay/index.js';
import type { Context } from '../context.js';
import { contextSession } from './session.js';

export interface ExportRequest {
  quay?: { repositories: string[]; namespace?: string };
  alauda?: { subjectType?: string; subject?: string };
  codearts?: string[];
  file?: string;
}

export async function runExport(context: Context, request: ExportRequest): Promise<void> {
  const session = contextSession(context, 8);
  const file = newExport();
  if (request.quay) await exportQuay(file, await session.target(quayPlatform, undefined), request.quay);
  if (request.alauda) await exportAlauda(file, await session.target(alaudaPlatform, undefined), request.alauda);
  if (request.codearts) await exportCodearts(file, await session.target(codeartsPlatform, undefined), request.codearts);
  for (const warning of file.warnings) context.output.warn(warning);
  // -o json writes the same document as JSON (plan and apply read it as well); YAML keeps its comments.
  const json = context.output.options.format === 'json';
  if (!request.file) {
    // JSON has no comments: the variables the YAML header would list go to stderr.
    if (file.variables.size && json && !context.output.options.query) {
      context.output.notice(`Secrets are not exported. Set these environment variables before plan or apply: ${[...file.variables.keys()].join(', ')}`);
    }
    return context.output.document(file.document, exportText(file));
  }
  await writeFile(request.file, json ? `${JSON.stringify(file.document, null, 2)}\n` : exportText(file), { mode: 0o644 });
  context.output.success(`Wrote ${request.file}${file.variables.size ? ` (set ${[...file.variables.keys()].join(', ')} before plan)` : ''}`);
}
