export type {
  DeductionOrderPolicy,
  DomainError,
  ExpenseCategory,
  FlowKind,
  Insured,
  InsuranceType,
  InsuredStatus,
  Relation,
  RelationshipCode,
  RelationStatus,
  RegionRules,
  Result,
  ReviewMode,
  SponsorLink,
} from './types';
export type { DomainErrorCode } from './result';
export { INSURANCE_LABELS } from './types';
export { ok, fail } from './result';
export { isCalendarDay, currentDay } from './dates';
export { dayLabel, now, readTimeLabel } from './clock';
export { PROVINCE_NAMES, isProvinceCode, provinceName } from './provinces';
export type { ParsedIdNumber, Sex } from './idNumber';
export { parseIdNumber, idCheckCharacter, normalizeIdNumber, sameIdNumber } from './idNumber';
export { FACE_VERIFICATION_AGE, ageOn, needsFaceVerification } from './age';
export type { RelationshipOption } from './relationships';
export {
  RELATIONSHIPS,
  RELATIONSHIP_CODES,
  isRelationshipCode,
  relationshipLabel,
  parseRelationship,
  generationOf,
  inverseRelationship,
  sexFromIdNumber,
  relationshipWord,
  relationshipSeenBy,
} from './relationships';
export type { BindingInput, RelationshipClaim } from './binding';
export { checkBinding, checkRelationshipClaim } from './binding';
export type { ExpenseCategoryOption, SponsorFunds, SettlementInput, Settlement } from './settlement';
export {
  ACCOUNT_PAYABLE_CATEGORIES,
  EXPENSE_CATEGORIES,
  isAccountPayable,
  expenseCategoryLabel,
  settle,
} from './settlement';
export { orderSponsors } from './deductionOrder';
export type { PremiumInput, PremiumQuote } from './premium';
export { canPayPremium } from './premium';
export { formatYuan, parseYuanToFen } from './money';
export { receiptNumber } from './receipt';
export { maskName, maskIdNumber, maskPhone } from './masking';
export { validateName, validatePhone } from './validation';
