import dayjs from 'dayjs';
import { formatYuan } from '@/domain';

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

/** An instant from the back end on the phone's clock, to the minute. */
export function dateTime(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm');
}

/** YYYY-MM of the current month, on the phone's clock (the back end files records by Beijing month). */
export function currentMonth(): string {
  return dayjs().format('YYYY-MM');
}

export function shiftMonth(month: string, by: number): string {
  return dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');
}

/** '2025-06' → '2025年6月'. */
export function monthLabel(month: string): string {
  return dayjs(`${month}-01`).format('YYYY年M月');
}
