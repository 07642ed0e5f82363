/**
 * Runs in a worker thread: autocannon with one user per connection (its headers, its bodies in turn).
 * Receives a `PostLoadJob`, answers with `PostLoadFigures`.
 */
import { workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { PostLoadFigures, PostLoadJob } from './post-load.ts';
import { latencySummary, round } from '../lib/latency.ts';
import { answerParent } from '../lib/worker-thread.ts';

const job = workerData as PostLoadJob;

interface UserContext {
  user?: number;
  sent?: number;
}

async function main(): Promise<PostLoadFigures> {
  let nextUser = 0;
  let maxSent = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let ok = 0;
  let bytes = 0;
  const longest = Math.max(...job.users.map((u) => u.bodies.length));
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: job.url,
        connections: job.users.length,
        duration: job.durationSeconds,
        timeout: job.timeoutSeconds,
        initialContext: {},
        // autocannon clears the context when a connection has gone through the whole list: with one
        // entry per body, a connection keeps its user for as many requests as it has bodies.
        requests: Array.from({ length: longest }, () => ({
          method: 'POST',
          path: job.path,
          setupRequest: (request: autocannon.Request, raw: object) => {
            // The first request of a connection gives it its user; each user is one connection.
            const context = raw as UserContext;
            if (context.user === undefined) [context.user, context.sent] = [nextUser++, 0];
            const user = job.users[context.user % job.users.length]!;
            const n = context.sent!;
            context.sent = n + 1;
            maxSent = Math.max(maxSent, n + 1);
            return {
              ...request,
              headers: {
                ...user.headers,
                'content-type': 'application/json',
                'idempotency-key': `${job.idempotencyPrefix}-${context.user}-${n}`,
              },
              body: user.bodies[n % user.bodies.length]!,
            };
          },
          onResponse: (status: number, body: string) => {
            if ((status < 200 || status >= 300) && errorSamples.length < 5)
              errorSamples.push(`${status} ${String(body).slice(0, 400)}`);
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) {
      ok++;
      bytes += responseBytes;
      latencies.push(responseTime);
    }
  });
  const result = await finished;
  return {
    requests: ok,
    durationSeconds: round(result.duration, 3),
    requestsPerSecond: round(ok / result.duration, 1),
    latencyMs: latencySummary(latencies),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSecond: Math.round(bytes / result.duration),
    statuses,
    errorSamples,
    maxRequestsPerUser: maxSent,
  };
}

answerParent(main);
