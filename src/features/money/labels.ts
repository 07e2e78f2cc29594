import { dayLabel, formatYuan, relationshipSeenBy } from '@/domain';
import type { DeductionOrderEntry, RelationView } from '@/services';

/** A relation's monthly limit in words: null is no limit, 0 is no sharing at all. */
export function limitLabel(monthlyLimitFen: number | null): string {
  if (monthlyLimitFen === null) return '不限额';
  if (monthlyLimitFen === 0) return '暂停共济（每月 0 元）';
  return `每月最多 ${formatYuan(monthlyLimitFen)} 元`;
}

/** '300.00 元' */
export function yuan(fen: number): string {
  return `${formatYuan(fen)} 元`;
}

/** What the sponsor is to the beneficiary looking at the card: 周玉兰 sees 陈建国 as 儿子. */
export function sponsorRelationWord(relation: RelationView): string {
  return relationshipSeenBy(relation.relationship, 'beneficiary', relation.sponsor.maskedIdNumber);
}

/** '2025年6月15日' (on 首页, so without dayjs): the day a relation took effect, from its history; null while it never has. */
export function sharedSince(relation: RelationView): string | null {
  const activations = relation.history.filter((entry) => entry.status === 'active');
  const activated = activations[activations.length - 1];
  return activated ? dayLabel(activated.at) : null;
}

/** What the beneficiary may still use this month: 不限 without a limit, else what is left of it. */
export function remainingThisMonth(entry: DeductionOrderEntry): string {
  if (entry.monthlyLimitFen === null || entry.remainingLimitFen === null) return '本月还可用 不限';
  return `本月还可用 ${yuan(entry.remainingLimitFen)}（每月最多 ${yuan(entry.monthlyLimitFen)}）`;
}
