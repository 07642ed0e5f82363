/**
 * Errors raised by domain rules. A rule never formats a human message itself: it names a stable
 * `code` (looked up in the message catalogues, see `i18n/`) and, where the input is to blame, the
 * `field` that is wrong. The server turns these into RFC 9457 problem+json in the user's language.
 */
export type MessageParams = Record<string, string | number>;

export interface FieldIssue {
  /** Dotted path of the input field, e.g. `niss` or `address.postalCode`. */
  field: string;
  /** Stable message code, e.g. `niss.checksum`. */
  code: string;
  params?: MessageParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly issues: FieldIssue[] = [],
    readonly params: MessageParams = {},
    /** HTTP status the server should answer with (422 invalid, 409 conflict, 403, 404). */
    readonly status: number = 422,
  ) {
    super(code);
    this.name = 'DomainError';
  }

  /** One wrong field: the most common case. */
  static field(field: string, code: string, params?: MessageParams): DomainError {
    return new DomainError('validation', [{ field, code, ...(params ? { params } : {}) }]);
  }

  static conflict(code: string, params: MessageParams = {}): DomainError {
    return new DomainError(code, [], params, 409);
  }

  static forbidden(code = 'forbidden', params: MessageParams = {}): DomainError {
    return new DomainError(code, [], params, 403);
  }

  static notFound(code = 'not_found', params: MessageParams = {}): DomainError {
    return new DomainError(code, [], params, 404);
  }
}
