export { MaterialsCard } from './components/MaterialsCard';
export { RelationList, RelationRow } from './components/RelationRow';
export { ReviewNotice } from './components/ReviewNotice';
export { reviewExpectation } from './review';
export { RelativeForm } from './components/RelativeForm';
export { SponsorCard } from './components/SponsorCard';
export { emptyRelativeDraft, newIdempotencyKey, useDrafts } from './drafts';
export type { RelativeDraft, UploadedMaterial } from './drafts';
export {
  bindRelative,
  loadRelations,
  placeRelation,
  refreshRelations,
  relationKeys,
  setRelationLimit,
  unbindRelation,
  useBind,
  useRelation,
  useRelations,
  useSetLimit,
  useUnbind,
  useWithdraw,
  withdrawApplication,
} from './queries';
export { NOTICE_VERSION, noticeAudienceOf, noticeParagraphs } from './familyNotice';
export type { NoticeAudience } from './familyNotice';
export { missingMaterials } from './relativeForm';
export { useMaterialUploads } from './useMaterialUploads';
export { useRelativeForm } from './useRelativeForm';
export { otherParty, relationWord } from './words';
