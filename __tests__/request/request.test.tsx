import { act, renderHook, waitFor } from '@testing-library/react';
import { ServiceError } from '@/services';
import {
  clearQueries,
  clearQueryErrors,
  fetchQuery,
  invalidate,
  setQueryData,
  useMutation,
  useQuery,
} from '@/request';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A fetcher whose answers the test hands out one by one. */
function scriptedFetcher<T>() {
  const calls: Deferred<T>[] = [];
  const fetcher = jest.fn(() => {
    const call = deferred<T>();
    calls.push(call);
    return call.promise;
  });
  return { fetcher, calls };
}

const refusal = new ServiceError('RELATION_NOT_FOUND', '共济关系不存在', 404);

afterEach(() => clearQueries());

test('a query is loading until its first answer, then shows it', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['greeting'], fetcher));
  expect(result.current.status).toBe('loading');
  await act(async () => calls[0].resolve('你好'));
  expect(result.current).toMatchObject({ status: 'success', data: '你好', error: null });
});

test('a refetch keeps the shown answer until the new one is in', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['greeting'], fetcher));
  await act(async () => calls[0].resolve('第一次'));
  act(() => void result.current.refetch());
  expect(result.current).toMatchObject({ data: '第一次', fetching: true });
  await act(async () => calls[1].resolve('第二次'));
  expect(result.current).toMatchObject({ data: '第二次', fetching: false });
});

test('a refusal becomes the query error as a ServiceError and the earlier answer stays', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['greeting'], fetcher));
  await act(async () => calls[0].resolve('第一次'));
  act(() => void result.current.refetch());
  await act(async () => calls[1].reject(refusal));
  expect(result.current.error).toBe(refusal);
  expect(result.current.data).toBe('第一次');
});

test('a failure that is not a ServiceError reaches the query as the network refusal', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['greeting'], fetcher));
  await act(async () => calls[0].reject(new TypeError('boom')));
  expect(result.current.status).toBe('error');
  expect(result.current.error).toBeInstanceOf(ServiceError);
  expect(result.current.error?.code).toBe('NETWORK');
});

test('two components naming the same key make one request', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const first = renderHook(() => useQuery(['shared'], fetcher));
  const second = renderHook(() => useQuery(['shared'], fetcher));
  await act(async () => calls[0].resolve('同一个'));
  expect(fetcher).toHaveBeenCalledTimes(1);
  expect(second.result.current.data).toBe(first.result.current.data);
});

test('an older answer that arrives after a newer one changes nothing', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['order'], fetcher));
  act(() => void fetchQuery(['order'], fetcher, { fresh: true }));
  await act(async () => calls[1].resolve('新的'));
  await act(async () => calls[0].resolve('旧的'));
  expect(result.current.data).toBe('新的');
});

test('invalidating a key asks again for the query on screen', async () => {
  const { fetcher, calls } = scriptedFetcher<number>();
  const { result } = renderHook(() => useQuery(['relations', 'list'], fetcher));
  await act(async () => calls[0].resolve(1));
  act(() => void invalidate(['relations']));
  await act(async () => calls[1].resolve(2));
  expect(result.current.data).toBe(2);
});

test('invalidating one key leaves a key with another name alone', async () => {
  const { fetcher, calls } = scriptedFetcher<number>();
  renderHook(() => useQuery(['relationsOld'], fetcher));
  await act(async () => calls[0].resolve(1));
  await act(() => invalidate(['relations']));
  expect(fetcher).toHaveBeenCalledTimes(1);
});

test('an answer on its way when the cache is cleared is not shown', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['me'], fetcher));
  act(() => clearQueries());
  await act(async () => calls[0].resolve('上一个人'));
  expect(result.current.data).toBeUndefined();
});

test('setQueryData shows what a write answered without asking again', async () => {
  const { fetcher, calls } = scriptedFetcher<string[]>();
  const { result } = renderHook(() => useQuery(['list'], fetcher));
  await act(async () => calls[0].resolve(['甲']));
  act(() => setQueryData<string[]>(['list'], (list) => ['乙', ...(list ?? [])]));
  expect(result.current.data).toEqual(['乙', '甲']);
  expect(fetcher).toHaveBeenCalledTimes(1);
});

test('a null key asks nothing', () => {
  const { fetcher } = scriptedFetcher<string>();
  renderHook(() => useQuery(null, fetcher));
  expect(fetcher).not.toHaveBeenCalled();
});

test('a mutation resolves with the answer and is pending only while it runs', async () => {
  const call = deferred<string>();
  const { result } = renderHook(() => useMutation((_: void) => call.promise));
  let answer: Promise<string> | undefined;
  act(() => {
    answer = result.current.mutate();
  });
  expect(result.current.pending).toBe(true);
  await act(async () => call.resolve('已提交'));
  await expect(answer).resolves.toBe('已提交');
  expect(result.current.pending).toBe(false);
});

test('a refused mutation rejects with the ServiceError and shows it as its error', async () => {
  const { result } = renderHook(() => useMutation((_: void) => Promise.reject(refusal)));
  await act(async () => {
    await expect(result.current.mutate()).rejects.toBe(refusal);
  });
  await waitFor(() => expect(result.current.error).toBe(refusal));
});

test('the next attempt of a mutation clears its last refusal', async () => {
  let fail = true;
  const { result } = renderHook(() =>
    useMutation((_: void) => (fail ? Promise.reject(refusal) : Promise.resolve('好'))),
  );
  await act(async () => {
    await result.current.mutate().catch(() => undefined);
  });
  fail = false;
  await act(async () => {
    await result.current.mutate();
  });
  expect(result.current.error).toBeNull();
});

test('a retry of a refused query says it is loading, not the refusal', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  const { result } = renderHook(() => useQuery(['greeting'], fetcher));
  await act(async () => calls[0].reject(refusal));
  act(() => void result.current.refetch());
  expect(result.current).toMatchObject({ status: 'loading', error: null, fetching: true });
});

test('a mutation refusal is not shown once a new session has started', async () => {
  const { result } = renderHook(() => useMutation((_: void) => Promise.reject(refusal)));
  await act(async () => {
    await result.current.mutate().catch(() => undefined);
  });
  act(() => clearQueryErrors());
  expect(result.current.error).toBeNull();
});

test('clearing the cache asks nothing by itself of a component already on screen', async () => {
  const { fetcher, calls } = scriptedFetcher<string>();
  renderHook(() => useQuery(['underneath'], fetcher));
  await act(async () => calls[0].resolve('旧的'));
  act(() => clearQueries());
  expect(fetcher).toHaveBeenCalledTimes(1);
});
