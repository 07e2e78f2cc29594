export { COMMITMENT_VERSION, commitmentParagraphs } from './commitmentLetter';
export { HouseholdCard, HouseholdConfirmDialog, NewHouseholdCard } from './components/HouseholdCards';
export type { HouseholdConfirmation } from './components/HouseholdCards';
