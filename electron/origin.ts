// Where the renderer comes from. Production serves dist/kiosk over app://kiosk/ (see
// protocol.ts); every trust decision (navigation, permissions, IPC) compares against this origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `protocol//host[:port]` of a URL, or null when it has none (about:blank, file:, data:, junk).
 * Built by hand because Node's URL reports the origin of non-special schemes such as app: as
 * 'null', while Chromium (where the scheme is registered as standard) reports app://kiosk.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** Normalises a configured origin once, so a typo fails at start-up rather than denying all. */
export function requireOrigin(appOrigin: string): string {
  const origin = originOf(appOrigin);
  if (origin === null) throw new Error(`Not an origin: ${appOrigin}`);
  return origin;
}

export function isSameOrigin(url: string | undefined | null, expectedOrigin: string): boolean {
  return typeof url === 'string' && originOf(url) === expectedOrigin;
}
