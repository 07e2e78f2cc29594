export { useSession, selectRegion } from '../features/auth/session';
export type { SessionState } from '../features/auth/session';
export { useFamily } from '../features/relations/family';
export type { FamilyState, FamilyRequest, RequestState } from '../features/relations/family';
export { usePreferences } from '../features/shell/preferences';
export type { PreferencesState } from '../features/shell/preferences';
export { useDrafts, emptyRelativeDraft, newIdempotencyKey } from '../features/relations/drafts';
export type { DraftsState, RelativeDraft, UploadedMaterial } from '../features/relations/drafts';
