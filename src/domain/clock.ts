/**
 * The clock and the two date formats the tab pages (首页, 业务办理, 我的) show. Everything else goes
 * through dayjs; these three stay out of it because the tab pages are the main package every phone
 * downloads before anything shows, and dayjs would be 7 KB of it. They take instants only (epoch ms,
 * or the contract's ISO 8601 with an offset, which every JS engine parses alike), so no parsing of
 * loose text happens here. __tests__/domain/clock.test.ts holds each to what dayjs says.
 */

/** Now, as ms since the epoch. */
export function now(): number {
  return Date.now();
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** '10:05' for today, '6月14日 10:05' for another day, on the phone's clock. */
export function readTimeLabel(at: number, today: number = now()): string {
  const read = new Date(at);
  const current = new Date(today);
  const time = `${twoDigits(read.getHours())}:${twoDigits(read.getMinutes())}`;
  const sameDay =
    read.getFullYear() === current.getFullYear() &&
    read.getMonth() === current.getMonth() &&
    read.getDate() === current.getDate();
  return sameDay ? time : `${read.getMonth() + 1}月${read.getDate()}日 ${time}`;
}

/** '2025年6月15日': the day of an instant from the back end, on the phone's clock. */
export function dayLabel(at: string): string {
  const day = new Date(at);
  return `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日`;
}
