import dayjs from 'dayjs';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { canPayPremium } from '@/domain';
import type { Insured, PremiumQuote, Result } from '@/domain';
import { regionById } from '@/regions';
import * as services from '@/services';
import type {
  Me,
  PersonSummary,
  PremiumPayment,
  RelationView,
  ServiceError,
  UsagePage,
  UsageRecord,
} from '@/services';
import { newIdempotencyKey } from '@/features/relations';
import { useSession } from '@/features/auth';
import { persistentStorage } from '@/services/storage';

// ------------------------------------------------------------------ 使用记录

/** Whose records: the signed-in person's whole account, or what one relation paid. */
export type UsageScope = { kind: 'account' } | { kind: 'relation'; relationId: string };

export interface UsageList {
  /** YYYY-MM, or null for every month. */
  month: string | null;
  /** Newest first, every page loaded so far. */
  items: UsageRecord[];
  nextCursor: string | null;
  /** What this account paid in `month` over all its pages, as the back end adds it up; null for every month. */
  monthTotalFen: number | null;
  /** The first page has come back, so an empty list means there are no records. */
  loaded: boolean;
  /** When the first page came back (ms since epoch): records shown after a failed refresh say their age. */
  updatedAt: number | null;
  loading: boolean;
  loadingMore: boolean;
  /** The first page failed. */
  error: ServiceError | null;
  /** A further page failed; what was loaded stays. */
  moreError: ServiceError | null;
}

export function usageScopeKey(scope: UsageScope): string {
  return scope.kind === 'account' ? 'account' : `relation:${scope.relationId}`;
}

export function emptyUsageList(month: string | null): UsageList {
  return {
    month,
    items: [],
    nextCursor: null,
    monthTotalFen: null,
    loaded: false,
    updatedAt: null,
    loading: false,
    loadingMore: false,
    error: null,
    moreError: null,
  };
}

function fetchUsage(scope: UsageScope, month: string | null, cursor?: string): Promise<UsagePage> {
  const query = { ...(month ? { month } : {}), ...(cursor ? { cursor } : {}) };
  return scope.kind === 'account'
    ? services.listUsage(query)
    : services.listRelationUsage(scope.relationId, query);
}

// ------------------------------------------------------------------ 代缴

/** One payment attempt: its key is sent again on every retry, so a lost answer never charges twice. */
export interface PremiumAttempt {
  ownerId: string;
  relationId: string;
  year: number;
  key: string;
}

export interface MoneyState {
  usage: Record<string, UsageList>;
  /** Kept across restarts: an answer lost to a crash is still the same attempt when the person retries. */
  premiumAttempt: PremiumAttempt | null;
  paying: boolean;
  payError: ServiceError | null;
  /** Loads the first page of `month` (null: every month); any earlier answer for the scope is dropped. */
  loadUsage(scope: UsageScope, month: string | null): Promise<void>;
  /** Loads the next page, if there is one and nothing is loading. */
  loadMoreUsage(scope: UsageScope): Promise<void>;
  payPremium(ownerId: string, relationId: string, year: number): Promise<PremiumPayment | null>;
  clearPayError(): void;
  /** Forgets every record list (another person signed in). */
  clear(): void;
}

export const useMoney = create<MoneyState>()(
  persist(
    (set, get) => {
      // The newest request per scope: an answer to an older one (another month, another person) is
      // ignored. One counter for all scopes, so a number is never handed out twice, even after clear().
      const generations = new Map<string, number>();
      let counter = 0;
      const nextGeneration = (key: string) => {
        counter += 1;
        generations.set(key, counter);
        return counter;
      };

      function patch(key: string, change: Partial<UsageList>) {
        set((state) => ({
          usage: { ...state.usage, [key]: { ...(state.usage[key] ?? emptyUsageList(null)), ...change } },
        }));
      }

      return {
        usage: {},
        premiumAttempt: null,
        paying: false,
        payError: null,

        async loadUsage(scope, month) {
          const key = usageScopeKey(scope);
          const generation = nextGeneration(key);
          const current = get().usage[key];
          // The same month again keeps its records on screen until the new answer replaces them.
          const base = current && current.month === month ? current : emptyUsageList(month);
          patch(key, { ...base, month, loading: true, loadingMore: false, error: null, moreError: null });
          try {
            const page = await fetchUsage(scope, month);
            if (generations.get(key) !== generation) return;
            patch(key, {
              items: page.items,
              nextCursor: page.nextCursor,
              monthTotalFen: page.monthTotalFen,
              loaded: true,
              updatedAt: dayjs().valueOf(),
              loading: false,
            });
          } catch (error) {
            if (generations.get(key) !== generation) return;
            patch(key, { loading: false, error: error as ServiceError });
          }
        },

        async loadMoreUsage(scope) {
          const key = usageScopeKey(scope);
          const list = get().usage[key];
          if (!list || !list.nextCursor || list.loading || list.loadingMore) return;
          const generation = generations.get(key);
          patch(key, { loadingMore: true, moreError: null });
          try {
            const page = await fetchUsage(scope, list.month, list.nextCursor);
            if (generations.get(key) !== generation) return;
            const known = new Set(list.items.map((item) => item.id));
            patch(key, {
              items: [...list.items, ...page.items.filter((item) => !known.has(item.id))],
              nextCursor: page.nextCursor,
              monthTotalFen: page.monthTotalFen,
              loadingMore: false,
            });
          } catch (error) {
            if (generations.get(key) !== generation) return;
            const failure = error as ServiceError;
            // The cursor's record is gone (the records changed): start again from the newest.
            if (failure.code === 'BAD_CURSOR') {
              await get().loadUsage(scope, list.month);
              return;
            }
            patch(key, { loadingMore: false, moreError: failure });
          }
        },

        async payPremium(ownerId, relationId, year) {
          const earlier = get().premiumAttempt;
          const same =
            earlier !== null &&
            earlier.ownerId === ownerId &&
            earlier.relationId === relationId &&
            earlier.year === year;
          const attempt = same ? earlier : { ownerId, relationId, year, key: newIdempotencyKey() };
          set({ premiumAttempt: attempt, paying: true, payError: null });
          try {
            const payment = await services.payPremium(relationId, year, attempt.key);
            set({ premiumAttempt: null, paying: false });
            await useSession.getState().refresh();
            return payment;
          } catch (error) {
            set({ paying: false, payError: error as ServiceError });
            return null;
          }
        },

        clearPayError() {
          set({ payError: null });
        },

        clear() {
          generations.clear();
          // The premium attempt stays: it names its owner, and a retry after signing in again is the same attempt.
          set({ usage: {}, paying: false, payError: null });
        },
      };
    },
    {
      name: 'family-money',
      storage: persistentStorage,
      version: 1,
      partialize: ({ premiumAttempt }) => ({ premiumAttempt }),
      migrate: () => ({ premiumAttempt: null }),
    },
  ),
);

// One person's records are never shown to the next one signing in on the same phone.
useSession.subscribe((state, previous) => {
  if (state.sponsor?.personId !== previous.sponsor?.personId) useMoney.getState().clear();
});

// ------------------------------------------------------------------ 代缴

/** This year and next: the only years a resident premium can be paid for. */
export function premiumYears(today = dayjs()): number[] {
  return [today.year(), today.year() + 1];
}

/**
 * The domain's check for instant feedback, from what the client knows: it cannot know which years
 * others already paid, so the back end refuses those when the person confirms.
 */
export function checkPremium(
  me: Me,
  relation: RelationView,
  year: number,
  today = dayjs().format('YYYY-MM-DD'),
): Result<PremiumQuote> {
  const region = regionById(relation.regionId);
  if (region === null) {
    return {
      ok: false,
      error: {
        code: 'REGION_NOT_SUPPORTED',
        message: '该亲属的参保地暂未开通线上代缴，请到当地医保经办窗口办理',
      },
    };
  }
  // The client only ever holds masked names and ID numbers; the premium rule does not read them.
  const person = (summary: PersonSummary, balanceFen: number): Insured => ({
    name: summary.maskedName,
    idNumber: summary.maskedIdNumber,
    insuranceType: summary.insuranceType,
    status: summary.status,
    provinceCode: summary.provinceCode,
    balanceFen,
  });
  return canPayPremium({
    sponsor: person(me, me.balanceFen),
    beneficiary: person(relation.beneficiary, 0),
    year,
    paidYears: [],
    region,
    relationStatus: relation.status,
    today,
  });
}

// ------------------------------------------------------------------ 扣款顺序

/** The ids with `id` moved one place up (-1) or down (1); unchanged at either end. */
export function moveInOrder(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const moved = [...ids];
  [moved[from], moved[to]] = [moved[to], moved[from]];
  return moved;
}

/** The ids with `id` first (the 主卡), the others in their order. */
export function makePrimary(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [id, ...ids.filter((other) => other !== id)] : [...ids];
}
