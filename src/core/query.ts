// --query: a JMESPath expression (the convention of the AWS and Azure CLIs and of Huawei's KooCLI --cli-query)
// applied to the data before it is rendered. @jmespath-community/jmespath: maintained, typed, ESM, Node ≥ 14.
import { UsageError } from './errors.js';

export type Query = (value: unknown) => unknown;

/** Compiles the expression once, before any request: a bad one is exit 2 with nothing sent. */
export async function compileQuery(expression: string): Promise<Query> {
  const { compile, TreeInterpreter } = await import('@jmespath-community/jmespath');
  let ast: ReturnType<typeof compile>;
  try {
    ast = compile(expression);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--query: invalid JMESPath expression "${expression}" (${reason})`, { hint: 'e.g. --query "[].uuid" or --query "[?event==\'repo_push\'].title"' });
  }
  return (value) => {
    try {
      return TreeInterpreter.search(ast, value as Parameters<typeof TreeInterpreter.search>[1]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`--query: "${expression}" cannot be applied to this data (${reason})`);
    }
  };
}
