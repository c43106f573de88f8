// Declarative tests write many small state files: each suite gets its own temporary directory of numbered YAML files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Returns a function that writes its text to a new YAML file under a fresh directory named after `prefix`, and returns the path. */
export function yamlFileWriter(prefix: string): (text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let files = 0;
  return (text) => {
    const path = join(dir, `file-${++files}.yaml`);
    writeFileSync(path, text);
    return path;
  };
}
