import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@partage/domain';
import { PG, pgErrorCode, type Db } from '@partage/db';

/**
 * `Idempotency-Key` support for state-changing routes marked `idempotent`: the first request with a
 * key is processed and its answer stored; the same key again gets the stored answer (header
 * `Idempotent-Replayed: true`) and changes nothing; while the first is still running, 409.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  /** Requests that inserted their key: only they store (or release) the answer. */
  const owners = new WeakSet<FastifyRequest>();
  const keyOf = (request: FastifyRequest) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !request.routeOptions.config.idempotent) return null;
    if (key.length < 8 || key.length > 100) throw DomainError.field('Idempotency-Key', 'field.invalid');
    return { user: request.user?.id ?? `anon:${request.ip}`, key };
  };

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const id = keyOf(request);
    if (!id) return;
    try {
      await db.query('INSERT INTO idempotency_keys (user_key, key, method, path) VALUES ($1, $2, $3, $4)', [
        id.user,
        id.key,
        request.method,
        request.url,
      ]);
      owners.add(request);
    } catch (error) {
      if (pgErrorCode(error) !== PG.uniqueViolation) throw error;
      const { rows } = await db.query<{ status: number | null; response: unknown; path: string }>(
        'SELECT status, response, path FROM idempotency_keys WHERE user_key = $1 AND key = $2',
        [id.user, id.key],
      );
      const stored = rows[0];
      if (!stored || stored.status === null || stored.path !== request.url)
        throw DomainError.conflict('request.in_progress');
      reply.header('idempotent-replayed', 'true');
      return reply.status(stored.status).send(stored.response);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const id = keyOf(request);
    if (!id || !owners.has(request)) return payload;
    if (reply.statusCode >= 500) {
      await db.query('DELETE FROM idempotency_keys WHERE user_key = $1 AND key = $2', [id.user, id.key]);
      return payload;
    }
    let body: unknown = null;
    if (typeof payload === 'string') {
      try {
        body = JSON.parse(payload);
      } catch {
        body = payload;
      }
    }
    await db.query(
      'UPDATE idempotency_keys SET status = $3, response = $4 WHERE user_key = $1 AND key = $2 AND status IS NULL',
      [id.user, id.key, reply.statusCode, JSON.stringify(body)],
    );
    return payload;
  });
}
