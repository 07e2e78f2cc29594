export { COMMITMENT_VERSION, commitmentLetterFor, commitmentParagraphs } from './commitmentLetter';
export { HouseholdCard, HouseholdConfirmDialog, NewHouseholdCard } from './components/HouseholdCards';
export type { HouseholdConfirmation } from './components/HouseholdCards';
export {
  addMember,
  createHousehold,
  householdKey,
  leaveHousehold,
  loadHousehold,
  removeMember,
  unbindMember,
  useAddMember,
  useCreateHousehold,
  useHousehold,
  useHouseholdAction,
} from './queries';
export { useCommitmentBind } from './useCommitmentBind';
