import { useCallback, useEffect, useRef, useState } from 'react';
import { toServiceError, type ServiceError } from '@/services/errors';
import { fetchQuery, hashKey, observe, useQueryCache, type QueryKey, type QueryStatus } from './cache';

export interface Query<T> {
  data: T | undefined;
  error: ServiceError | null;
  status: QueryStatus;
  fetching: boolean;
  /** When the data shown came from the back end (ms since epoch); null before any answer. */
  updatedAt: number | null;
  /** Asks again, keeping what is shown until the answer is in; never rejects. */
  refetch(): Promise<void>;
}

/**
 * One read from the back end, shared by every component that names the same key: asked when first
 * shown (or when invalidated), then served from the cache while it revalidates. `null` as the key
 * asks nothing (signed out, no id yet).
 */
export function useQuery<T>(key: QueryKey | null, fetcher: () => Promise<T>): Query<T> {
  const hash = key ? hashKey(key) : null;
  const entry = useQueryCache((state) => (hash ? state.entries[hash] : undefined));
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const keyRef = useRef(key);
  keyRef.current = key;

  const refetch = useCallback(async () => {
    if (keyRef.current) await fetchQuery(keyRef.current, () => fetcherRef.current());
  }, []);

  useEffect(() => {
    if (!hash) return undefined;
    return observe(hash);
  }, [hash]);

  // Asked when a component first names the key. A cache cleared under a mounted component (a new
  // session) asks nothing by itself: the pages underneath ask again when they are shown, and
  // invalidate() asks for the keys on screen.
  useEffect(() => {
    if (!hash) return;
    const current = useQueryCache.getState().entries[hash];
    if (!current || (current.stale && !current.fetching)) void refetch();
  }, [hash, refetch]);

  return {
    data: entry?.data as T | undefined,
    error: entry?.error ?? null,
    status: entry?.status ?? 'loading',
    fetching: entry?.fetching ?? hash !== null,
    updatedAt: entry?.updatedAt ?? null,
    refetch,
  };
}

export interface Mutation<V, T> {
  /** Resolves with the back end's answer or rejects with a ServiceError the caller can show. */
  mutate(variables: V): Promise<T>;
  pending: boolean;
  /** The last refusal, for a banner; cleared by the next attempt and by reset(). */
  error: ServiceError | null;
  reset(): void;
}

/** One write to the back end with its pending and refusal state; `run` updates the cache itself. */
export function useMutation<V, T>(run: (variables: V) => Promise<T>): Mutation<V, T> {
  const [pending, setPending] = useState(false);
  // A refusal belongs to the session it came in (clearQueries / clearQueryErrors start a new one).
  const [failure, setFailure] = useState<{ error: ServiceError; epoch: number } | null>(null);
  const epoch = useQueryCache((state) => state.epoch);
  const runRef = useRef(run);
  runRef.current = run;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(async (variables: V) => {
    setPending(true);
    setFailure(null);
    try {
      return await runRef.current(variables);
    } catch (thrown) {
      const refusal = toServiceError(thrown);
      if (mounted.current) setFailure({ error: refusal, epoch: useQueryCache.getState().epoch });
      throw refusal;
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);

  const reset = useCallback(() => setFailure(null), []);
  const error = failure && failure.epoch === epoch ? failure.error : null;
  return { mutate, pending, error, reset };
}
