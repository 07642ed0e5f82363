import type { Language } from '@partage/domain';
export type Role = 'member' | 'adviser' | 'client_service' | 'payroll' | 'board' | 'admin';
export declare const STAFF_ROLES: Role[];
export interface SessionUser {
    id: string;
    email: string;
    displayName: string;
    language: Language;
    roles: Role[];
    entityId: string;
    totpEnabled: boolean;
}
export interface Session {
    id: string;
    csrfToken: string;
    secondFactorOk: boolean;
}
declare module 'fastify' {
    interface FastifyRequest {
        lang: Language;
        user: SessionUser | null;
        session: Session | null;
    }
    interface FastifyContextConfig {
        /** The route accepts an `Idempotency-Key` header: the same request twice is answered once. */
        idempotent?: boolean;
        /** The route may be called without the CSRF header (e.g. the login form before any session). */
        csrfExempt?: boolean;
    }
}
export declare function isStaff(user: SessionUser | null): boolean;
