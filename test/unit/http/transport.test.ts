import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../src/core/errors.js';
import { parseJson, type HttpResponse } from '../../../src/http/transport.js';

function response(text: string, contentType = 'application/json', status = 200): HttpResponse {
  return { status, headers: { 'content-type': contentType }, contentType, text, method: 'GET', url: 'http://x/api' };
}

describe('parseJson', () => {
  const schema = z.object({ repositories: z.array(z.object({ name: z.string() })) });

  it('returns the parsed value when the body matches the schema', () => {
    expect(parseJson(response('{"repositories":[{"name":"a"}]}'), schema)).toEqual({ repositories: [{ name: 'a' }] });
  });

  it('names status and content type when a JSON body is truncated', () => {
    expect(() => parseJson(response('{"repositories": ['), schema)).toThrowError(ApiError);
    expect(() => parseJson(response('{"repositories": ['), schema)).toThrowError(
      'unexpected response from server (HTTP 200, application/json): expected JSON but the body is malformed or truncated',
    );
  });

  it('names status and content type when the body is an HTML page', () => {
    expect(() => parseJson(response('<html></html>', 'text/html; charset=utf-8'), schema)).toThrowError(
      'unexpected response from server (HTTP 200, text/html): expected JSON',
    );
  });

  it('names the first field that does not match the expected shape', () => {
    expect(() => parseJson(response('{"repositories":[{"name":3}]}'), schema)).toThrowError(
      'unexpected response from server (HTTP 200): repositories.0.name: Invalid input: expected string, received number',
    );
  });
});
