import { useSignedIn } from '@/features/relations';
import { fetchQuery, invalidate, setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { BillEstimate, DeductionOrderEntry, EstimateQuery, UsageMonths } from '@/services';

/** Whose account pays first for the signed-in person, as the back end orders it. */
export const deductionOrderKey = ['deductionOrder'] as const;

const getDeductionOrder = () => services.getDeductionOrder();

export const loadDeductionOrder = (): Promise<void> => fetchQuery(deductionOrderKey, getDeductionOrder);

/** After a binding ended or started: the accounts that pay changed. */
export const refreshDeductionOrder = (): Promise<void> => invalidate(deductionOrderKey);

export function useDeductionOrder() {
  return useQuery<DeductionOrderEntry[]>(useSignedIn() ? deductionOrderKey : null, getDeductionOrder);
}

export async function saveDeductionOrder(relationIds: string[]): Promise<DeductionOrderEntry[]> {
  const order = await services.setDeductionOrder(relationIds);
  setQueryData(deductionOrderKey, () => order);
  return order;
}

export const useSaveDeductionOrder = () => useMutation(saveDeductionOrder);

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
