// Errors are values with a kind; src/cli/run.ts is the one place that turns them into exit codes.

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  auth: 4,
  interrupted: 130,
} as const;

export class RegnotifyError extends Error {
  // Set here, not from the constructor's name: the bundle is minified without keeping names.
  override name = 'RegnotifyError';
  readonly exitCode: number = ExitCode.failure;
  /** One line telling the user what to do next. */
  hint?: string;
  /** Lines printed under the error, each its own line (e.g. every problem found in a file). */
  details: readonly string[];

  constructor(message: string, options: { hint?: string; cause?: unknown; details?: readonly string[] } = {}) {
    super(message, { cause: options.cause });
    this.hint = options.hint;
    this.details = options.details ?? [];
  }
}

/** The command has said what it had to say; only its exit code is left (e.g. plan --detailed-exitcode). */
export class ExitStatus extends RegnotifyError {
  override name = 'ExitStatus';
  constructor(override readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Bad flag, bad value, missing input: nothing was sent. */
export class UsageError extends RegnotifyError {
  override name = 'UsageError';
  override readonly exitCode = ExitCode.usage;
}

export interface ApiErrorDetails {
  status?: number;
  /** Platform error code, e.g. CodeArts `CH.00402000` or Quay `invalid_request`. */
  code?: string;
  requestId?: string;
  hint?: string;
  cause?: unknown;
  details?: readonly string[];
}

/** The request failed: API error, network failure after retries. */
export class ApiError extends RegnotifyError {
  override name = 'ApiError';
  override readonly exitCode: number = ExitCode.failure;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;

  constructor(message: string, details: ApiErrorDetails = {}) {
    super(message, { hint: details.hint, cause: details.cause, details: details.details });
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  override readonly exitCode = ExitCode.notFound;
}

/**
 * What `check` returns, or undefined when it refuses the value with a UsageError, which `refused` is told of (so the
 * caller can collect every problem instead of stopping at the first); any other error goes on up.
 */
export function unlessRefused<T>(check: () => T, refused?: (error: UsageError) => void): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    refused?.(error);
    return undefined;
  }
}

/** What a read finds, or undefined when it is not there (--if-exists, --if-not-exists); any other failure stays an error. */
export async function unlessMissing<T>(read: () => Promise<T>, isMissing: (error: NotFoundError) => boolean = () => true): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError && isMissing(error)) return undefined;
    throw error;
  }
}

/** No credentials, 401, 403. */
export class AuthError extends ApiError {
  override name = 'AuthError';
  override readonly exitCode = ExitCode.auth;
}

/** The person said no to a confirmation: nothing was done, and a script must not mistake it for success. */
export class CancelledError extends RegnotifyError {
  override name = 'CancelledError';
  override readonly exitCode = ExitCode.failure;
}

export class InterruptedError extends RegnotifyError {
  override name = 'InterruptedError';
  override readonly exitCode = ExitCode.interrupted;
  constructor() {
    super('interrupted');
  }
}
