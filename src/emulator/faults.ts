// The body of `POST /_emulator/faults`, for processes outside the tests (a shell script, `regnotify emulator`):
// checked before it is stored, because one fault without a path would break every later request.
import * as z from 'zod';
import type { ContentEncoding, Fault } from './server.js';

const ENCODINGS = ['gzip', 'deflate', 'br'] as const satisfies readonly ContentEncoding[];

const faultBody = z
  .strictObject({
    method: z.string().regex(/^[A-Za-z]+$/, 'an HTTP method, e.g. GET').optional(),
    path: z.string().startsWith('/').optional(),
    pathPattern: z.string().optional(),
    status: z.number().int().min(100).max(599).optional(),
    retryAfter: z.string().optional(),
    html: z.boolean().optional(),
    body: z.string().optional(),
    contentType: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    drop: z.boolean().optional(),
    numbered: z.boolean().optional(),
    bodyBytes: z.number().int().min(0).optional(),
    encoding: z.enum(ENCODINGS).optional(),
    echo: z.boolean().optional(),
    times: z.number().int().min(1).optional(),
  })
  .refine((fault) => (fault.path === undefined) !== (fault.pathPattern === undefined), { message: 'give exactly one of path and pathPattern' });

/** The fault a JSON body describes, or the reason it is refused (one line). */
export function parseFault(json: unknown): { fault: Fault } | { error: string } {
  const result = faultBody.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { error: `invalid fault: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` };
  }
  const { pathPattern, path, ...rest } = result.data;
  if (pathPattern === undefined) return { fault: { ...rest, path: path! } };
  try {
    return { fault: { ...rest, path: new RegExp(pathPattern) } };
  } catch (error) {
    return { error: `invalid fault: pathPattern: ${error instanceof Error ? error.message : String(error)}` };
  }
}
