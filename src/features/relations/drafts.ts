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
  /** The 未通过 application this draft corrects (重新申请); absent for a new one. */
  resubmitOf?: string;
}

/** An application as it was sent, so that 重新申请 after 未通过 starts from every detail and photo. */
export type SentApplication = Pick<
  RelativeDraft,
  'name' | 'idNumber' | 'relationship' | 'phone' | 'materials'
>;

/** The newest applications kept for 重新申请; an older one is retyped. */
const MAX_SENT = 20;

export interface DraftsState {
  /** Keyed by the owner's person id, so a shared phone never shows one person's draft to another. */
  relative: Record<string, RelativeDraft>;
  /** Keyed by relation id; a relation belongs to one applicant, so the owner is implied. */
  sent: Record<string, SentApplication>;
  updateRelative(ownerId: string, patch: Partial<RelativeDraft>): void;
  clearRelative(ownerId: string): void;
  /** Keeps what was sent for `relationId`, in case it comes back 未通过. */
  rememberSent(relationId: string, draft: RelativeDraft): void;
  /**
   * 重新申请: the owner's draft becomes the sent application again, with a new idempotency key and
   * no face verification (each is single use). Without a kept copy only the relationship is known.
   */
  reopen(ownerId: string, relationId: string, relationship: RelationshipCode): void;
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

/** The same rule for the applications kept for 重新申请. */
function storableSent(sent: Record<string, SentApplication>): Record<string, SentApplication> {
  return Object.keys(sent).reduce<Record<string, SentApplication>>((kept, id) => {
    kept[id] = { ...sent[id], idNumber: '', phone: '' };
    return kept;
  }, {});
}

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      relative: {},
      sent: {},
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
      rememberSent: (relationId, draft) =>
        set((state) => {
          const { name, idNumber, relationship, phone, materials } = draft;
          const kept = Object.entries(state.sent).slice(-(MAX_SENT - 1));
          return {
            sent: {
              ...Object.fromEntries(kept),
              [relationId]: { name, idNumber, relationship, phone, materials },
            },
          };
        }),
      reopen: (ownerId, relationId, relationship) =>
        set((state) => ({
          relative: {
            ...state.relative,
            [ownerId]: {
              ...emptyRelativeDraft(),
              ...(state.sent[relationId] ?? { relationship }),
              resubmitOf: relationId,
            },
          },
        })),
    }),
    {
      name: 'family-drafts',
      storage: persistentStorage,
      version: 2,
      partialize: ({ relative, sent }) => ({ relative: storable(relative), sent: storableSent(sent) }),
      // Version 1 stored ID and phone numbers: read once more, then written back without them.
      migrate: (persisted, version) =>
        version === 1 ? (persisted as Pick<DraftsState, 'relative'>) : { relative: {} },
    },
  ),
);
