import { useSignedIn } from '@/features/auth';
import { fetchQuery, invalidate, setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { DeductionOrderEntry } from '@/services';

/**
 * Whose account pays first for the signed-in person, as the back end orders it. A module of its own
 * because 首页 asks for it: the other money queries stay out of the main package.
 */
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
