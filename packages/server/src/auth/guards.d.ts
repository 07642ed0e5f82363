import type { FastifyRequest } from 'fastify';
import { type Role, type SessionUser } from '../http/context.ts';
export interface GuardOptions {
    staffTwoFactorRequired: boolean;
}
export declare function requireUser(request: FastifyRequest): SessionUser;
/**
 * The user must hold one of the roles. Staff pages also need the second factor when the
 * installation requires it (always outside the demo).
 */
export declare function requireRole(request: FastifyRequest, options: GuardOptions, ...roles: Role[]): SessionUser;
export declare function hasRole(user: SessionUser | null, ...roles: Role[]): boolean;
