import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { DomainError, LANGUAGES, assertEmail } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { isStaff } from '../http/context.ts';
import { randomToken, sha256 } from '../security/crypto.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { assertPasswordStrength, decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import {
  createSession,
  destroySession,
  destroyUserSessions,
  SESSION_COOKIE,
  SESSION_DAYS,
} from './sessions.ts';
import { isThrottled, recordAttempt, WINDOW_MINUTES } from './rate-limit.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';
import { requireUser } from './guards.ts';

export const CSRF_COOKIE = 'partage_csrf';

export async function authRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const secure = ctx.config.publicUrl.startsWith('https://');
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_DAYS * 86_400 });
  }

  async function hasPersonRecord(userId: string | undefined) {
    if (!userId) return null;
    const { rows } = await ctx.db.query<{ has_person: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM people WHERE user_id = $1) AS has_person',
      [userId],
    );
    return rows[0]?.has_person ?? false;
  }

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user (or null) and the CSRF token to send with changes',
      },
    },
    async (request, reply) => {
      let csrfToken = request.session?.csrfToken;
      if (!csrfToken) {
        csrfToken = request.cookies[CSRF_COOKIE] ?? randomToken(24);
        reply.setCookie(CSRF_COOKIE, csrfToken, { ...cookieOptions, httpOnly: false });
      }
      const user = request.user;
      return {
        csrfToken,
        user: user && {
          ...user,
          isStaff: isStaff(user),
          hasPersonRecord: await hasPersonRecord(user.id),
          secondFactorOk: request.session?.secondFactorOk ?? false,
          mustEnrolTotp: isStaff(user) && ctx.config.staffTwoFactorRequired && !user.totpEnabled,
        },
      };
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        body: z.object({
          email: z.string().min(1).max(254),
          password: z.string().min(1).max(200),
          totp: z.string().max(10).optional(),
        }),
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      if (await isThrottled(ctx.db, email, request.ip))
        throw new DomainError('auth.rate_limited', [], { minutes: WINDOW_MINUTES }, 429);
      const { rows } = await ctx.db.query<{
        id: string;
        password_hash: string;
        totp_secret: string | null;
        totp_enabled_at: Date | null;
      }>(
        'SELECT id, password_hash, totp_secret, totp_enabled_at FROM users WHERE email = $1 AND disabled_at IS NULL',
        [email],
      );
      const user = rows[0];
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), request.body.password);
      if (!user || !ok) {
        await recordAttempt(ctx.db, email, request.ip, false);
        throw new DomainError(
          'auth.invalid_credentials',
          [{ field: 'password', code: 'auth.invalid_credentials' }],
          {},
          401,
        );
      }
      const needsTotp = user.totp_enabled_at !== null && user.totp_secret !== null;
      if (needsTotp) {
        if (!request.body.totp)
          throw new DomainError(
            'auth.totp_required',
            [{ field: 'totp', code: 'auth.totp_required' }],
            {},
            401,
          );
        if (!(await checkTotp(user.totp_secret!, request.body.totp))) {
          await recordAttempt(ctx.db, email, request.ip, false);
          throw new DomainError('auth.totp_invalid', [{ field: 'totp', code: 'auth.totp_invalid' }], {}, 401);
        }
      }
      const created = await ctx.db.transaction(async (tx) => {
        await recordAttempt(tx, email, request.ip, true);
        const session = await createSession(tx, user.id, needsTotp, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        await audit(tx, null, { action: 'auth.login', subjectType: 'user', subjectId: user.id });
        return session;
      });
      setSessionCookie(reply, created.token);
      return { csrfToken: created.session.csrfToken };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (request, reply) => {
    if (request.session) await destroySession(ctx.db, request.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.patch(
    '/auth/me',
    { schema: { tags: ['auth'], body: z.object({ language: z.enum(LANGUAGES) }) } },
    async (request) => {
      const user = requireUser(request);
      await ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET language = $2 WHERE id = $1', [user.id, request.body.language]);
        await audit(tx, request, {
          action: 'user.language',
          subjectType: 'user',
          subjectId: user.id,
          before: { language: user.language },
          after: { language: request.body.language },
        });
      });
      return { language: request.body.language };
    },
  );

  app.post(
    '/auth/password-reset',
    { schema: { tags: ['auth'], body: z.object({ email: z.string().min(1).max(254) }) } },
    async (request, reply) => {
      const email = assertEmail(request.body.email);
      const { rows } = await ctx.db.query<{
        id: string;
        display_name: string;
        language: 'fr';
        entity_id: string;
      }>('SELECT id, display_name, language, entity_id FROM users WHERE email = $1 AND disabled_at IS NULL', [
        email,
      ]);
      const user = rows[0];
      if (user) {
        const token = randomToken();
        await ctx.db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
            [sha256(token), user.id],
          );
          await queueEmail(
            tx,
            {
              entityId: user.entity_id,
              to: email,
              language: user.language,
              template: 'password_reset',
              params: {
                name: user.display_name,
                link: `${ctx.config.publicUrl}/reset-password?token=${token}`,
              },
            },
            ctx.delivery,
          );
          await audit(tx, request, {
            action: 'auth.password_reset_requested',
            subjectType: 'user',
            subjectId: user.id,
          });
        });
      }
      // Same answer whether the address is known or not: the form reveals no accounts.
      return reply.status(202).send({ ok: true });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        body: z.object({ token: z.string().min(10).max(200), password: z.string().max(200) }),
      },
    },
    async (request) => {
      assertPasswordStrength(request.body.password);
      const passwordHash = await hashPassword(request.body.password);
      await ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ user_id: string }>(
          `UPDATE password_resets SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
          [sha256(request.body.token)],
        );
        const userId = rows[0]?.user_id;
        if (!userId) throw DomainError.field('token', 'auth.reset_token_invalid');
        await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
        await destroyUserSessions(tx, userId);
        await audit(tx, request, { action: 'auth.password_reset', subjectType: 'user', subjectId: userId });
      });
      return { ok: true };
    },
  );

  app.post('/auth/totp/setup', { schema: { tags: ['auth'] } }, async (request) => {
    const user = requireUser(request);
    if (user.totpEnabled) throw DomainError.conflict('field.invalid');
    const secret = newTotpSecret();
    await ctx.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL', [
      user.id,
      secret,
    ]);
    const uri = totpUri(secret, user.email);
    return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
  });

  app.post(
    '/auth/totp/enable',
    { schema: { tags: ['auth'], body: z.object({ code: z.string().max(10) }) } },
    async (request) => {
      const user = requireUser(request);
      const { rows } = await ctx.db.query<{ totp_secret: string | null }>(
        'SELECT totp_secret FROM users WHERE id = $1',
        [user.id],
      );
      const secret = rows[0]?.totp_secret;
      if (!secret || !(await checkTotp(secret, request.body.code)))
        throw DomainError.field('code', 'auth.totp_invalid');
      await ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET totp_enabled_at = now() WHERE id = $1', [user.id]);
        await tx.query('UPDATE sessions SET second_factor_ok = true WHERE id = $1', [request.session!.id]);
        await audit(tx, request, { action: 'auth.totp_enabled', subjectType: 'user', subjectId: user.id });
      });
      return { ok: true };
    },
  );
}
