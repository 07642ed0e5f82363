import type { FastifyRequest } from 'fastify';
import { DomainError } from '@partage/domain';
import { isStaff, type Role, type SessionUser } from '../http/context.ts';

export interface GuardOptions {
  staffTwoFactorRequired: boolean;
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new DomainError('unauthenticated', [], {}, 401);
  return request.user;
}

/**
 * The user must hold one of the roles. Staff pages also need the second factor when the
 * installation requires it (always outside the demo).
 */
export function requireRole(request: FastifyRequest, options: GuardOptions, ...roles: Role[]): SessionUser {
  const user = requireUser(request);
  if (!user.roles.some((role) => roles.includes(role))) throw DomainError.forbidden();
  if (isStaff(user) && roles.some((r) => r !== 'member') && options.staffTwoFactorRequired) {
    if (!user.totpEnabled) throw DomainError.forbidden('auth.totp_enrolment_required');
    if (!request.session?.secondFactorOk) throw DomainError.forbidden('auth.totp_required');
  }
  return user;
}

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}
