import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { MaterialKind } from '@/regions/materials';
import type { RelationshipCode } from '@/domain';
import { persistentStorage } from '@/services/storage';

export interface UploadedMaterial {
  materialId: string;
  /** Local preview; it may be gone after a restart, the upload is not. */
  previewPath: string;
}

/** What the person typed into the add-relative form, kept as they type. */
export interface RelativeDraft {
  name: string;
  idNumber: string;
  relationship: RelationshipCode | null;
  phone: string;
  materials: Partial<Record<MaterialKind, UploadedMaterial>>;
  /** Face verification already passed for this name and ID number. */
  verification: { verificationId: string; idNumber: string } | null;
  /** One key per application: a retry after a lost answer can never create a second relation. */
  idempotencyKey: string;
}

export interface DraftsState {
  /** Keyed by the owner's person id, so a shared phone never shows one person's draft to another. */
  relative: Record<string, RelativeDraft>;
  updateRelative(ownerId: string, patch: Partial<RelativeDraft>): void;
  clearRelative(ownerId: string): void;
}

export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function emptyRelativeDraft(): RelativeDraft {
  return {
    name: '',
    idNumber: '',
    relationship: null,
    phone: '',
    materials: {},
    verification: null,
    idempotencyKey: newIdempotencyKey(),
  };
}

/**
 * The relative's ID number and phone, and the face verification made for that ID number, stay in
 * memory only: they survive leaving the form and an expired session, but not a restart, so no
 * full ID or phone number is ever written to the phone's storage (docs/security.md). The name,
 * relationship, photos and idempotency key are kept, and are the slow part to redo.
 */
function storable(relative: Record<string, RelativeDraft>): Record<string, RelativeDraft> {
  return Object.keys(relative).reduce<Record<string, RelativeDraft>>((kept, owner) => {
    kept[owner] = { ...relative[owner], idNumber: '', phone: '', verification: null };
    return kept;
  }, {});
}

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      relative: {},
      updateRelative: (ownerId, patch) =>
        set((state) => ({
          relative: {
            ...state.relative,
            [ownerId]: { ...(state.relative[ownerId] ?? emptyRelativeDraft()), ...patch },
          },
        })),
      clearRelative: (ownerId) =>
        set((state) => {
          const rest = { ...state.relative };
          delete rest[ownerId];
          return { relative: rest };
        }),
    }),
    {
      name: 'family-drafts',
      storage: persistentStorage,
      version: 2,
      partialize: ({ relative }) => ({ relative: storable(relative) }),
      // Version 1 stored ID and phone numbers: read once more, then written back without them.
      migrate: (persisted, version) =>
        version === 1 ? (persisted as Pick<DraftsState, 'relative'>) : { relative: {} },
    },
  ),
);
