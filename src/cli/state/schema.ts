import { defineCommand } from '../define.js';

export const schemaSpec = defineCommand({
  name: 'schema',
  description: 'Print the JSON Schema of the declarative file (generated from the schema that validates it)',
  options: {},
  examples: ['regnotify schema > regnotify.schema.json', 'regnotify schema | jq .properties.quay'],
  async run(context) {
    const { stateFileJsonSchema } = await import('../../declarative/schema.js');
    context.io.out.write(`${JSON.stringify(stateFileJsonSchema(), null, 2)}\n`);
  },
});
