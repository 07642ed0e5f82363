import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, translator, type FieldIssue, type Language } from '@partage/domain';
import { PG, pgConstraint, pgErrorCode } from '@partage/db';

/** RFC 9457 problem details, with a stable code and the wrong fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: Array<FieldIssue & { message: string }>;
}

export function problem(
  lang: Language,
  status: number,
  code: string,
  issues: FieldIssue[] = [],
  params = {},
): Problem {
  return {
    type: `https://partage.coop/problems/${code}`,
    title: translator.t(lang, code, params),
    status,
    code,
    ...(issues.length
      ? {
          errors: issues.map((issue) => ({
            ...issue,
            message: translator.t(lang, issue.code, issue.params),
          })),
        }
      : {}),
  };
}

/** Unique constraints whose violation is a user error, mapped to the field and message code. */
const UNIQUE_CONSTRAINTS: Record<string, FieldIssue> = {
  users_email_unique: { field: 'email', code: 'auth.email_taken' },
  people_niss_unique: { field: 'niss', code: 'person.niss_taken' },
  people_foreign_id_unique: { field: 'foreignId', code: 'person.foreign_id_taken' },
  people_enterprise_unique: { field: 'enterpriseNumber', code: 'person.enterprise_taken' },
  share_requests_one_open: { field: 'kind', code: 'request.open_exists' },
  decisions_one_per_request: { field: 'requestId', code: 'request.already_decided' },
  share_payments_bank_reference_key: { field: 'bankReference', code: 'payment.duplicate' },
  invoice_payments_bank_reference_key: { field: 'bankReference', code: 'invoice.payment.duplicate' },
  contract_days_one_per_worker: { field: 'days', code: 'contract.days.overlap_taken' },
  clients_dedup_unique: { field: 'vatNumber', code: 'client.exists' },
  activity_purchases_once: { field: 'supplierInvoiceNumber', code: 'activity.purchase.duplicate' },
  activity_cdis_one_live: { field: 'personId', code: 'activity.cdi.already' },
};

interface ZodLikeIssue {
  code?: string;
  path?: Array<string | number>;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  input?: unknown;
  params?: { code?: string };
}

function issueFromZod(instancePath: string, issue: ZodLikeIssue | undefined): FieldIssue {
  const field = [...instancePath.split('/').filter(Boolean), ...(issue?.path ?? []).map(String)]
    .filter((part, i, parts) => parts.indexOf(part) === i)
    .join('.');
  const min = Number(issue?.minimum);
  const max = Number(issue?.maximum);
  switch (issue?.code) {
    case 'invalid_type':
      return { field, code: issue.input === undefined ? 'field.required' : 'field.invalid' };
    case 'too_small':
      if (issue.origin === 'string' && min === 1) return { field, code: 'field.required' };
      return {
        field,
        code: issue.origin === 'string' ? 'field.too_short' : 'field.too_small',
        params: { min },
      };
    case 'too_big':
      return { field, code: issue.origin === 'string' ? 'field.too_long' : 'field.too_big', params: { max } };
    case 'invalid_value':
      return { field, code: issue.input === undefined ? 'field.required' : 'field.invalid_choice' };
    case 'custom':
      return { field, code: issue.params?.code ?? 'field.invalid' };
    default:
      return { field, code: 'field.invalid' };
  }
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const lang = request.lang ?? 'en';
  const send = (p: Problem) => reply.status(p.status).type('application/problem+json').send(p);

  if (error instanceof DomainError)
    return send(problem(lang, error.status, error.code, error.issues, error.params));
  if (hasZodFastifySchemaValidationErrors(error)) {
    // The provider puts the zod issue's details in `params`; whether the value was missing is read
    // from the request itself, so that "required" and "invalid" are told apart for every kind of field.
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const source = (request as unknown as Record<string, unknown>)[context];
    const issues = error.validation.map((v) => {
      const params = v.params as ZodLikeIssue & { issue?: ZodLikeIssue };
      const value = v.instancePath
        .split('/')
        .filter(Boolean)
        .reduce<unknown>(
          (node, key) =>
            node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
          source,
        );
      return issueFromZod(
        v.instancePath,
        params.issue ?? { ...params, code: params.code ?? v.keyword, input: value },
      );
    });
    return send(problem(lang, 422, 'validation', issues));
  }
  const code = pgErrorCode(error);
  if (code === PG.uniqueViolation) {
    const issue = UNIQUE_CONSTRAINTS[pgConstraint(error) ?? ''];
    if (issue) return send(problem(lang, 409, issue.code, [issue]));
  }
  if (error.statusCode === 413) return send(problem(lang, 413, 'request.too_large'));
  if (error.statusCode && error.statusCode < 500) {
    // Malformed JSON, wrong content type...: the request itself is unreadable.
    return send(problem(lang, error.statusCode, error.statusCode === 404 ? 'not_found' : 'field.invalid'));
  }
  request.log.error({ err: error }, 'unexpected error');
  return send(problem(lang, 500, 'internal'));
}

/** Runs checks that each may throw a one-field DomainError, and throws them all together. */
export function collectIssues(checks: Array<() => void>): void {
  const issues: FieldIssue[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (error instanceof DomainError && error.code === 'validation') issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length) throw new DomainError('validation', issues);
}
