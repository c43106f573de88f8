// Quay's answers in Quay's shapes (quay/quay endpoints/exception.py, util/http.py, endpoints/decorated.py) and
// the reading of request bodies as Flask and Quay's jsonschema checks do it.
import type { z } from 'zod';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';

export function problem(status: number, errorType: string, detail: string, host: string): EmulatorResponse {
  return {
    status,
    json: { type: `${host}/api/v1/error/${errorType}`, title: errorType, status, detail, error_message: detail, error_type: errorType },
  };
}

export const INTERNAL_SERVER_ERROR: EmulatorResponse = {
  status: 500,
  headers: { 'content-type': 'text/html' },
  text: '<html>\n  <head>\n    <title>Internal Server Error</title>\n  </head>\n  <body>\n    <h1><p>Internal Server Error</p></h1>\n  </body>\n</html>\n',
};

export const CSRF_FAILURE: EmulatorResponse = { status: 403, json: { error: 'CSRF token was invalid or missing.' } };
export const METHOD_NOT_ALLOWED: EmulatorResponse = { status: 405, json: { message: 'The method is not allowed for the requested URL.' } };
export const BAD_REQUEST: EmulatorResponse = {
  status: 400,
  json: { message: 'The browser (or proxy) sent a request that this server could not understand.' },
};
/** Flask's own 404 for a repository path that is not `namespace/name` (it never reaches Quay's handlers). */
export const NOT_FOUND_PAGE: EmulatorResponse = {
  status: 404,
  headers: { 'content-type': 'text/html' },
  text: '<html><body><h1>404 Not Found</h1></body></html>\n',
};

/** Flask's NotFound as flask-restful words it: abort(404), and every route a disabled feature did not register. */
export const FLASK_NOT_FOUND: EmulatorResponse = {
  status: 404,
  json: { message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.' },
};

/** util/parsing.py truthy_bool: false only for these spellings. */
export function truthy(value: string | null): boolean {
  return value !== null && !['false', 'False', 'FALSE', '0', '', 'null'].includes(value);
}

/** jsonschema's first line (the rest of its message explains the schema, and clients show only the first). */
function schemaMessage(issue: z.core.$ZodIssue, body: unknown): string {
  const field = issue.path[0];
  const value = field !== undefined && body && typeof body === 'object' ? (body as Record<string, unknown>)[field as string] : body;
  let first: string;
  if (value === undefined && field !== undefined) first = `'${String(field)}' is a required property`;
  else if (issue.code === 'invalid_value') first = `${JSON.stringify(value)} is not one of ${JSON.stringify(issue.values)}`;
  else if (issue.code === 'invalid_type') first = `${JSON.stringify(value)} is not of type '${issue.expected === 'record' ? 'object' : issue.expected}'`;
  else first = issue.message;
  return `${first}\n\nFailed validating '${issue.code}' in schema`;
}

/** Flask's get_json(): 415 without a JSON content type, 400 for bad JSON. */
function jsonBody(request: EmulatorRequest): { body: unknown } | { response: EmulatorResponse } {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return {
      response: {
        status: 415,
        json: { message: "Did not attempt to load JSON data because the request Content-Type was not 'application/json'." },
      },
    };
  }
  if (request.json === undefined) return { response: BAD_REQUEST };
  return { body: request.json };
}

/** The JSON body checked against the endpoint's schema, or Quay's answer when it does not pass. */
export function validated<T>(request: EmulatorRequest, schema: z.ZodType<T>, host: string): { body: T } | { response: EmulatorResponse } {
  const parsed = jsonBody(request);
  if ('response' in parsed) return parsed;
  const result = schema.safeParse(parsed.body);
  if (result.success) return { body: result.data };
  return { response: problem(400, 'invalid_request', schemaMessage(result.error.issues[0], parsed.body), host) };
}
