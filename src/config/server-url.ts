// What a server URL may carry and how it is shown: never the user name and password a URL can hold
// (`https://user:password@host`), and only its origin decides where a profile's credentials may go.

import { UsageError } from '../core/errors.js';
import { parseUrl } from '../core/parse-url.js';

/** The URL with any user name and password shown as ***; text that is no URL is returned as it is. */
export function withoutUserinfo(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

/** For a URL that is stored (profile add, the wizard): credentials in it would sit in the file and show in every listing. */
export function refuseUserinfo(text: string, source: string): void {
  // Text that is no URL at all passes: the URL check that follows says what is wrong with it.
  const url = parseUrl(text);
  if (url?.username || url?.password) {
    throw new UsageError(`${source}: a server URL may not hold a user name or password ("${withoutUserinfo(text)}")`, {
      hint: 'give the URL without them, and the credentials on standard input (e.g. --token-stdin)',
    });
  }
}

/** `https://host:port`: what a profile's credentials and TLS settings are bound to. Undefined for no URL. */
export function originOf(server: string): string | undefined {
  try {
    return new URL(server).origin;
  } catch {
    return undefined;
  }
}
