/** 审核: how a relation changes state, by QA's decision or on its own after the delay. */
import type { RelationStatus } from '@/domain';
import { millisecondsBetween } from './clock';
import { notifyDecision } from './messages';
import { personById } from './model';
import { contradictsKinship, KINSHIP_MISMATCH_REASON } from './seed';
import type { MockState, RelationRecord } from './state';

export function transition(
  relation: RelationRecord,
  status: RelationStatus,
  now: string,
  note: string | null,
): void {
  relation.status = status;
  relation.updatedAt = now;
  relation.history.push({ status, at: now, note });
}

const DEFAULT_REJECT_REASON = '申请材料不符合要求，请核对后重新提交';

export function decide(
  state: MockState,
  relation: RelationRecord,
  approve: boolean,
  reason: string | null,
  now: string,
): void {
  if (approve) {
    transition(relation, 'active', now, '审核通过，已生效');
  } else {
    const why = reason ?? DEFAULT_REJECT_REASON;
    relation.rejectReason = why;
    transition(relation, 'rejected', now, why);
  }
  notifyDecision(state, relation, now);
}

function registersContradict(state: MockState, relation: RelationRecord): boolean {
  return contradictsKinship(
    personById(state, relation.sponsorId).idNumber,
    personById(state, relation.beneficiaryId).idNumber,
    relation.relationship,
  );
}

/**
 * Reviews every application that has waited `afterMs`, as a reviewer checking the household
 * registers would: refused when they contradict the claim, approved otherwise. Run lazily at the
 * start of each request, so there are no timers to leak. Returns whether anything changed.
 */
export function reviewDueApplications(state: MockState, now: string, afterMs: number | null): boolean {
  if (afterMs === null) {
    return false;
  }
  const due = state.relations.filter(
    (relation) => relation.status === 'pending' && millisecondsBetween(relation.createdAt, now) >= afterMs,
  );
  due.forEach((relation) => {
    const contradicted = registersContradict(state, relation);
    decide(state, relation, !contradicted, contradicted ? KINSHIP_MISMATCH_REASON : null, now);
  });
  return due.length > 0;
}
