import { useSignedIn } from '@/features/auth';
import { invalidate, useQuery } from '@/request';
import * as services from '@/services';
import type { BillEstimate, EstimateQuery, UsageMonths } from '@/services';

/** Every estimate asked for; balances and limits change, so a page shown again asks afresh. */
export const estimateKey = ['estimate'] as const;

/** What a bill would cost each account, split by the back end; null asks nothing (no amount yet). */
export function useEstimate(query: EstimateQuery | null) {
  const key = useSignedIn() && query ? [...estimateKey, query.amountFen, query.category] : null;
  return useQuery<BillEstimate>(key, () => {
    // useQuery asks only with a key, and there is a key only with a query.
    if (!query) throw new Error('an estimate was asked for without a bill');
    return services.estimateBill(query);
  });
}

export const refreshEstimates = (): Promise<void> => invalidate(estimateKey);

/** The last twelve months of what the signed-in person's account paid, for the chart on 使用记录. */
export const usageMonthsKey = ['usageMonths'] as const;

const listUsageMonths = () => services.listUsageMonths();

/** `wanted` false asks nothing (a relation's records have no chart). */
export function useUsageMonths(wanted: boolean) {
  return useQuery<UsageMonths>(useSignedIn() && wanted ? usageMonthsKey : null, listUsageMonths);
}
