import { useEffect } from 'react';
import { invalidate, useQuery, type QueryKey } from '@/request';
import * as services from '@/services';

export const qaKeys = {
  personas: ['qa', 'personas'] as const,
  reviews: ['qa', 'reviews'] as const,
  faults: ['qa', 'faults'] as const,
  reviewSetting: ['qa', 'review-setting'] as const,
  thumbnails: (materialIds: string[]): QueryKey => ['qa', 'thumbnails', ...materialIds],
};

/** A console section's read: asked when it shows and again each time the console is opened. */
function useVisitQuery<T>(key: QueryKey, fetcher: () => Promise<T>, visit: number) {
  const query = useQuery(key, fetcher);
  const { refetch } = query;
  useEffect(() => {
    void refetch();
  }, [visit, refetch]);
  return query;
}

export const usePersonas = (visit: number) => useVisitQuery(qaKeys.personas, services.qa.personas, visit);

export const usePendingReviews = (visit: number) =>
  useVisitQuery(qaKeys.reviews, services.qa.pendingReviews, visit);

export const useReviewSetting = (visit: number) =>
  useVisitQuery(qaKeys.reviewSetting, services.qa.reviewSetting, visit);

export const useFaults = () => useQuery(qaKeys.faults, services.qa.getFaults);

/** After QA changed the data: the balances, the pending applications. */
export const refreshQa = (): Promise<void> => invalidate(['qa']);
