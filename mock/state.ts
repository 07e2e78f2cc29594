/**
 * The mock platform's whole state: plain JSON, persisted after every change and exported /
 * imported by the QA console. Each record type is declared as a guard (see guards.ts) so what is
 * read back from storage or an import is checked against the same definition the code uses.
 */
import { EXPENSE_CATEGORIES, RELATIONSHIPS, parseIdNumber } from '@/domain';
import type { ExpenseCategory, RelationshipCode } from '@/domain';
import { MATERIAL_KINDS } from '@/regions/materials';
import { regionById } from '@/regions';
import {
  arrayOf,
  isBoolean,
  isFen,
  isPlainObject,
  isSafeInteger,
  isString,
  nullable,
  oneOf,
  shape,
} from './guards';
import type { Guarded } from './guards';
import { isInstant } from './clock';

/**
 * Bump when a record changes shape, and either migrate the previous version in `upgradeState` or
 * let an older stored state be discarded for the seed.
 */
export const STATE_VERSION = 3;

const isRelationship = oneOf<RelationshipCode>(RELATIONSHIPS.map((option) => option.code));
const isCategory = oneOf<ExpenseCategory>(EXPENSE_CATEGORIES.map((option) => option.code));
const isRelationStatus = oneOf(['pending', 'active', 'rejected', 'unbound', 'withdrawn'] as const);

const isPerson = shape({
  personId: isString,
  name: isString,
  idNumber: isString,
  phone: nullable(isString),
  insuranceType: oneOf(['employee', 'resident', 'none'] as const),
  status: oneOf(['active', 'suspended'] as const),
  provinceCode: isString,
  balanceFen: isFen,
  contributionMonths: isFen,
});
export type PersonRecord = Guarded<typeof isPerson>;

const isSession = shape({ token: isString, personId: isString, createdAt: isInstant });
export type SessionRecord = Guarded<typeof isSession>;

const isVerification = shape({
  verificationId: isString,
  /** Who asked for it: only they may use it. */
  requesterId: isString,
  idNumber: isString,
  expiresAt: isInstant,
  usedByRelationId: nullable(isString),
});
export type VerificationRecord = Guarded<typeof isVerification>;

const isMaterial = shape({
  materialId: isString,
  ownerId: isString,
  kind: oneOf(MATERIAL_KINDS),
  mimeType: oneOf(['image/jpeg', 'image/png'] as const),
  size: isFen,
  fileName: isString,
  uploadedAt: isInstant,
  /** Base64 of a small image, for QA thumbnails; null for large ones and old uploads. */
  previewBase64: nullable(isString),
});
export type MaterialRecord = Guarded<typeof isMaterial>;

const isHistoryEntry = shape({ status: isRelationStatus, at: isInstant, note: nullable(isString) });

const isRelation = shape({
  id: isString,
  regionId: isString,
  sponsorId: isString,
  beneficiaryId: isString,
  relationship: isRelationship,
  status: isRelationStatus,
  rejectReason: nullable(isString),
  createdAt: isInstant,
  updatedAt: isInstant,
  history: arrayOf(isHistoryEntry),
  monthlyLimitFen: nullable(isFen),
  deductionRank: nullable(isFen),
  materialIds: arrayOf(isString),
  verificationId: nullable(isString),
  consentVersion: isString,
});
export type RelationRecord = Guarded<typeof isRelation>;

const isMember = shape({
  id: isString,
  personId: isString,
  relationship: isRelationship,
  addedAt: isInstant,
});
export type MemberRecord = Guarded<typeof isMember>;

const isHousehold = shape({
  id: isString,
  ownerId: isString,
  createdAt: isInstant,
  members: arrayOf(isMember),
});
export type HouseholdRecord = Guarded<typeof isHousehold>;

const isSponsorPart = shape({
  relationId: isString,
  sponsorId: isString,
  fen: isFen,
  balanceAfterFen: isFen,
});

const isSettlement = shape({
  id: isString,
  at: isInstant,
  patientId: isString,
  institution: isString,
  category: isCategory,
  amountFen: isFen,
  own: isFen,
  fromSponsors: arrayOf(isSponsorPart),
  cash: isFen,
  limitStoppedRelationIds: arrayOf(isString),
});
export type SettlementRecord = Guarded<typeof isSettlement>;

const isUsage = shape({
  id: isString,
  /** Creation order, to break ties between records of the same instant. */
  seq: isFen,
  /** The settlement, or the premium payment, this record is part of. */
  settlementId: isString,
  /** Whose account list this record appears in. */
  holderId: isString,
  at: isInstant,
  institution: isString,
  category: isCategory,
  totalFen: isFen,
  paidByThisAccountFen: isFen,
  patientId: isString,
  source: oneOf(['own', 'sponsor', 'cash'] as const),
  relationId: nullable(isString),
  limitStopped: isBoolean,
});
export type UsageRecordState = Guarded<typeof isUsage>;

const isPremium = shape({
  id: isString,
  relationId: isString,
  payerId: isString,
  beneficiaryId: isString,
  year: isSafeInteger,
  amountFen: isFen,
  paidAt: isInstant,
  balanceAfterFen: isFen,
});
export type PremiumRecord = Guarded<typeof isPremium>;

const isIdempotency = shape({
  ownerId: isString,
  endpoint: oneOf(['bind', 'premium'] as const),
  key: isString,
  /** The request as first sent, to tell a retry from a different request under the same key. */
  fingerprint: isString,
  resultId: isString,
  at: isInstant,
});
export type IdempotencyRecord = Guarded<typeof isIdempotency>;

const isCardCode = shape({
  /** The code's own random part: what a settlement marks as used. */
  nonce: isString,
  personId: isString,
  issuedAt: isInstant,
  expiresAt: isInstant,
  /** A newer code was shown, so this one no longer pays. */
  replaced: isBoolean,
  usedBySettlementId: nullable(isString),
});
export type CardCodeRecord = Guarded<typeof isCardCode>;

export const MESSAGE_KINDS = [
  'review-approved',
  'review-rejected',
  'bound',
  'unbound',
  'payment-for-relative',
  'premium-paid',
] as const;

const isMessage = shape({
  id: isString,
  /** Whose 消息 list it is in. */
  personId: isString,
  kind: oneOf(MESSAGE_KINDS),
  at: isInstant,
  title: isString,
  body: isString,
  read: isBoolean,
  relationId: nullable(isString),
});
export type MessageRecord = Guarded<typeof isMessage>;

/** The longest 提交后 N 秒 QA may choose: one day. */
export const MAX_REVIEW_DELAY_SECONDS = 86_400;

const isReviewSetting = shape({
  mode: oneOf(['manual', 'after-delay', 'next-working-day'] as const),
  delaySeconds: nullable(isFen),
});

/** The delay is there exactly when the mode uses it. */
export function isValidReviewSetting(setting: Guarded<typeof isReviewSetting>): boolean {
  return setting.mode === 'after-delay'
    ? setting.delaySeconds !== null && setting.delaySeconds <= MAX_REVIEW_DELAY_SECONDS
    : setting.delaySeconds === null;
}

const isStateShape = shape({
  version: isSafeInteger,
  /** QA's 自动审核 setting (version 3). */
  review: isReviewSetting,
  /** Source of every generated id. */
  seq: isFen,
  persons: arrayOf(isPerson),
  sessions: arrayOf(isSession),
  verifications: arrayOf(isVerification),
  materials: arrayOf(isMaterial),
  relations: arrayOf(isRelation),
  households: arrayOf(isHousehold),
  settlements: arrayOf(isSettlement),
  usage: arrayOf(isUsage),
  premiumPayments: arrayOf(isPremium),
  idempotency: arrayOf(isIdempotency),
  cardCodes: arrayOf(isCardCode),
  messages: arrayOf(isMessage),
});
export type MockState = Guarded<typeof isStateShape>;

/**
 * A stored or imported state of an older version brought up to this one, where that is possible
 * without guessing; anything else is returned as it is, for isMockState to judge. Version 2 had no
 * 医保码, no 消息 and no review setting: it gains empty lists, and 关闭 (the demo's default; it
 * decided every application 10 s after submission), so no application is decided behind QA's back
 * after the upgrade.
 */
export function upgradeState(value: unknown): unknown {
  if (isPlainObject(value) && value.version === 2) {
    return {
      ...value,
      version: 3,
      cardCodes: [],
      messages: [],
      review: { mode: 'manual', delaySeconds: null },
    };
  }
  return value;
}

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

function isNormalisedIdNumber(idNumber: string, today: string): boolean {
  const parsed = parseIdNumber(idNumber, today);
  return parsed.ok && parsed.value.idNumber === idNumber;
}

/**
 * Shape plus the references between records: handlers look people and relations up by id and
 * must never meet a dangling one or an unreadable ID number, whatever an import contains.
 */
export function isMockState(value: unknown, today: string): value is MockState {
  if (!isStateShape(value) || value.version !== STATE_VERSION) {
    return false;
  }
  const people = new Set(value.persons.map((person) => person.personId));
  const relations = new Set(value.relations.map((relation) => relation.id));
  const settlements = new Set(value.settlements.map((settlement) => settlement.id));
  const premiums = new Set(value.premiumPayments.map((payment) => payment.id));
  const isPersonId = (id: string): boolean => people.has(id);
  const isRelationId = (id: string): boolean => relations.has(id);
  // No flatMap: this also runs in mini-program engines that predate ES2019.
  const phones = value.persons.map((person) => person.phone).filter((phone) => phone !== null);
  const memberIds = value.households.reduce<string[]>(
    (ids, household) => ids.concat(household.members.map((member) => member.id)),
    [],
  );

  return (
    isValidReviewSetting(value.review) &&
    unique([...people]) &&
    people.size === value.persons.length &&
    unique(value.persons.map((person) => person.idNumber)) &&
    value.persons.every((person) => isNormalisedIdNumber(person.idNumber, today)) &&
    unique(phones) &&
    relations.size === value.relations.length &&
    unique(value.households.map((household) => household.id)) &&
    unique(memberIds) &&
    unique(value.materials.map((material) => material.materialId)) &&
    unique(value.sessions.map((session) => session.token)) &&
    value.sessions.every((session) => isPersonId(session.personId)) &&
    value.materials.every((material) => isPersonId(material.ownerId)) &&
    value.verifications.every((verification) => isPersonId(verification.requesterId)) &&
    value.relations.every(
      (relation) =>
        isPersonId(relation.sponsorId) &&
        isPersonId(relation.beneficiaryId) &&
        relation.sponsorId !== relation.beneficiaryId &&
        regionById(relation.regionId) !== null,
    ) &&
    value.households.every(
      (household) =>
        isPersonId(household.ownerId) && household.members.every((member) => isPersonId(member.personId)),
    ) &&
    value.settlements.every(
      (settlement) =>
        isPersonId(settlement.patientId) &&
        settlement.fromSponsors.every((part) => isRelationId(part.relationId) && isPersonId(part.sponsorId)),
    ) &&
    value.usage.every(
      (record) =>
        isPersonId(record.holderId) &&
        isPersonId(record.patientId) &&
        (settlements.has(record.settlementId) || premiums.has(record.settlementId)) &&
        (record.relationId === null || isRelationId(record.relationId)),
    ) &&
    value.premiumPayments.every(
      (payment) =>
        isRelationId(payment.relationId) && isPersonId(payment.payerId) && isPersonId(payment.beneficiaryId),
    ) &&
    value.idempotency.every((record) => isPersonId(record.ownerId)) &&
    value.cardCodes.every((code) => isPersonId(code.personId)) &&
    value.messages.every(
      (message) =>
        isPersonId(message.personId) && (message.relationId === null || isRelationId(message.relationId)),
    )
  );
}
