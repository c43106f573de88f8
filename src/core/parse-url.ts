// new URL() without the throw, for the many places that only ask "is this a URL, and which one" (Node 22.1 has
// URL.parse for it; regnotify supports Node 20).

export function parseUrl(text: string, base?: string | URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** An absolute http:// or https:// URL, the only kind a server or a webhook may be. */
export function parseHttpUrl(text: string): URL | undefined {
  const url = parseUrl(text);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : undefined;
}
