export {
  clearQueries,
  clearQueryErrors,
  fetchQuery,
  invalidate,
  invalidateAll,
  readEntry,
  setQueryData,
} from './cache';
export type { QueryEntry, QueryKey, QueryStatus } from './cache';
export { useMutation, useQuery } from './hooks';
export type { Mutation, Query } from './hooks';
