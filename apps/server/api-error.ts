/**
 * Errors a request can end in. Handlers throw ApiError; the app turns it into
 * `{"error":{"code","message"}}` with its status on /api/ paths and an error page elsewhere.
 */

/** A request that cannot be served as asked, with an HTTP status and a code clients can test. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 429 | 500,
    readonly code: string,
    message: string,
    /** Response headers the status calls for (Allow, Retry-After, WWW-Authenticate). */
    readonly headers: Record<string, string> = {},
    /** More detail for the JSON body (input issues). */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The JSON body of an error response. */
export function errorBody(error: ApiError): { error: Record<string, unknown> } {
  return { error: { code: error.code, message: error.message, ...error.detail } };
}
