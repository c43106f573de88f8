// CodeArts' API gateway authentication: an IAM token (`X-Auth-Token`) or an AK/SK signature, with
// temporary keys accepted only with their security token.
import { parseAuthorization, verifySignedRequest, type VerifyResult, type VerifySignedRequestInput } from '../../platforms/codearts/signer.js';
import type { EmulatorCredentials } from '../credentials.js';
import type { EmulatorRequest, EmulatorResponse, RecordedRequest } from '../server.js';
import { apiError } from './answers.js';
import { CODEARTS_PROJECT_ID, CODEARTS_TEMPORARY_KEYS, type CodeartsState } from './state.js';

/**
 * A project-scoped call may name its project in X-Project-Id (the SDKs send it with AK/SK): absent is accepted,
 * another project than the caller's is refused with the gateway's 401 body. The gateway's exact message is not
 * documented; this one is the emulator's *(inferred)*.
 */
export function checkProject(request: EmulatorRequest, requestId: string): EmulatorResponse | undefined {
  const projectId = request.headers['x-project-id'];
  if (projectId === undefined || projectId === CODEARTS_PROJECT_ID) return undefined;
  return apiError(401, 'APIG.0301', `Incorrect IAM authentication information: project ${projectId} is not a project of this account`, requestId);
}

/** The gateway's 401 when the request is not authenticated, else undefined. */
export function checkAuth(
  request: EmulatorRequest,
  requestId: string,
  state: CodeartsState,
  credentials: EmulatorCredentials,
): EmulatorResponse | undefined {
  const denied = (why: string) => apiError(401, 'APIG.0301', `Incorrect IAM authentication information: ${why}`, requestId);
  const token = request.headers['x-auth-token'];
  if (token !== undefined) {
    const expires = state.issuedTokens.get(token);
    if (token === credentials.codeartsToken || (expires !== undefined && expires > Date.now())) return undefined;
    return denied('decrypt token fail');
  }
  const authorization = request.headers.authorization;
  if (authorization === undefined) return denied('x-auth-token not found');
  const verified = verifySignature({ method: request.method, url: `${request.url.pathname}${request.url.search}`, headers: request.headers, body: request.body }, credentials);
  if (!verified.ok) return denied('verify aksk signature fail');
  if (verified.accessKey === CODEARTS_TEMPORARY_KEYS.accessKey) {
    const signed = parseAuthorization(authorization)?.signedHeaderNames ?? [];
    if (request.headers['x-security-token'] !== CODEARTS_TEMPORARY_KEYS.securityToken || !signed.includes('x-security-token')) {
      return denied('verify security token fail');
    }
  }
  return undefined;
}

type SignedParts = Omit<VerifySignedRequestInput, 'lookupSecret'>;

/** The gateway's AK/SK check: which of the emulator's keys (its own pair or the temporary one) signed the request. */
function verifySignature(request: SignedParts, credentials: EmulatorCredentials): VerifyResult {
  const secrets: Record<string, string> = {
    [credentials.codeartsAccessKey]: credentials.codeartsSecretKey,
    [CODEARTS_TEMPORARY_KEYS.accessKey]: CODEARTS_TEMPORARY_KEYS.secretKey,
  };
  return verifySignedRequest({ ...request, lookupSecret: (accessKey) => secrets[accessKey] });
}

/** For tests: the same check, run again over a request exactly as the emulator's log recorded it. */
export function verifyRecordedSignature(request: RecordedRequest, credentials: EmulatorCredentials): VerifyResult {
  return verifySignature({ method: request.method, url: `${request.path}${request.search}`, headers: request.headers, body: request.body }, credentials);
}
