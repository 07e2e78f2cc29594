import { refreshDeductionOrder } from '@/features/money';
import { useSignedIn } from '@/features/auth';
import { refreshRelations, unbindRelation } from '@/features/relations';
import { fetchQuery, invalidate, setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { AddMemberRequest, Household } from '@/services';
import type { HouseholdConfirmation } from './components/HouseholdCards';

/** null: the person belongs to no family (河南医保). */
export const householdKey = ['household'] as const;

const getHousehold = () => services.getHousehold();

export const loadHousehold = (): Promise<void> => fetchQuery(householdKey, getHousehold);

export function useHousehold() {
  return useQuery<Household | null>(useSignedIn() ? householdKey : null, getHousehold);
}

export async function createHousehold(): Promise<Household> {
  try {
    const household = await services.createHousehold();
    setQueryData(householdKey, () => household);
    return household;
  } catch (refusal) {
    // The family was built elsewhere (another phone): show it rather than a button that cannot work.
    if (refusal instanceof services.ServiceError && refusal.code === 'HOUSEHOLD_EXISTS') {
      await invalidate(householdKey);
    }
    throw refusal;
  }
}

export async function addMember(request: AddMemberRequest) {
  const member = await services.addHouseholdMember(request);
  await invalidate(householdKey);
  return member;
}

export async function removeMember(memberId: string): Promise<Household> {
  const household = await services.removeHouseholdMember(memberId);
  setQueryData(householdKey, () => household);
  await refreshRelations();
  return household;
}

export async function leaveHousehold(): Promise<void> {
  await services.leaveHousehold();
  setQueryData<Household | null>(householdKey, () => null);
  await refreshRelations();
}

/** 解绑 a member: the relation ends, the member stays in the family. */
export async function unbindMember(relationId: string) {
  const relation = await unbindRelation(relationId);
  await Promise.all([invalidate(householdKey), refreshDeductionOrder()]);
  return relation;
}

export const useCreateHousehold = () => useMutation((_: void) => createHousehold());
export const useAddMember = () => useMutation(addMember);

/** The owner's 解绑 and 移出家庭, and a member's 退出家庭, as one confirmed action. */
async function confirmAction(confirmation: HouseholdConfirmation): Promise<void> {
  if (confirmation.kind === 'unbind') {
    if (confirmation.member.relationId !== null) await unbindMember(confirmation.member.relationId);
  } else if (confirmation.kind === 'remove') {
    await removeMember(confirmation.member.id);
  } else {
    await leaveHousehold();
  }
}

export const useHouseholdAction = () => useMutation(confirmAction);
