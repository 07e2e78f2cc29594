import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (strict: 1999-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  return DAY_PATTERN.test(text) && dayjs(text, 'YYYY-MM-DD', true).isValid();
}

export function currentDay(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** `today` comes from code, never from a person, so a malformed one is a programming error. */
export function requireDay(text: string): string {
  if (!isCalendarDay(text)) {
    throw new TypeError(`expected a calendar day written YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return text;
}
