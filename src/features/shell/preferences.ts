import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistentStorage } from '@/services/storage';

export interface PreferencesState {
  /** 关怀模式: larger text, higher contrast, bigger touch targets. */
  careMode: boolean;
  /** The one-time offer of 关怀模式 on first start was answered (either way). */
  careModeOffered: boolean;
  /**
   * The 用户服务协议 / 隐私政策 version each person agreed to, keyed by the back end's person id:
   * a shared phone is used by several people, and each must agree for themself.
   */
  agreements: Record<string, string>;
  /**
   * The 温馨提示 version each person accepted, per region, keyed by `noticeKey`: like the agreement,
   * one person's reading never stands for the next person on a shared phone.
   */
  acceptedNotices: Record<string, string>;
  setCareMode(on: boolean): void;
  /** Answers the first-start offer: 开启关怀模式 (true) or 暂不开启 (false); it is not shown again. */
  answerCareModeOffer(on: boolean): void;
  acceptAgreement(personId: string, version: string): void;
  acceptNotice(personId: string, regionId: string, version: string): void;
}

type Persisted = Pick<PreferencesState, 'careMode' | 'careModeOffered' | 'agreements' | 'acceptedNotices'>;

const PREFERENCES_VERSION = 3;

/** Where a person's acceptance of a region's 温馨提示 is kept. */
export function noticeKey(personId: string, regionId: string): string {
  return `${personId}:${regionId}`;
}

/** The 温馨提示 version this person accepted for this region, if any. */
export function acceptedNoticeOf(
  state: Pick<PreferencesState, 'acceptedNotices'>,
  personId: string,
  regionId: string,
): string | undefined {
  return state.acceptedNotices[noticeKey(personId, regionId)];
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      careMode: false,
      careModeOffered: false,
      agreements: {},
      acceptedNotices: {},
      // Whoever switches it themself needs no offer any more.
      setCareMode: (careMode) => set({ careMode, careModeOffered: true }),
      answerCareModeOffer: (careMode) => set({ careMode, careModeOffered: true }),
      acceptAgreement: (personId, version) =>
        set((state) => ({ agreements: { ...state.agreements, [personId]: version } })),
      acceptNotice: (personId, regionId, version) =>
        set((state) => ({
          acceptedNotices: { ...state.acceptedNotices, [noticeKey(personId, regionId)]: version },
        })),
    }),
    {
      name: 'family-preferences',
      storage: persistentStorage,
      version: PREFERENCES_VERSION,
      partialize: ({ careMode, careModeOffered, agreements, acceptedNotices }): Persisted => ({
        careMode,
        careModeOffered,
        agreements,
        acceptedNotices,
      }),
      // Version 1 kept one agreement for the whole device and version 2 one 温馨提示 per region, and
      // neither can say who agreed: they are dropped, so everyone is asked again; 关怀模式 carries over.
      migrate: (persisted, version): Persisted => {
        const old = (persisted ?? {}) as Partial<Record<keyof Persisted, unknown>>;
        const kept = (value: unknown): Record<string, string> =>
          value && typeof value === 'object' ? (value as Record<string, string>) : {};
        return {
          careMode: old.careMode === true,
          careModeOffered: old.careModeOffered === true,
          agreements: version >= 2 ? kept(old.agreements) : {},
          acceptedNotices: version >= 3 ? kept(old.acceptedNotices) : {},
        };
      },
    },
  ),
);
