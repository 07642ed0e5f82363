import { useRef, useState } from 'react';

/**
 * A form's submission: whether it is running, its last error, and its idempotency key. The key is renewed
 * once a submission succeeds; a retry after a failure keeps it, so a request that did reach the server is
 * not done twice.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = useRef(crypto.randomUUID());
  async function run<T>(action: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      const result = await action(key.current);
      key.current = crypto.randomUUID();
      return result;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
