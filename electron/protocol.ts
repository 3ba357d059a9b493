// Serves the built renderer (dist/kiosk) over app://kiosk/. A privileged standard scheme gives
// the renderer a real origin (IndexedDB, fetch of the .wasm, workers, secure context for the
// camera) without file:// and its ambient access to the whole disk.
import nodePath from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { silentLogger, type Logger } from './log';
import { APP_HOST, APP_SCHEME } from './origin';
import { contentSecurityPolicy } from './security';

export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/** Must run before app 'ready': Chromium fixes the scheme table at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // WebAssembly.instantiateStreaming refuses any other type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export function mimeTypeFor(filePath: string): string {
  const ext = nodePath.extname(filePath).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

export type ResolvedAppPath =
  | { ok: true; filePath: string; spaFallback: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

// Any of these in a decoded segment could change which directory is meant on some platform:
// separators (encoded %2F, %5C), drive letters and NTFS streams (:), NUL and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\:\u0000-\u001f\u007f]/;

/**
 * Maps an app:// URL to a file under rootDir, or refuses it. Chromium already folds '..' and
 * '%2e%2e' segments away; this still checks each decoded segment and the final path itself,
 * because the URL reaching the handler is the only thing standing between a page and the disk.
 * `path` is injectable so the Windows rules can be tested on Linux.
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  path: Pick<
    typeof nodePath,
    'resolve' | 'relative' | 'isAbsolute' | 'join' | 'extname'
  > = nodePath,
): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'unparsable URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 404, reason: 'not this app' };
  }

  const rawSegments = url.pathname.split('/').slice(1); // pathname always starts with '/'
  const segments: string[] = [];
  for (const [i, raw] of rawSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' };
    }
    const isLast = i === rawSegments.length - 1;
    if (segment === '' && isLast) continue; // trailing slash: a directory, handled below
    if (segment === '' || segment === '.' || segment === '..' || UNSAFE_SEGMENT.test(segment)) {
      return { ok: false, status: 403, reason: 'unsafe path segment' };
    }
    segments.push(segment);
  }

  const last = segments.at(-1);
  const endsWithSlash = url.pathname.endsWith('/');
  // Client-side routes (/, /staff, /staff/roster) get the SPA shell; a missing asset with an
  // extension must stay a 404 so a broken build shows up instead of HTML parsed as script.
  if (last === undefined || endsWithSlash || path.extname(last) === '') {
    return { ok: true, filePath: path.join(rootDir, 'index.html'), spaFallback: true };
  }

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403, reason: 'outside the renderer directory' };
  }
  return { ok: true, filePath, spaFallback: false };
}

export type FileReader = (filePath: string) => Promise<Uint8Array>;

export interface AppProtocolOptions {
  /** Absolute path of the kiosk build of the renderer (dist/kiosk). */
  rootDir: string;
  readFile: FileReader;
  log?: Logger;
  path?: Parameters<typeof resolveAppPath>[2];
}

function baseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Files change only with an app update; revalidation keeps an old bundle from lingering.
    'Cache-Control': 'no-cache',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const log = options.log ?? silentLogger;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    const resolved = resolveAppPath(options.rootDir, request.url, options.path);
    if (!resolved.ok) {
      log.warn(`Refused ${request.url}: ${resolved.reason}`);
      return textResponse(resolved.status, resolved.status === 400 ? 'Bad Request' : 'Not Found');
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(resolved.filePath);
    } catch (error) {
      if (NOT_FOUND_CODES.has(errorCode(error) ?? '')) return textResponse(404, 'Not Found');
      log.error(`Could not read ${resolved.filePath}`, error);
      return textResponse(500, 'Internal Server Error');
    }
    const headers = baseHeaders(mimeTypeFor(resolved.filePath));
    // Copy into an exactly sized ArrayBuffer: a small Node Buffer is a view on a shared pool.
    const payload = request.method === 'HEAD' ? null : new Uint8Array(body);
    return new Response(payload, { status: 200, headers });
  };
}

export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  options: AppProtocolOptions,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
