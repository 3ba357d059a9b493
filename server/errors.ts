// Every error a route answers: an HTTP status, a stable code for programs, a message for people,
// and any header the answer needs (Retry-After on 429 and 503).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthorized = (message = 'Missing, unknown or revoked credential') =>
  new ApiError(401, 'unauthorized', message);
