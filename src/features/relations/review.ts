import dayjs from 'dayjs';
import { regionById } from '@/regions';
import type { RelationView } from '@/services';

/**
 * What a pending application's applicant may expect: the time an automatic review decides, when
 * the platform has one, else the platform's own promise for a reviewer (about one working day).
 */
export function reviewExpectation(relation: RelationView): string {
  if (relation.reviewDueAt) {
    return `预计${dayjs(relation.reviewDueAt).format('M月D日 HH:mm')}前出审核结果`;
  }
  return regionById(relation.regionId)?.reviewPromise ?? '预计一个工作日内完成审核';
}

export interface ReviewDecision {
  relation: RelationView;
  /** When the review decided. */
  at: string;
  approved: boolean;
}

/** How long a decision stays announced on the applicant's page. */
const NOTICE_DAYS = 7;

/** Applications a review decided in the last week, newest first: what the applicant is told. */
export function recentDecisions(relations: readonly RelationView[], now: string): ReviewDecision[] {
  const since = dayjs(now).subtract(NOTICE_DAYS, 'day');
  return relations
    .map((relation) => {
      const decidedAt = relation.history.findIndex(
        (entry, at) => at > 0 && relation.history[at - 1].status === 'pending' && entry.status !== 'pending',
      );
      const entry = decidedAt < 0 ? undefined : relation.history[decidedAt];
      const decided =
        entry !== undefined &&
        (entry.status === 'active' || entry.status === 'rejected') &&
        !dayjs(entry.at).isBefore(since);
      return decided ? { relation, at: entry.at, approved: entry.status === 'active' } : null;
    })
    .filter((decision): decision is ReviewDecision => decision !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
}
