// Every error a route answers: an HTTP status, a stable code for programs, a message for people,
// any header the answer needs (Retry-After on 429 and 503), and any field the body adds (the end
// of a console lock-out).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthorized = (message = 'Missing, unknown or revoked credential') =>
  new ApiError(401, 'unauthorized', message);
