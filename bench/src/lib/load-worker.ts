/**
 * Runs in a worker thread: the load generator gets its own event loop (and, on a 2-core machine, its
 * own core), so that it does not steal time from the server it measures. Receives a `LoadJob`,
 * answers with `LoadFigures`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { LoadFigures, LoadJob } from './load.ts';

const job = workerData as LoadJob;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

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
  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.reduce((sum, n) => sum + n, 0) / (latencies.length || 1);
  return {
    requests: ok,
    durationSeconds: round(result.duration, 3),
    requestsPerSecond: round(ok / result.duration, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(mean),
      max: round(sorted[sorted.length - 1] ?? NaN),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSecond: Math.round(bytes / result.duration),
  };
}

main().then(
  (figures) => parentPort!.postMessage({ figures }),
  (error: unknown) => parentPort!.postMessage({ error: String(error) }),
);
