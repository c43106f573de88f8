// Reads a response body with a ceiling, decoding gzip, deflate and br on the way, so no server can make regnotify
// hold more than it will use: a list page or object is at most MAX_BODY_BYTES, and of an error page only the
// first MAX_ERROR_BODY_BYTES are read (one line of it is shown), the rest is never downloaded.
// Decoding is done here with node:zlib rather than undici's decompress interceptor, which is experimental in
// undici 7 (it prints an ExperimentalWarning) and leaves error responses and unknown codings undecoded.

import type { Readable } from 'node:stream';
import type { Gunzip } from 'node:zlib';
import { zlib } from '../core/builtins.js';
import { ApiError } from '../core/errors.js';
import { describeSize } from './limits.js';

export { MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES } from './limits.js';

/** What regnotify asks for; anything else a server sends anyway is refused by name. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

const DECODERS: Record<string, () => Gunzip> = {
  gzip: () => zlib().createGunzip(),
  'x-gzip': () => zlib().createGunzip(),
  deflate: () => zlib().createInflate(),
  br: () => zlib().createBrotliDecompress(),
};

export interface BodyText {
  text: string;
  /** The limit cut the body short (only when `truncate` was asked for). */
  truncated: boolean;
}

export interface ReadBodyOptions {
  /** Decoded bytes at most. */
  limit: number;
  /** true: keep the first `limit` bytes and stop; false: a longer body is an error. */
  truncate: boolean;
  contentEncoding?: string;
  contentLength?: string;
  /** "GET https://host/path", for the error message. */
  where: string;
}

export class BodyTooLargeError extends ApiError {}

function tooLarge(options: ReadBodyOptions): BodyTooLargeError {
  return new BodyTooLargeError(`response to ${options.where} is larger than ${describeSize(options.limit)}, the most regnotify reads; stopped reading`, {
    hint: 'narrow the request (a filter or a smaller page), or check that --server is the platform\'s API',
  });
}

/** The codings applied to the body, outermost first, as the decoders must undo them. */
function decoders(contentEncoding: string | undefined, where: string): Gunzip[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity');
  if (codings.length > 3) throw new ApiError(`response to ${where} is encoded ${codings.length} times (content-encoding: ${contentEncoding}); not read`);
  return codings.reverse().map((coding) => {
    const decoder = DECODERS[coding];
    if (!decoder) {
      throw new ApiError(`response to ${where} is encoded as "${coding}", which regnotify cannot read (it accepts ${ACCEPT_ENCODING})`);
    }
    return decoder();
  });
}

/** Reads at most `limit` decoded bytes of `body`, then stops the download; destroys the stream in every case. */
export async function readBody(body: Readable, options: ReadBodyOptions): Promise<BodyText> {
  try {
    const stages = decoders(options.contentEncoding, options.where);
    const declared = Number(options.contentLength);
    // A declared length says it all before a byte is read (it counts encoded bytes, a lower bound of decoded ones).
    if (!options.truncate && stages.length === 0 && Number.isFinite(declared) && declared > options.limit) throw tooLarge(options);
    let stream: Readable = body;
    for (const stage of stages) stream = stream.pipe(stage);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        if (size + buffer.length > options.limit) {
          if (!options.truncate) throw tooLarge(options);
          chunks.push(buffer.subarray(0, options.limit - size));
          return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
        }
        chunks.push(buffer);
        size += buffer.length;
      }
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (stages.length && isZlibError(error)) {
        throw new ApiError(`response to ${options.where} is not valid ${options.contentEncoding} data (${(error as Error).message})`, { cause: error });
      }
      throw error;
    } finally {
      for (const stage of stages) stage.destroy();
    }
    return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
  } finally {
    // Whatever was not read is not downloaded: the connection is closed rather than drained.
    // undici reports the destruction as an AbortError on the stream; nobody is listening any more.
    if (!body.readableEnded) body.on('error', () => {}).destroy();
  }
}

/** zlib reports bad data as Z_DATA_ERROR, Z_BUF_ERROR (truncated), ...; brotli as ERR__ERROR_FORMAT_... */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^(Z_|ERR__ERROR_FORMAT|ERR_BROTLI)/.test(code);
}
