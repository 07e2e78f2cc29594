/** 使用记录: newest first, 20 a page, optionally one Beijing month. */
import type { UsageMonths, UsagePage } from '@/services/contract';
import { monthOf, monthsUpTo } from '../clock';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse } from '../errors';
import type { UsageRecordState } from '../state';
import { personById } from '../model';
import { personSummary, usageView } from '../views';

const USAGE_PAGE_SIZE = 20;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function newestFirst(a: UsageRecordState, b: UsageRecordState): number {
  if (a.at !== b.at) {
    return a.at < b.at ? 1 : -1;
  }
  return b.seq - a.seq;
}

/**
 * The cursor is the id of the last record of the previous page (opaque to clients): records added
 * meanwhile land before it and do not shift the pages after it.
 */
export function usagePage(ctx: SignedInContext, records: readonly UsageRecordState[]): UsagePage {
  const month = ctx.query.get('month');
  if (month !== undefined && month !== '' && !MONTH_PATTERN.test(month)) {
    refuse(400, 'BAD_MONTH', '月份格式不正确，请重新选择月份');
  }
  const everyMonth = month === undefined || month === '';
  const inMonth = everyMonth ? [...records] : records.filter((record) => monthOf(record.at) === month);
  const sorted = inMonth.sort(newestFirst);
  const cursor = ctx.query.get('cursor');
  let start = 0;
  if (cursor !== undefined && cursor !== '') {
    const index = sorted.findIndex((record) => record.id === cursor);
    if (index < 0) {
      refuse(400, 'BAD_CURSOR', '记录已更新，请下拉刷新后重新查看');
    }
    start = index + 1;
  }
  const items = sorted.slice(start, start + USAGE_PAGE_SIZE);
  const hasMore = start + USAGE_PAGE_SIZE < sorted.length;
  return {
    items: items.map((record) => usageView(ctx.state, record)),
    nextCursor: hasMore ? items[items.length - 1].id : null,
    // The month's total over every page, so a client never has to load them all to add them up.
    monthTotalFen: everyMonth ? null : inMonth.reduce((sum, record) => sum + record.paidByThisAccountFen, 0),
  };
}

export function myUsage(ctx: SignedInContext): Reply<UsagePage> {
  return reply(
    usagePage(
      ctx,
      ctx.state.usage.filter((record) => record.holderId === ctx.viewer.personId),
    ),
  );
}

/** Months the chart on 使用记录 covers. */
const CHART_MONTHS = 12;

/**
 * What the signed-in person's account paid in each of the last twelve Beijing months, for
 * themself and through each relation: from the same records, so each month adds up to the
 * month's total that `GET /api/account/usage?month=` gives.
 */
export function myUsageMonths(ctx: SignedInContext): Reply<UsageMonths> {
  const months = monthsUpTo(ctx.now, CHART_MONTHS);
  // Each record's month is worked out once: an account may hold thousands of records.
  const records = ctx.state.usage
    .filter((record) => record.holderId === ctx.viewer.personId)
    .map((record) => ({ ...record, month: monthOf(record.at) }))
    .filter((record) => months.includes(record.month));
  const relationIds = [
    ...new Set(records.flatMap((record) => (record.relationId ? [record.relationId] : []))),
  ];
  const relations = relationIds.map((relationId) => {
    const relation = ctx.state.relations.find((candidate) => candidate.id === relationId);
    if (relation === undefined) throw new Error(`usage record of missing relation ${relationId}`);
    return { relationId, person: personSummary(personById(ctx.state, relation.beneficiaryId)) };
  });
  const paid = (month: string, relationId: string | null) =>
    records
      .filter((record) => record.month === month && record.relationId === relationId)
      .reduce((sum, record) => sum + record.paidByThisAccountFen, 0);
  return reply({
    relations,
    months: months.map((month) => {
      const ownFen = paid(month, null);
      const relationFen = relationIds.map((relationId) => paid(month, relationId));
      return { month, ownFen, relationFen, totalFen: relationFen.reduce((sum, fen) => sum + fen, ownFen) };
    }),
  });
}
