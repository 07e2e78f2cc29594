export { useSession, selectRegion } from './session';
export type { SessionState } from './session';
export { useFamily } from './family';
export type { FamilyState, FamilyRequest, RequestState } from './family';
export { usePreferences } from './preferences';
export type { PreferencesState } from './preferences';
export { useDrafts, emptyRelativeDraft, newIdempotencyKey } from './drafts';
export type { DraftsState, RelativeDraft, UploadedMaterial } from './drafts';
