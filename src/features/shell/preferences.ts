import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistentStorage } from '@/services/storage';

export interface PreferencesState {
  /** 关怀模式: larger text, higher contrast, bigger touch targets. */
  careMode: boolean;
  /** The version of the 用户协议 / 隐私政策 the person agreed to before signing in. */
  agreementVersion: string | null;
  /** Notice versions (温馨提示) accepted, per region. */
  acceptedNotices: Record<string, string>;
  setCareMode(on: boolean): void;
  acceptAgreement(version: string): void;
  acceptNotice(regionId: string, version: string): void;
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      careMode: false,
      agreementVersion: null,
      acceptedNotices: {},
      setCareMode: (careMode) => set({ careMode }),
      acceptAgreement: (agreementVersion) => set({ agreementVersion }),
      acceptNotice: (regionId, version) =>
        set((state) => ({ acceptedNotices: { ...state.acceptedNotices, [regionId]: version } })),
    }),
    {
      name: 'family-preferences',
      storage: persistentStorage,
      version: 1,
      partialize: ({ careMode, agreementVersion, acceptedNotices }) => ({
        careMode,
        agreementVersion,
        acceptedNotices,
      }),
      migrate: () => ({ careMode: false, agreementVersion: null, acceptedNotices: {} }),
    },
  ),
);
