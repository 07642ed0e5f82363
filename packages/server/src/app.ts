import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '@partage/domain';
import type { AppContext } from './context.ts';
import { errorHandler } from './http/problem.ts';
import { requestLanguage } from './http/language.ts';
import { registerIdempotency } from './http/idempotency.ts';
import { loadSession, SESSION_COOKIE } from './auth/sessions.ts';
import { authRoutes, CSRF_COOKIE } from './auth/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { outboxRoutes } from './mail/routes.ts';
import { entityRoutes } from './entities/routes.ts';
import { membershipRoutes } from './membership/routes.ts';
import { registerRoutes } from './membership/register-routes.ts';
import { governanceRoutes } from './governance/routes.ts';
import { opsRoutes } from './ops/routes.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { simulatorRoutes } from './simulator/routes.ts';
import { adminRoutes } from './admin/routes.ts';
import { clientRoutes } from './clients/routes.ts';
import { contractRoutes } from './contracts/routes.ts';
import { payrollRoutes } from './payroll/routes.ts';
import { paymentRoutes } from './payments/routes.ts';
import { invoicingRoutes } from './invoicing/routes.ts';
import { platformRoutes } from './platform/routes.ts';
import { receivablesRoutes } from './receivables/routes.ts';
import { bankRoutes } from './bank/routes.ts';
import { clientAccessRoutes } from './client-access/routes.ts';
import { activityRoutes } from './activities/routes.ts';
import { withoutAccessToken } from './client-access/access-log.ts';
import './http/context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: ctx.config.logLevel,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          // The link to a client's page is its key: never written to the logs.
          serializers: {
            req: (req: FastifyRequest) => ({
              method: req.method,
              url: withoutAccessToken(req.url),
              host: req.host,
              remoteAddress: req.ip,
            }),
          },
        }
      : false,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Partage API',
        version: '1.0.0',
        description: 'The API of the shared enterprise platform.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token of a client platform (ptk_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.decorateRequest('lang', 'en');
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);

  // Who is asking, in which language, and is a state change really coming from our own pages?
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const loaded = token ? await loadSession(ctx.db, token) : null;
    request.user = loaded?.user ?? null;
    request.session = loaded?.session ?? null;
    request.lang = requestLanguage(request, loaded?.user.language);
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.routeOptions.config?.csrfExempt) return;
    const header = request.headers['x-csrf-token'];
    const sent = typeof header === 'string' ? header : undefined;
    const expected = request.session ? request.session.csrfToken : request.cookies[CSRF_COOKIE];
    if (!sameToken(sent, expected)) throw new DomainError('csrf.invalid', [], {}, 403);
  });
  registerIdempotency(app, ctx.db);

  await app.register(
    async (api) => {
      await authRoutes(api, ctx);
      await auditRoutes(api, ctx);
      await outboxRoutes(api, ctx);
      await entityRoutes(api, ctx);
      await membershipRoutes(api, ctx);
      await registerRoutes(api, ctx);
      await governanceRoutes(api, ctx);
      await ledgerRoutes(api, ctx);
      await simulatorRoutes(api, ctx);
      await adminRoutes(api, ctx);
      await clientRoutes(api, ctx);
      await contractRoutes(api, ctx);
      await payrollRoutes(api, ctx);
      await paymentRoutes(api, ctx);
      await invoicingRoutes(api, ctx);
      await platformRoutes(api, ctx);
      await receivablesRoutes(api, ctx);
      await bankRoutes(api, ctx);
      await clientAccessRoutes(api, ctx);
      await activityRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );
  await opsRoutes(app, ctx);

  const web = ctx.config.webDist;
  if (web && existsSync(web)) {
    await app.register(fastifyStatic, { root: web, wildcard: false });
    // The web app routes in the browser: every other GET outside the API gets its page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      throw DomainError.notFound();
    });
  } else {
    app.setNotFoundHandler(() => {
      throw DomainError.notFound();
    });
  }
  return app;
}
