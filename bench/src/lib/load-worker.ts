/**
 * Runs in a worker thread: the load generator gets its own event loop (and, on a 2-core machine, its
 * own core), so that it does not steal time from the server it measures. Receives a `LoadJob`,
 * answers with `LoadFigures`.
 */
import { workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { LoadFigures, LoadJob } from './load.ts';
import { latencySummary, round } from './latency.ts';
import { answerParent } from './worker-thread.ts';

const job = workerData as LoadJob;

async function main(): Promise<LoadFigures> {
  let next = 0;
  const latencies: number[] = [];
  let ok = 0;
  let bytes = 0;
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.durationSeconds,
        timeout: job.timeoutSeconds,
        headers: job.headers,
        requests: [
          {
            method: 'GET',
            // Each request takes the next path of the precomputed list: the mix varies.
            setupRequest: (request) => ({ ...request, path: job.paths[next++ % job.paths.length]! }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
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
  };
}

answerParent(main);
