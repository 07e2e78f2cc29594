/**
 * Time on the mock platform. Instants travel and are stored as UTC ISO 8601 strings
 * (toISOString, so they also sort as text); calendar questions — which day, month or year a
 * payment belongs to — are answered in Beijing time, as the provincial platforms do.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Guard } from './guards';

dayjs.extend(utc);

const BEIJING_OFFSET_MINUTES = 8 * 60;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const isInstant: Guard<string> = (value): value is string =>
  typeof value === 'string' && INSTANT_PATTERN.test(value) && dayjs(value).isValid();

/** Normalises what the injected clock returns; a clock that is not a clock is a programming error. */
export function toInstant(text: string): string {
  const parsed = dayjs(text);
  if (!parsed.isValid()) {
    throw new TypeError(`the mock clock returned ${JSON.stringify(text)}, not an ISO 8601 time`);
  }
  return parsed.toISOString();
}

function beijing(instant: string): dayjs.Dayjs {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES);
}

/** YYYY-MM-DD in Beijing. */
export function dayOf(instant: string): string {
  return beijing(instant).format('YYYY-MM-DD');
}

/** YYYY-MM in Beijing. */
export function monthOf(instant: string): string {
  return beijing(instant).format('YYYY-MM');
}

export function yearOf(instant: string): number {
  return beijing(instant).year();
}

export function addMilliseconds(instant: string, ms: number): string {
  return dayjs(instant).add(ms, 'millisecond').toISOString();
}

/** The same Beijing time of day on the next working day: Saturday and Sunday are skipped. */
export function nextWorkingDay(instant: string): string {
  let next = beijing(instant).add(1, 'day');
  while (next.day() === 0 || next.day() === 6) {
    next = next.add(1, 'day');
  }
  return next.toISOString();
}

export function subtractDays(instant: string, days: number): string {
  return dayjs(instant).subtract(days, 'day').toISOString();
}

/** Milliseconds from `earlier` to `later`. */
export function millisecondsBetween(earlier: string, later: string): number {
  return dayjs(later).diff(dayjs(earlier), 'millisecond');
}

/** The `count` Beijing months up to and including the one of `instant`, oldest first. */
export function monthsUpTo(instant: string, count: number): string[] {
  const last = beijing(instant).startOf('month');
  return Array.from({ length: count }, (_, index) =>
    last.subtract(count - 1 - index, 'month').format('YYYY-MM'),
  );
}
