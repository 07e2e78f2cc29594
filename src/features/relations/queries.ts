import { useMemo } from 'react';
import { useSignedIn } from '@/features/auth';
import {
  fetchQuery,
  invalidate,
  readEntry,
  setQueryData,
  useMutation,
  useQuery,
  type QueryKey,
} from '@/request';
import * as services from '@/services';
import type { BindMemberRequest, BindRequest, RelationView } from '@/services';

export const relationKeys = {
  /** Every relation query: invalidate this after a write that changes relations elsewhere. */
  all: ['relations'] as const,
  list: ['relations', 'list'] as const,
  one: (id: string): QueryKey => ['relations', 'one', id],
};

/** A relation as the server returned it replaces the one we had; nothing is guessed locally. */
function upsert(list: RelationView[], relation: RelationView): RelationView[] {
  const index = list.findIndex((item) => item.id === relation.id);
  if (index < 0) return [relation, ...list];
  return list.map((item) => (item.id === relation.id ? relation : item));
}

/** Puts a relation the back end answered with into the list and its own entry. */
export function placeRelation(relation: RelationView): void {
  if (readEntry(relationKeys.list)?.data !== undefined) {
    setQueryData<RelationView[]>(relationKeys.list, (list) => upsert(list ?? [], relation));
  }
  setQueryData<RelationView>(relationKeys.one(relation.id), () => relation);
}

const listRelations = () => services.listRelations();

/**
 * Asks for the signed-in person's relations (both sides); resolves when the answer is in. `fresh`
 * asks again even while an earlier request is on its way.
 */
export const loadRelations = (options: { fresh?: boolean } = {}): Promise<void> =>
  fetchQuery(relationKeys.list, listRelations, options);

export async function bindRelative(request: BindRequest | BindMemberRequest): Promise<RelationView> {
  const relation = await services.bindRelative(request);
  placeRelation(relation);
  return relation;
}

export async function unbindRelation(relationId: string): Promise<RelationView> {
  const relation = await services.unbindRelation(relationId);
  placeRelation(relation);
  return relation;
}

/** 撤回申请: the applicant takes back an application still under review. */
export async function withdrawApplication(relationId: string): Promise<RelationView> {
  const relation = await services.withdrawApplication(relationId);
  placeRelation(relation);
  return relation;
}

export async function setRelationLimit(
  relationId: string,
  monthlyLimitFen: number | null,
): Promise<RelationView> {
  const relation = await services.setRelationLimit(relationId, monthlyLimitFen);
  placeRelation(relation);
  return relation;
}

/** Nothing is asked for a visitor who is not signed in. */
/** 我授权的 (asSponsor: the signed-in person shares) and 授权给我的 (asBeneficiary). */
export function useRelations() {
  const query = useQuery(useSignedIn() ? relationKeys.list : null, listRelations);
  const { data } = query;
  const sides = useMemo(
    () => ({
      asSponsor: (data ?? []).filter((relation) => relation.viewerRole === 'sponsor'),
      asBeneficiary: (data ?? []).filter((relation) => relation.viewerRole === 'beneficiary'),
    }),
    [data],
  );
  return { ...query, ...sides };
}

export function useRelation(id: string) {
  return useQuery(useSignedIn() && id ? relationKeys.one(id) : null, () => services.getRelation(id));
}

export const useBind = () => useMutation(bindRelative);
export const useUnbind = () => useMutation(unbindRelation);
export const useWithdraw = () => useMutation(withdrawApplication);
export const useSetLimit = () =>
  useMutation(({ relationId, monthlyLimitFen }: { relationId: string; monthlyLimitFen: number | null }) =>
    setRelationLimit(relationId, monthlyLimitFen),
  );

/** After a write elsewhere changed relations (a family member removed, the family left). */
export const refreshRelations = (): Promise<void> => invalidate(relationKeys.all);
