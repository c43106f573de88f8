// Huawei Cloud `SDK-HMAC-SHA256` AK/SK request signing, as huaweicloud-sdk-go-v3 core/auth/signer does it.
// Pure: the caller adds the returned headers to the request it sends.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const DATE_HEADER = 'X-Sdk-Date';
export const SECURITY_TOKEN_HEADER = 'X-Security-Token';

export type RequestBody = string | Uint8Array | undefined;
/** Incoming Node headers may repeat a name; outgoing ones do not. */
export type HeaderValues = Record<string, string | readonly string[] | undefined>;

export interface SignRequestInput {
  method: string;
  /** Full URL, e.g. `https://codehub-ext.cn-north-4.myhuaweicloud.com/v4/user/repositories?limit=100`. */
  url: string;
  headers: Record<string, string>;
  body: RequestBody;
  accessKey: string;
  secretKey: string;
  /** Temporary credentials (STS) carry one. */
  securityToken?: string;
  date?: Date;
  /** Override the default choice (host, x-sdk-date, content-type, x-security-token); x-sdk-date is always added. */
  signedHeaderNames?: string[];
}

export interface CanonicalRequestInput {
  method: string;
  url: string;
  headers: HeaderValues;
  body: RequestBody;
  /** Lower-case names, in any order. */
  signedHeaderNames: readonly string[];
}

export interface VerifySignedRequestInput {
  method: string;
  /** Full URL or just the path and query, as a server sees it. */
  url: string;
  /** Lower-cased names, as Node's `IncomingMessage.headers`. */
  headers: HeaderValues;
  body: RequestBody;
  lookupSecret: (accessKey: string) => string | undefined;
  now?: Date;
  maxSkewSeconds?: number;
}

export type VerifyResult = { ok: true; accessKey: string } | { ok: false; reason: string };

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encodes every UTF-8 byte outside `A-Za-z0-9-_.~`, with upper-case hex (Go SDK `escape`). */
export function percentEncode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const character = String.fromCharCode(byte);
    encoded += byte < 0x80 && UNRESERVED.test(character)
      ? character
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray `%` that is not an escape is signed as the literal character, as the SDK would.
    return segment;
  }
}

/**
 * The SDK signs the raw path before it is put on the wire, so a URL's already-encoded path
 * is decoded first, then each segment re-encoded; the result always ends with `/`.
 */
export function canonicalUri(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => percentEncode(decodeSegment(segment)))
    .join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Sorted by key, then by value for repeated keys; `+` counts as a space because that is how
 * the SDKs put spaces on the wire. The Go SDK also lower-cases keys, which its APIs never need
 * (every CodeArts query key is lower case already) and the other SDKs do not do.
 */
export function canonicalQueryString(search: string): string {
  const pairs = [...new URLSearchParams(search)];
  pairs.sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB));
  return pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
}

// Byte order, as Go's sort.Strings; localeCompare would order differently.
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function headerValues(headers: HeaderValues, name: string): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    values.push(...(typeof value === 'string' ? [value] : value));
  }
  return values;
}

function canonicalHeaders(url: URL, headers: HeaderValues, signedHeaderNames: readonly string[]): string {
  const lines: string[] = [];
  for (const name of signedHeaderNames) {
    let values = headerValues(headers, name);
    // Node and undici set Host themselves, from the URL.
    if (values.length === 0 && name === 'host') values = [url.host];
    if (values.length === 0) throw new Error(`cannot sign header "${name}": the request does not have it`);
    for (const value of values.map((value) => value.trim()).sort(compare)) lines.push(`${name}:${value}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

export function payloadHash(body: RequestBody): string {
  return createHash('sha256').update(body ?? '').digest('hex');
}

function normaliseSignedHeaderNames(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim().toLowerCase()))].sort(compare);
}

function parseUrl(url: string): URL {
  // Servers see only the path; the base just lets URL parse it.
  return new URL(url, 'http://localhost');
}

/** `METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nPAYLOAD_HASH`; HEADERS ends with its own `\n`. */
export function buildCanonicalRequest(input: CanonicalRequestInput): string {
  const url = parseUrl(input.url);
  const signed = normaliseSignedHeaderNames(input.signedHeaderNames);
  return [
    input.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQueryString(url.search),
    canonicalHeaders(url, input.headers, signed),
    signed.join(';'),
    payloadHash(input.body),
  ].join('\n');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function parseSdkDate(text: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return formatSdkDate(date) === text.trim() ? date : undefined;
}

export function stringToSign(sdkDate: string, canonicalRequest: string): string {
  const hash = createHash('sha256').update(canonicalRequest).digest('hex');
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${hash}`;
}

export function computeSignature(secretKey: string, text: string): string {
  return createHmac('sha256', secretKey).update(text).digest('hex');
}

function defaultSignedHeaderNames(headers: HeaderValues): string[] {
  // X-Project-Id too: Huawei's SDK signs every header it sends (huaweicloudsdkcore/signer/signer.py, _process_signed_headers).
  const optional = ['content-type', 'x-project-id', 'x-security-token'].filter((name) => headerValues(headers, name).length > 0);
  return ['host', 'x-sdk-date', ...optional];
}

/** The headers to add to the request: `X-Sdk-Date`, `Authorization` and, with a security token, `X-Security-Token`. */
export function signRequest(input: SignRequestInput): Record<string, string> {
  const added: Record<string, string> = { [DATE_HEADER]: formatSdkDate(input.date ?? new Date()) };
  if (input.securityToken !== undefined) added[SECURITY_TOKEN_HEADER] = input.securityToken;

  // The added headers replace any the caller already set under the same name.
  const addedNames = new Set(Object.keys(added).map((name) => name.toLowerCase()));
  const headers: Record<string, string> = { ...added };
  for (const [name, value] of Object.entries(input.headers)) {
    if (!addedNames.has(name.toLowerCase())) headers[name] = value;
  }

  const signed = normaliseSignedHeaderNames([
    ...(input.signedHeaderNames ?? defaultSignedHeaderNames(headers)),
    'x-sdk-date',
  ]);
  const canonical = buildCanonicalRequest({ ...input, headers, signedHeaderNames: signed });
  const signature = computeSignature(input.secretKey, stringToSign(added[DATE_HEADER], canonical));
  added.Authorization = `${SIGNING_ALGORITHM} Access=${input.accessKey}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
  return added;
}

export interface ParsedAuthorization {
  accessKey: string;
  signedHeaderNames: string[];
  signature: string;
}

/** `SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex`, or undefined when it is not one. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const prefix = `${SIGNING_ALGORITHM} `;
  if (!header.startsWith(prefix)) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(prefix.length).split(',')) {
    const separator = part.indexOf('=');
    if (separator === -1) return undefined;
    fields.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  const accessKey = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKey || !signedHeaders || !signature) return undefined;
  return { accessKey, signedHeaderNames: signedHeaders.split(';'), signature };
}

function sameSignature(expected: string, received: string): boolean {
  const expectedBytes = Buffer.from(expected, 'utf8');
  const receivedBytes = Buffer.from(received.toLowerCase(), 'utf8');
  return expectedBytes.length === receivedBytes.length && timingSafeEqual(expectedBytes, receivedBytes);
}

/** Server side of {@link signRequest}, for the emulator. */
export function verifySignedRequest(input: VerifySignedRequestInput): VerifyResult {
  const [authorization] = headerValues(input.headers, 'authorization');
  if (authorization === undefined) return { ok: false, reason: 'missing Authorization header' };
  const parsed = parseAuthorization(authorization);
  if (!parsed) return { ok: false, reason: `Authorization header is not ${SIGNING_ALGORITHM}` };
  if (!parsed.signedHeaderNames.includes('x-sdk-date')) return { ok: false, reason: 'x-sdk-date is not signed' };

  const [sdkDate] = headerValues(input.headers, 'x-sdk-date');
  const date = sdkDate === undefined ? undefined : parseSdkDate(sdkDate);
  if (sdkDate === undefined || date === undefined) return { ok: false, reason: 'missing or malformed X-Sdk-Date' };
  const skewSeconds = Math.abs((input.now ?? new Date()).getTime() - date.getTime()) / 1000;
  if (skewSeconds > (input.maxSkewSeconds ?? 900)) return { ok: false, reason: `X-Sdk-Date ${sdkDate} is too far from now` };

  const secretKey = input.lookupSecret(parsed.accessKey);
  if (secretKey === undefined) return { ok: false, reason: `unknown access key ${parsed.accessKey}` };

  for (const name of parsed.signedHeaderNames) {
    if (headerValues(input.headers, name).length === 0) {
      return { ok: false, reason: `signed header ${name} is missing` };
    }
  }
  const canonical = buildCanonicalRequest({ ...input, signedHeaderNames: parsed.signedHeaderNames });
  const expected = computeSignature(secretKey, stringToSign(sdkDate.trim(), canonical));
  return sameSignature(expected, parsed.signature)
    ? { ok: true, accessKey: parsed.accessKey }
    : { ok: false, reason: 'signature does not match' };
}
