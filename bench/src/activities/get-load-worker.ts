/**
 * Runs in a worker thread: autocannon with one user per connection (its session's headers, its paths in
 * turn). Receives a `UserLoadJob`, answers with `UserLoadFigures`.
 */
import { workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { UserLoadFigures, UserLoadJob } from './get-load.ts';
import { latencySummary, round } from '../lib/latency.ts';
import { answerParent } from '../lib/worker-thread.ts';

const job = workerData as UserLoadJob;

/** Requests in autocannon's list: it clears a connection's context after the whole list (see below). */
const LIST = 1000;

interface UserContext {
  user?: number;
  sent?: number;
}

async function main(): Promise<UserLoadFigures> {
  let nextUser = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let ok = 0;
  let bytes = 0;
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: job.url,
        connections: job.users.length,
        duration: job.durationSeconds,
        timeout: job.timeoutSeconds,
        initialContext: {},
        // autocannon clears a connection's context when it has gone through the whole list: with a long
        // list, a connection keeps its user for that many requests (then takes the next free user).
        requests: Array.from({ length: LIST }, () => ({
          method: 'GET',
          setupRequest: (request: autocannon.Request, raw: object) => {
            const context = raw as UserContext;
            if (context.user === undefined) [context.user, context.sent] = [nextUser++, 0];
            const user = job.users[context.user % job.users.length]!;
            const n = context.sent!;
            context.sent = n + 1;
            return { ...request, headers: user.headers, path: user.paths[n % user.paths.length]! };
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
  };
}

answerParent(main);
