/**
 * Records → wire shapes. Every person leaves the back end masked: no view carries a full ID or
 * phone number, not even the signed-in person's own.
 */
import { isAccountPayable, maskIdNumber, maskName, maskPhone, parseIdNumber, receiptNumber } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import type {
  BillEstimate,
  DeductionOrderEntry,
  Household,
  HouseholdMember,
  Me,
  PersonSummary,
  PremiumPayment,
  RelationView,
  Settlement,
  UsageRecord,
} from '@/services/contract';
import type { BillSplit } from './billing';
import { dayOf, yearOf } from './clock';
import { reviewDueAt } from './review';
import { remainingLimit } from './ledger';
import { householdWithMember, personById, regionOfPerson } from './model';
import type {
  HouseholdRecord,
  MemberRecord,
  MockState,
  PersonRecord,
  PremiumRecord,
  RelationRecord,
  SettlementRecord,
  UsageRecordState,
} from './state';

export function personSummary(person: PersonRecord): PersonSummary {
  return {
    personId: person.personId,
    maskedName: maskName(person.name),
    maskedIdNumber: maskIdNumber(person.idNumber),
    maskedPhone: person.phone === null ? null : maskPhone(person.phone),
    insuranceType: person.insuranceType,
    status: person.status,
    provinceCode: person.provinceCode,
  };
}

function summaryOf(state: MockState, personId: string): PersonSummary {
  return personSummary(personById(state, personId));
}

/** What this account paid for relatives in the calendar year of `now`. */
export function sharedThisYearFen(state: MockState, personId: string, now: string): number {
  const year = yearOf(now);
  return state.usage
    .filter(
      (record) => record.holderId === personId && record.relationId !== null && yearOf(record.at) === year,
    )
    .reduce((sum, record) => sum + record.paidByThisAccountFen, 0);
}

export function meView(state: MockState, person: PersonRecord, now: string): Me {
  const parsed = parseIdNumber(person.idNumber, dayOf(now));
  if (!parsed.ok) {
    // isMockState admits only people whose ID number parses.
    throw new Error(`unreadable ID number for ${person.personId}`);
  }
  return {
    ...personSummary(person),
    birthDate: parsed.value.birthDate,
    sex: parsed.value.sex,
    balanceFen: person.balanceFen,
    contributionMonths: person.contributionMonths,
    sharedThisYearFen: sharedThisYearFen(state, person.personId, now),
    unreadMessageCount: state.messages.filter(
      (message) => message.personId === person.personId && !message.read,
    ).length,
    regionId: regionOfPerson(person)?.id ?? null,
  };
}

export function relationView(
  state: MockState,
  relation: RelationRecord,
  viewerRole: 'sponsor' | 'beneficiary',
): RelationView {
  return {
    id: relation.id,
    regionId: relation.regionId,
    sponsor: summaryOf(state, relation.sponsorId),
    beneficiary: summaryOf(state, relation.beneficiaryId),
    relationship: relation.relationship,
    status: relation.status,
    rejectReason: relation.rejectReason,
    viewerRole,
    createdAt: relation.createdAt,
    updatedAt: relation.updatedAt,
    history: relation.history.map((entry) => ({ status: entry.status, at: entry.at, note: entry.note })),
    monthlyLimitFen: relation.monthlyLimitFen,
    deductionRank: relation.deductionRank,
    materialIds: [...relation.materialIds],
    ...reviewDue(state, relation),
  };
}

function reviewDue(state: MockState, relation: RelationRecord): Pick<RelationView, 'reviewDueAt'> {
  const dueAt = relation.status === 'pending' ? reviewDueAt(state.review, relation.createdAt) : null;
  return dueAt === null ? {} : { reviewDueAt: dueAt };
}

export function deductionOrderEntry(
  state: MockState,
  relation: RelationRecord,
  now: string,
): DeductionOrderEntry {
  return {
    ...relationView(state, relation, 'beneficiary'),
    remainingLimitFen: remainingLimit(state, relation, now),
  };
}

export function estimateView(bill: BillSplit, category: ExpenseCategory): BillEstimate {
  return {
    own: bill.split.own,
    sponsors: bill.ordered.map((link, index) => ({
      relationId: link.relationId,
      sponsor: personSummary(link.sponsor),
      fen: bill.split.fromSponsors[index].fen,
      limitStopped: bill.limitStoppedRelationIds.includes(link.relationId),
    })),
    cash: bill.split.cash,
    payable: isAccountPayable(category),
  };
}

export function memberView(
  state: MockState,
  household: HouseholdRecord,
  member: MemberRecord,
): HouseholdMember {
  const active = state.relations.filter(
    (relation) => relation.beneficiaryId === member.personId && relation.status === 'active',
  );
  const withOwner = active.find((relation) => relation.sponsorId === household.ownerId);
  return {
    id: member.id,
    person: summaryOf(state, member.personId),
    relationship: member.relationship,
    state: withOwner !== undefined ? 'bound' : active.length > 0 ? 'bound-elsewhere' : 'unbound',
    relationId: withOwner?.id ?? null,
    addedAt: member.addedAt,
  };
}

export function householdView(
  state: MockState,
  household: HouseholdRecord,
  viewerRole: 'owner' | 'member',
): Household {
  return {
    id: household.id,
    owner: summaryOf(state, household.ownerId),
    members: household.members.map((member) => memberView(state, household, member)),
    createdAt: household.createdAt,
    viewerRole,
  };
}

/** The family the person owns, else the one they are a member of, else none. */
export function householdFor(state: MockState, personId: string): Household | null {
  const owned = state.households.find((household) => household.ownerId === personId);
  if (owned !== undefined) {
    return householdView(state, owned, 'owner');
  }
  const joined = householdWithMember(state, personId);
  return joined === undefined ? null : householdView(state, joined, 'member');
}

export function usageView(state: MockState, record: UsageRecordState): UsageRecord {
  return {
    id: record.id,
    settlementId: record.settlementId,
    at: record.at,
    institution: record.institution,
    category: record.category,
    totalFen: record.totalFen,
    paidByThisAccountFen: record.paidByThisAccountFen,
    patient: summaryOf(state, record.patientId),
    source: record.source,
    relationId: record.relationId,
    limitStopped: record.limitStopped,
  };
}

export function settlementView(state: MockState, record: SettlementRecord): Settlement {
  return {
    id: record.id,
    at: record.at,
    patient: summaryOf(state, record.patientId),
    institution: record.institution,
    category: record.category,
    amountFen: record.amountFen,
    own: record.own,
    fromSponsors: record.fromSponsors.map((part) => ({
      relationId: part.relationId,
      sponsor: summaryOf(state, part.sponsorId),
      fen: part.fen,
      balanceAfterFen: part.balanceAfterFen,
    })),
    cash: record.cash,
    limitStoppedRelationIds: [...record.limitStoppedRelationIds],
  };
}

export function premiumView(state: MockState, record: PremiumRecord): PremiumPayment {
  return {
    id: record.id,
    receiptNumber: receiptNumber(record.id),
    relationId: record.relationId,
    beneficiary: summaryOf(state, record.beneficiaryId),
    year: record.year,
    amountFen: record.amountFen,
    paidAt: record.paidAt,
    balanceAfterFen: record.balanceAfterFen,
  };
}
