import { Worker, parentPort } from 'node:worker_threads';

/** The workers are TypeScript too: each registers tsx's loader before importing its module. */
const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * Runs a load generator module in a worker thread (its own event loop and, on a 2-core machine, its own
 * core, so that it does not steal time from the server it measures) and returns what it answers.
 */
export function runInWorkerThread<T>(moduleUrl: string, data: unknown, name = 'load worker'): Promise<T> {
  const boot = `import(${JSON.stringify(TSX_API)})
    .then((api) => { api.register(); return import(${JSON.stringify(moduleUrl)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: data });
    worker.once('message', (message: { figures?: T; error?: string }) => {
      void worker.terminate();
      if (message.figures) resolve(message.figures);
      else reject(new Error(message.error ?? `${name} failed`));
    });
    worker.once('error', reject);
    // After an answer the promise is settled and this does nothing; before one, the worker failed.
    worker.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before answering`)));
  });
}

/** Inside the worker: runs `main` and sends its figures (or its error) to the thread that started it. */
export function answerParent<T>(main: () => Promise<T>): void {
  main().then(
    (figures) => parentPort!.postMessage({ figures }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
}
