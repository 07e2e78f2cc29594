/** 审核: how a relation changes state, by QA's decision or on its own as QA's review setting says. */
import type { RelationStatus } from '@/domain';
import type { ReviewSetting } from '@/services/contract';
import { addMilliseconds, nextWorkingDay } from './clock';
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

/** 关闭: QA decides every application in the console. */
export const MANUAL_REVIEW: ReviewSetting = { mode: 'manual', delaySeconds: null };

/** The review setting for an application decided by itself after `ms`; null = 关闭. */
export function reviewAfter(ms: number | null): ReviewSetting {
  return ms === null ? MANUAL_REVIEW : { mode: 'after-delay', delaySeconds: Math.ceil(ms / 1000) };
}

/** When the automatic review decides an application submitted at `submittedAt`; null when QA does. */
export function reviewDueAt(setting: ReviewSetting, submittedAt: string): string | null {
  if (setting.mode === 'next-working-day') {
    return nextWorkingDay(submittedAt);
  }
  if (setting.mode === 'after-delay' && setting.delaySeconds !== null) {
    return addMilliseconds(submittedAt, setting.delaySeconds * 1000);
  }
  return null;
}

/**
 * Reviews every application whose time under the state's review setting has come, as a reviewer
 * checking the household registers would: refused when they contradict the claim, approved
 * otherwise. Run lazily at the start of each request, so there are no timers to leak. Returns
 * whether anything changed.
 */
export function reviewDueApplications(state: MockState, now: string): boolean {
  const due = state.relations.filter((relation) => {
    const dueAt = relation.status === 'pending' ? reviewDueAt(state.review, relation.createdAt) : null;
    return dueAt !== null && dueAt <= now;
  });
  due.forEach((relation) => {
    const contradicted = registersContradict(state, relation);
    decide(state, relation, !contradicted, contradicted ? KINSHIP_MISMATCH_REASON : null, now);
  });
  return due.length > 0;
}
