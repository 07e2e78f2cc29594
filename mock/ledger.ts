import { monthOf } from './clock';
import type { MockState, RelationRecord, UsageRecordState } from './state';

/** Appends a usage record with the next id; its sequence number orders records of one instant. */
export function recordUsage(state: MockState, record: Omit<UsageRecordState, 'id' | 'seq'>): void {
  state.seq += 1;
  state.usage.push({ ...record, id: `usage-${state.seq}`, seq: state.seq });
}

/** What a relation has already paid in the Beijing month of `now` (premiums are not spending). */
export function paidThisMonth(state: MockState, relation: RelationRecord, now: string): number {
  const month = monthOf(now);
  return state.settlements
    .filter((settlement) => monthOf(settlement.at) === month)
    .reduce(
      (sum, settlement) =>
        sum +
        settlement.fromSponsors
          .filter((part) => part.relationId === relation.id)
          .reduce((partSum, part) => partSum + part.fen, 0),
      0,
    );
}

/** What the relation may still pay this month under its monthly limit; null when it has none. */
export function remainingLimit(state: MockState, relation: RelationRecord, now: string): number | null {
  const limit = relation.monthlyLimitFen;
  return limit === null ? null : Math.max(0, limit - paidThisMonth(state, relation, now));
}
