/**
 * Runs in a worker thread (its own event loop and core): sends every ballot once, over `connections`
 * concurrent keep-alive connections, each request with its voter's session cookie and CSRF token.
 * Answers with the throughput and latency of the accepted ballots (201) and the count of the others.
 */
import { workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { latencySummary, round } from '../lib/latency.ts';
import { answerParent } from '../lib/worker-thread.ts';

export interface BallotJob {
  url: string;
  connections: number;
  timeoutSeconds: number;
  requests: Array<{ path: string; cookie: string; csrf: string; body: string }>;
}

const job = workerData as BallotJob;
async function main() {
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        amount: job.requests.length,
        timeout: job.timeoutSeconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const r = job.requests[next++ % job.requests.length]!;
              return {
                ...request,
                method: 'POST',
                path: r.path,
                headers: { 'content-type': 'application/json', cookie: r.cookie, 'x-csrf-token': r.csrf },
                body: r.body,
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode === 201) latencies.push(responseTime);
  });
  const result = await finished;
  const { p50, p95, p99, max } = latencySummary(latencies);
  return {
    accepted: latencies.length,
    statuses,
    durationSeconds: round(result.duration, 3),
    ballotsPerSecond: round(latencies.length / result.duration, 1),
    latencyMs: { p50, p95, p99, max },
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

answerParent(main);
