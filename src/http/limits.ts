// How much of a response regnotify reads (documented in the README). No imports: commands can name the limits
// without loading the transport.

/** The most regnotify reads of a successful answer (decoded). The largest real one, a page of 100 rows, is far smaller. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The most regnotify reads of an error answer: its message is in the first lines. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
