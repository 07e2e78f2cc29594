import { create } from 'zustand';
import { now } from '@/domain';
import { toServiceError, type ServiceError } from '@/services/errors';

/** A query's name and arguments, e.g. `['relations']` or `['relation', id]`. */
export type QueryKey = readonly (string | number | boolean | null)[];

/** loading: nothing to show yet; success / error: the last answer (data stays while a newer one is asked). */
export type QueryStatus = 'loading' | 'success' | 'error';

export interface QueryEntry<T = unknown> {
  data: T | undefined;
  error: ServiceError | null;
  status: QueryStatus;
  /** A request for this key is on its way (the first one, or a revalidation behind shown data). */
  fetching: boolean;
  /** Invalidated: the next reader asks again. */
  stale: boolean;
  /** When `data` came from the back end (ms since epoch), so data shown after a failure says its age. */
  updatedAt: number | null;
}

interface CacheState {
  entries: Record<string, QueryEntry>;
  /** Counts the sessions: a mutation's refusal belongs to the session it was made in. */
  epoch: number;
}

/** Every answer the app has read from the back end, by key. Components read one entry each. */
export const useQueryCache = create<CacheState>()(() => ({ entries: {}, epoch: 0 }));

export const hashKey = (key: QueryKey): string => JSON.stringify(key);

const startsWith = (key: string, prefix: QueryKey) => {
  const wanted = hashKey(prefix).slice(0, -1);
  return key === `${wanted}]` || key.startsWith(`${wanted},`);
};

interface Flight {
  ticket: number;
  promise: Promise<void>;
}

const fetchers = new Map<string, () => Promise<unknown>>();
const flights = new Map<string, Flight>();
const observers = new Map<string, number>();
/** Outdates every answer still on its way when the cache is cleared or a key asked again. */
let tickets = 0;

function patch(hash: string, change: Partial<QueryEntry>) {
  useQueryCache.setState((state) => {
    const previous: QueryEntry = state.entries[hash] ?? {
      data: undefined,
      error: null,
      status: 'loading',
      fetching: false,
      stale: true,
      updatedAt: null,
    };
    return { entries: { ...state.entries, [hash]: { ...previous, ...change } } };
  });
}

export function readEntry<T>(key: QueryKey): QueryEntry<T> | undefined {
  return useQueryCache.getState().entries[hashKey(key)] as QueryEntry<T> | undefined;
}

/**
 * Asks for `key`. A request already on its way is shared unless `fresh` (after a write, whose answer
 * that request may predate). Only the newest request of a key writes its answer: on a slow network
 * answers come back in any order. Never rejects; the failure is the entry's `error`.
 */
export function fetchQuery<T>(
  key: QueryKey,
  fetcher: () => Promise<T>,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  const hash = hashKey(key);
  fetchers.set(hash, fetcher);
  const flying = flights.get(hash);
  if (flying && !fresh) return flying.promise;
  tickets += 1;
  const ticket = tickets;
  const current = () => flights.get(hash)?.ticket === ticket;
  // A retry says it is loading, not the refusal it is retrying; shown data stays.
  const shown = readEntry(key)?.data !== undefined;
  patch(hash, { fetching: true, error: null, status: shown ? 'success' : 'loading' });
  const promise = fetcher().then(
    (data) => {
      if (!current()) return;
      flights.delete(hash);
      patch(hash, {
        data,
        error: null,
        status: 'success',
        fetching: false,
        stale: false,
        updatedAt: now(),
      });
    },
    (error: unknown) => {
      if (!current()) return;
      flights.delete(hash);
      const hasData = readEntry(key)?.data !== undefined;
      patch(hash, {
        error: toServiceError(error),
        status: hasData ? 'success' : 'error',
        fetching: false,
        stale: false,
      });
    },
  );
  flights.set(hash, { ticket, promise });
  return promise;
}

/** Replaces what a key holds with what the back end just answered to a write. */
export function setQueryData<T>(key: QueryKey, update: (previous: T | undefined) => T): void {
  const hash = hashKey(key);
  patch(hash, {
    data: update(useQueryCache.getState().entries[hash]?.data as T | undefined),
    error: null,
    status: 'success',
    updatedAt: now(),
  });
}

/**
 * Marks every key under `prefix` stale; the ones on screen are asked again at once. Resolves when
 * those answers are in.
 */
export function invalidate(prefix: QueryKey): Promise<void> {
  return invalidateWhere((hash) => startsWith(hash, prefix));
}

/** Every key at once: the data changed somewhere this view cannot know about (QA beside the app). */
export function invalidateAll(): Promise<void> {
  return invalidateWhere(() => true);
}

function invalidateWhere(matches: (hash: string) => boolean): Promise<void> {
  const hashes = Object.keys(useQueryCache.getState().entries).filter(matches);
  const asked: Promise<void>[] = [];
  for (const hash of hashes) {
    patch(hash, { stale: true });
    const fetcher = fetchers.get(hash);
    if (fetcher && (observers.get(hash) ?? 0) > 0) {
      asked.push(fetchQuery(JSON.parse(hash) as QueryKey, fetcher, { fresh: true }));
    }
  }
  return Promise.all(asked).then(() => undefined);
}

/** Forgets everything (a new person signed in); answers still on their way change nothing. */
export function clearQueries(): void {
  flights.clear();
  fetchers.clear();
  useQueryCache.setState((state) => ({ entries: {}, epoch: state.epoch + 1 }));
}

/** Drops the errors only (the same person signed in again): a refusal of the ended session is not shown. */
export function clearQueryErrors(): void {
  useQueryCache.setState((state) => ({
    epoch: state.epoch + 1,
    entries: Object.fromEntries(
      Object.entries(state.entries).map(([hash, entry]) => [
        hash,
        entry.error
          ? { ...entry, error: null, status: entry.data === undefined ? 'loading' : 'success', stale: true }
          : entry,
      ]),
    ),
  }));
}

export function observe(hash: string): () => void {
  observers.set(hash, (observers.get(hash) ?? 0) + 1);
  return () => observers.set(hash, (observers.get(hash) ?? 1) - 1);
}
