import { useSignedIn } from '@/features/relations';
import { fetchQuery, invalidate, setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { DeductionOrderEntry } from '@/services';

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
