import Fastify from 'fastify';

/**
 * The reference point: a bare Fastify route returning a small JSON, no database, no hooks. Measured
 * with the same load settings as the real endpoint, it tells what this machine, this Node and this
 * load generator can do at best; an endpoint's throughput divided by it is comparable across machines.
 */
export async function startBareServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => ({ ok: true, service: 'bare', items: [1, 2, 3] }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: address, close: () => app.close() };
}
