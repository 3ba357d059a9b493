// One request to the sync server: the fetch the engine was given (the only way out to the
// network), a timeout on every call, errors sorted into what staff can act on.
import { API_PREFIX } from '../../shared/sync-protocol';
import type { SyncProblem } from '../db/settings';

export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    message: string,
    readonly status?: number,
    /** The server's stable error code (ErrorResponse.error), when it sent one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface HttpContext {
  fetch: typeof fetch;
  serverUrl: string;
  token: string | null;
  timeoutMs: number;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Called with each answer's serverTime against the request's midpoint. */
  onServerTime?: (skewMs: number) => void;
}

interface HttpAnswer {
  status: number;
  body: unknown;
}

/** The API address under a server URL typed by an admin (with or without a trailing slash). */
function apiUrl(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${API_PREFIX}${path}`;
}

/** Accepts http(s) URLs only, without credentials or a query; returns the normal form. */
export function normaliseServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '');
}

/**
 * Sends one request. Resolves with any status the caller handles itself (2xx, 409); throws a
 * SyncError for the rest: no network or timeout, 401, 5xx and 429, other refusals, bad JSON.
 */
export async function request(
  ctx: HttpContext,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  accept: readonly number[] = [],
): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = ctx.setTimer(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const sentAt = ctx.now();
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await ctx.fetch(apiUrl(ctx.serverUrl, path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut)
        throw new SyncError('timeout', `${method} ${path}: no answer in ${ctx.timeoutMs} ms`);
      throw new SyncError('offline', `${method} ${path}: ${describe(error)}`);
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch (error) {
      if (timedOut) throw new SyncError('timeout', `${method} ${path}: answer cut off by timeout`);
      // A proxy's HTML error page or a cut connection: retried like any server trouble.
      parsed = undefined;
      if (response.ok || accept.includes(response.status)) {
        throw new SyncError('protocol', `${method} ${path}: body is not JSON (${describe(error)})`);
      }
    }
    const receivedAt = ctx.now();
    const serverTime = (parsed as { serverTime?: unknown } | undefined)?.serverTime;
    if (typeof serverTime === 'number' && Number.isFinite(serverTime)) {
      ctx.onServerTime?.(serverTime - (sentAt + receivedAt) / 2);
    }
    const { status } = response;
    if (status >= 200 && status < 300) return { status, body: parsed };
    if (accept.includes(status)) return { status, body: parsed };
    const message = `${method} ${path}: HTTP ${status} ${errorText(parsed)}`;
    const rawCode = (parsed as { error?: unknown } | undefined)?.error;
    const code = typeof rawCode === 'string' ? rawCode : undefined;
    if (status === 401) throw new SyncError('unauthorized', message, status, code);
    if (status >= 500 || status === 429 || status === 408) {
      throw new SyncError('server', message, status, code);
    }
    throw new SyncError('protocol', message, status, code);
  } finally {
    ctx.clearTimer(timer);
  }
}

function errorText(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const { error, message } = body as { error?: unknown; message?: unknown };
  return [error, message].filter((part) => typeof part === 'string').join(': ');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
