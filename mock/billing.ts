/** How a bill splits between the patient's own account, the sponsors' and cash: settled or estimated alike. */
import { EXPENSE_CATEGORIES, isAccountPayable, orderSponsors, settle } from '@/domain';
import type { ExpenseCategory, Settlement, SponsorLink } from '@/domain';
import type { RegionProfile } from '@/regions';
import { refuse } from './errors';
import { remainingLimit } from './ledger';
import { activeRelationsOf, personById, regionOfPerson, regionOfRelation } from './model';
import type { MockState, PersonRecord, RelationRecord } from './state';

export type RelationLink = SponsorLink & { relation: RelationRecord; sponsor: PersonRecord };

/** The region whose policy orders a beneficiary's sponsors: where they are insured. */
export function orderRegion(
  beneficiary: PersonRecord,
  relations: readonly RelationRecord[],
): RegionProfile | null {
  return regionOfPerson(beneficiary) ?? (relations.length > 0 ? regionOfRelation(relations[0]) : null);
}

/** The beneficiary's active relations in the order their sponsors' accounts pay. */
export function sponsorsInOrder(state: MockState, beneficiary: PersonRecord): RelationLink[] {
  const relations = activeRelationsOf(state, beneficiary.personId);
  const links = relations.map((relation): RelationLink => {
    const sponsor = personById(state, relation.sponsorId);
    return {
      relationId: relation.id,
      sponsorName: sponsor.name,
      balanceFen: sponsor.balanceFen,
      chosenRank: relation.deductionRank,
      relation,
      sponsor,
    };
  });
  const region = orderRegion(beneficiary, relations);
  return region === null ? links : orderSponsors(links, region);
}

export const CATEGORY_CODES: readonly ExpenseCategory[] = EXPENSE_CATEGORIES.map((option) => option.code);

export interface BillSplit {
  /** The patient's sponsors in deduction order; `split.fromSponsors` follows it. */
  ordered: RelationLink[];
  split: Settlement;
  /** Where a monthly limit, not the balance, the bill or the category, capped what was taken. */
  limitStoppedRelationIds: string[];
}

/** Only an insured person whose insurance runs can settle through the personal accounts. */
export function requireSettleable(patient: PersonRecord): void {
  if (patient.insuranceType === 'none') {
    refuse(400, 'PATIENT_NOT_INSURED', '该人员未参加基本医保，不能医保结算，请按自费结算');
  }
  if (patient.status !== 'active') {
    refuse(400, 'PATIENT_SUSPENDED', '该人员暂停参保，不能医保结算；恢复参保后再结算');
  }
}

/**
 * The patient's own account, then each sponsor in deduction order up to the rest of their monthly
 * limit, then cash. Changes nothing: a settlement applies the split, an estimate only shows it.
 */
export function splitBill(
  state: MockState,
  patient: PersonRecord,
  amountFen: number,
  category: ExpenseCategory,
  now: string,
): BillSplit {
  const ordered = sponsorsInOrder(state, patient);
  const funds = ordered.map((link) => {
    // A region may keep part of the balance out of sharing (山西: 余额 − 1000 元).
    const floor = regionOfRelation(link.relation).sponsorMinimumBalanceFen;
    return {
      relationId: link.relationId,
      balanceFen: Math.max(0, link.sponsor.balanceFen - floor),
      limitFen: remainingLimit(state, link.relation, now),
    };
  });
  const ownBalanceFen = patient.insuranceType === 'employee' ? patient.balanceFen : 0;
  const split = settle({ amountFen, category, ownBalanceFen, sponsors: funds });

  let remaining = amountFen - split.own;
  const limitStoppedRelationIds: string[] = [];
  const payable = isAccountPayable(category);
  funds.forEach((fund, index) => {
    if (payable && fund.limitFen !== null && fund.limitFen < Math.min(fund.balanceFen, remaining)) {
      limitStoppedRelationIds.push(fund.relationId);
    }
    remaining -= split.fromSponsors[index].fen;
  });
  return { ordered, split, limitStoppedRelationIds };
}
