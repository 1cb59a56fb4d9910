import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads on mount and when {@code deps} change; {@code reload} loads again without showing the spinner. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    const controller = new AbortController();
    stableLoad(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) {
          setData(value);
          setError(undefined);
        }
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted && (e as Error)?.name !== 'AbortError') setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [stableLoad, tick]);
  return { data, error, loading, reload: () => setTick((t) => t + 1) };
}
