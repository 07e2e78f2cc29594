import { create } from 'zustand';
import * as services from '@/services';
import type {
  AddMemberRequest,
  BindMemberRequest,
  BindRequest,
  DeductionOrderEntry,
  Household,
  HouseholdMember,
  RelationView,
  ServiceError,
} from '@/services';
import { useSession } from '@/features/auth';

export interface RequestState {
  loading: boolean;
  error: ServiceError | null;
}

export type FamilyRequest =
  'relations' | 'bind' | 'unbind' | 'limit' | 'household' | 'member' | 'deductionOrder';

const idle: RequestState = { loading: false, error: null };

export interface FamilyState {
  /** Relations where the signed-in person shares their account (授权人 / 共济人). */
  asSponsor: RelationView[];
  /** Relations where someone shares with the signed-in person (使用人 / 被共济人). */
  asBeneficiary: RelationView[];
  /** undefined: not asked yet; null: no family (河南医保). */
  household: Household | null | undefined;
  deductionOrder: DeductionOrderEntry[];
  requests: Record<FamilyRequest, RequestState>;
  loadRelations(): Promise<void>;
  bind(request: BindRequest | BindMemberRequest): Promise<RelationView | null>;
  unbind(relationId: string): Promise<RelationView | null>;
  setLimit(relationId: string, monthlyLimitFen: number | null): Promise<RelationView | null>;
  loadHousehold(): Promise<void>;
  createHousehold(): Promise<Household | null>;
  addMember(request: AddMemberRequest): Promise<HouseholdMember | null>;
  removeMember(memberId: string): Promise<Household | null>;
  leaveHousehold(): Promise<boolean>;
  loadDeductionOrder(): Promise<void>;
  setDeductionOrder(relationIds: string[]): Promise<boolean>;
  clear(): void;
}

const initialData = {
  asSponsor: [] as RelationView[],
  asBeneficiary: [] as RelationView[],
  household: undefined as Household | null | undefined,
  deductionOrder: [] as DeductionOrderEntry[],
};

const initialRequests = (): Record<FamilyRequest, RequestState> => ({
  relations: idle,
  bind: idle,
  unbind: idle,
  limit: idle,
  household: idle,
  member: idle,
  deductionOrder: idle,
});

/** A relation as the server returned it replaces the one we had; nothing is guessed locally. */
function upsert(list: RelationView[], relation: RelationView): RelationView[] {
  const index = list.findIndex((item) => item.id === relation.id);
  if (index < 0) return [relation, ...list];
  return list.map((item) => (item.id === relation.id ? relation : item));
}

export const useFamily = create<FamilyState>()((set, get) => {
  /**
   * Only the newest list request may change the lists: every page asks again when it shows, and on
   * a slow network the answers come back in any order. clear() also outdates the ones on their way.
   */
  let relationsAsked = 0;

  /**
   * Runs one request with its loading and error state; null when it failed. An answer that is no
   * longer `current` when it arrives changes nothing (a newer request of the same kind owns the state).
   */
  async function attempt<T>(
    request: FamilyRequest,
    run: () => Promise<T>,
    current: () => boolean = () => true,
  ): Promise<{ value: T } | null> {
    set((state) => ({ requests: { ...state.requests, [request]: { loading: true, error: null } } }));
    try {
      const value = await run();
      if (!current()) return null;
      set((state) => ({ requests: { ...state.requests, [request]: idle } }));
      return { value };
    } catch (error) {
      if (!current()) return null;
      set((state) => ({
        requests: { ...state.requests, [request]: { loading: false, error: error as ServiceError } },
      }));
      return null;
    }
  }

  /** For answers that are never null themselves: the value, or null when the request failed. */
  async function track<T>(request: FamilyRequest, run: () => Promise<T>): Promise<T | null> {
    return (await attempt(request, run))?.value ?? null;
  }

  function placeRelation(relation: RelationView) {
    set((state) =>
      relation.viewerRole === 'sponsor'
        ? { asSponsor: upsert(state.asSponsor, relation) }
        : { asBeneficiary: upsert(state.asBeneficiary, relation) },
    );
  }

  return {
    ...initialData,
    requests: initialRequests(),
    async loadRelations() {
      relationsAsked += 1;
      const asked = relationsAsked;
      const answer = await attempt(
        'relations',
        () => services.listRelations(),
        () => asked === relationsAsked,
      );
      const relations = answer?.value;
      if (relations) {
        set({
          asSponsor: relations.filter((relation) => relation.viewerRole === 'sponsor'),
          asBeneficiary: relations.filter((relation) => relation.viewerRole === 'beneficiary'),
        });
      }
    },
    async bind(request) {
      const relation = await track('bind', () => services.bindRelative(request));
      if (relation) placeRelation(relation);
      return relation;
    },
    async unbind(relationId) {
      const relation = await track('unbind', () => services.unbindRelation(relationId));
      if (relation) placeRelation(relation);
      return relation;
    },
    async setLimit(relationId, monthlyLimitFen) {
      const relation = await track('limit', () => services.setRelationLimit(relationId, monthlyLimitFen));
      if (relation) placeRelation(relation);
      return relation;
    },
    async loadHousehold() {
      const answer = await attempt('household', () => services.getHousehold());
      if (answer) set({ household: answer.value });
    },
    async createHousehold() {
      const household = await track('household', () => services.createHousehold());
      if (household) set({ household });
      return household;
    },
    async addMember(request) {
      const member = await track('member', () => services.addHouseholdMember(request));
      if (member) await get().loadHousehold();
      return member;
    },
    async removeMember(memberId) {
      const household = await track('member', () => services.removeHouseholdMember(memberId));
      if (household) {
        set({ household });
        await get().loadRelations();
      }
      return household;
    },
    async leaveHousehold() {
      const left = await track('household', () => services.leaveHousehold());
      if (!left) return false;
      set({ household: null });
      await get().loadRelations();
      return true;
    },
    async loadDeductionOrder() {
      const order = await track('deductionOrder', () => services.getDeductionOrder());
      if (order) set({ deductionOrder: order });
    },
    async setDeductionOrder(relationIds) {
      const order = await track('deductionOrder', () => services.setDeductionOrder(relationIds));
      if (order) set({ deductionOrder: order });
      return order !== null;
    },
    clear() {
      relationsAsked += 1;
      set({ ...initialData, requests: initialRequests() });
    },
  };
});

// A new session starts clean. Another person's relations never show under the new name, and a
// refusal of the session that ended (登录已过期) is not left on the form the person comes back to.
useSession.subscribe((state, previous) => {
  if (state.token === previous.token) return;
  if (state.sponsor?.personId !== previous.sponsor?.personId) useFamily.getState().clear();
  else useFamily.setState({ requests: initialRequests() });
});
