import { defineCommand } from '../define.js';

export const schemaSpec = defineCommand({
  name: 'schema',
  description: 'Print the JSON Schema of the declarative file (generated from the schema that validates it)',
  options: {},
  examples: ['regnotify schema > regnotify.schema.json', 'regnotify schema --query "keys(properties)"', 'regnotify schema -o yaml'],
  async run(context) {
    const { stateFileJsonSchema } = await import('../../declarative/schema.js');
    // JSON unless YAML is asked for; through --query like any command's data.
    await context.output.document(stateFileJsonSchema());
  },
});
