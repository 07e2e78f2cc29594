import dayjs from 'dayjs';

// Dates on the money pages, which are a subpackage: dayjs stays out of the main package (labels.ts).

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
