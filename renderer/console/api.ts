// The console page's one way to the server: same-origin requests that carry the session cookie
// and, on state changes, the CSRF token. A refusal becomes a ConsoleApiError whose message is
// already in the page's language; a 401 sends the page back to sign-in.
import { translate, type PlainMessageKey } from '../i18n';
import {
  BACKGROUND_HEADER,
  CONSOLE_API,
  CSRF_HEADER,
  type PasswordProblem,
} from '../../shared/console';
import { formatClock } from '../../shared/time';
import type { LanguageCode } from '../../shared/types';

/** A refused or failed request: `code` is the server's stable code ('network' when none came). */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The answer's body, for the fields a screen needs (a roster's problems, a lock's end). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

// Codes every screen may meet, told in the page's language; others get a generic sentence with
// the code (a screen that expects a code of its own checks `error.code` and says it better).
const KNOWN: Partial<Record<string, PlainMessageKey>> = {
  'wrong-credentials': 'console.error.wrong-credentials',
  'wrong-setup-code': 'console.error.wrong-setup-code',
  'setup-done': 'console.error.setup-done',
  'account-disabled': 'console.error.account-disabled',
  'signed-out': 'console.error.signed-out',
  'session-expired': 'console.signIn.ended',
  forbidden: 'console.error.forbidden',
  csrf: 'console.error.csrf',
  'foreign-origin': 'console.error.csrf',
  network: 'console.error.network',
  unavailable: 'console.error.unavailable',
  'rate-limited': 'console.error.rate-limited',
  'name-taken': 'console.error.name-taken',
  'own-account': 'console.error.own-account',
  'wrong-password': 'console.error.wrong-password',
};

const state = {
  language: 'fr' as LanguageCode,
  csrf: '',
  onSignedOut: (_code: string) => {},
};

/** The session's CSRF token, the page's language, and what to do when the session is gone. */
export function configureApi(options: Partial<typeof state>): void {
  Object.assign(state, options);
}

/** The sentence for a code in the page's language (lock-outs say until when). */
export function explainError(code: string, body: Record<string, unknown> = {}): string {
  const { language } = state;
  if (code === 'locked' && typeof body.lockedUntil === 'number') {
    return translate(language, 'console.error.locked', { time: formatClock(body.lockedUntil) });
  }
  const key =
    code === 'weak-password' ? PASSWORD_PROBLEMS[body.problem as PasswordProblem] : KNOWN[code];
  return key ? translate(language, key) : translate(language, 'console.error.other', { code });
}

export const PASSWORD_PROBLEMS: Record<PasswordProblem, PlainMessageKey> = {
  'too-short': 'console.password.too-short',
  'too-long': 'console.password.too-long',
  'is-name': 'console.password.is-name',
};

async function send(
  method: 'GET' | 'POST',
  path: string,
  init: { body?: BodyInit; type?: string; background?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers[CSRF_HEADER] = state.csrf;
  if (init.type) headers['content-type'] = init.type;
  if (init.background) headers[BACKGROUND_HEADER] = '1';
  let response: Response;
  try {
    response = await fetch(`${CONSOLE_API}${path}`, {
      method,
      headers,
      body: init.body ?? null,
      credentials: 'same-origin',
    });
  } catch {
    throw new ConsoleApiError(0, 'network', explainError('network'));
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const code = typeof body.error === 'string' ? body.error : `http-${response.status}`;
  if (response.status === 401 && !path.startsWith('/auth/')) state.onSignedOut(code);
  throw new ConsoleApiError(response.status, code, explainError(code, body), body);
}

async function json<T>(response: Response): Promise<T> {
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Paths are relative to /v1/console: api.get('/kiosks') is GET /v1/console/kiosks. */
export const api = {
  /** `background`: a request the page makes on its own (polling) does not extend the session. */
  async get<T>(path: string, options: { background?: boolean } = {}): Promise<T> {
    return json<T>(await send('GET', path, options));
  },
  async post<T>(path: string, body?: unknown): Promise<T> {
    const init = body === undefined ? {} : { body: JSON.stringify(body), type: 'application/json' };
    return json<T>(await send('POST', path, init));
  },
  /** A file's bytes as the body (a roster: text/csv, or an XLSX type). */
  async upload<T>(path: string, bytes: Uint8Array<ArrayBuffer> | Blob, type: string): Promise<T> {
    return json<T>(await send('POST', path, { body: bytes, type }));
  },
  /** A file the server makes: its bytes and the name its Content-Disposition gives. */
  async download(path: string): Promise<{ blob: Blob; fileName: string | null }> {
    const response = await send('GET', path);
    const disposition = response.headers.get('content-disposition') ?? '';
    const match = /filename\*=UTF-8''([^;]+)|filename="([^"]+)"/i.exec(disposition);
    const fileName = match ? decodeURIComponent(match[1] ?? match[2] ?? '') : null;
    return { blob: await response.blob(), fileName };
  },
};
