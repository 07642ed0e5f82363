/** The web app's only door to the server: JSON over fetch, CSRF token, language, problem+json errors. */

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors: FieldError[] = [],
  ) {
    super(title);
  }
}

let csrfToken = '';
let language = 'fr';

export function setCsrfToken(token: string) {
  csrfToken = token;
}
export function setApiLanguage(lang: string) {
  language = lang;
}

function newKey(): string {
  return crypto.randomUUID();
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      'accept-language': language,
      ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.code ?? 'internal',
      data?.title ?? response.statusText,
      data?.errors ?? [],
    );
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
/** A state change: each call carries a fresh idempotency key, so a double click changes things once. */
export const post = <T>(path: string, body: unknown = {}, idempotencyKey = newKey()) =>
  api<T>('POST', path, body, { idempotencyKey });
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);

/** Maps an API error's field errors onto a form: `{ 'natural.niss': 'message' }`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
}
