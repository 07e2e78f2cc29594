import { fail, ok } from './result';
import { toHalfWidth } from './text';
import type { Result } from './types';

/**
 * '1,234.50' from 123450 fen. Works on the digits as text so no floating-point division can
 * round. A non-integer is a programming error (money is integer fen everywhere), hence the throw.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new TypeError(`fen must be a safe integer, got ${String(fen)}`);
  }
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${yuan}.${digits.slice(-2)}`;
}

/** Plain digits, or digits grouped by three with commas as formatYuan writes them; up to two decimals. */
const AMOUNT_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Yuan typed by a person, to fen: '12.3' → 1230. Built from the digit strings, never by
 * multiplying a float (12.3 * 100 is 1230.0000000000002).
 */
export function parseYuanToFen(text: string): Result<number> {
  const trimmed = toHalfWidth(text).trim();
  if (trimmed === '') {
    return fail('MONEY_EMPTY', '请输入金额');
  }
  if (trimmed.startsWith('-')) {
    return fail('MONEY_NEGATIVE', '金额不能为负数，请重新输入');
  }
  const match = AMOUNT_PATTERN.exec(trimmed);
  if (match === null) {
    return fail('MONEY_FORMAT', '请输入正确的金额，例如 12.50');
  }
  const decimals = match[2] ?? '';
  if (decimals.length > 2) {
    return fail('MONEY_DECIMALS', '金额最多保留两位小数（精确到分），请重新输入');
  }
  const digits = `${match[1].replace(/,/g, '')}${decimals.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  // Past 2^53 the conversion may round, but never down to a safe value, so this test is exact.
  const fen = Number(digits);
  if (fen > Number.MAX_SAFE_INTEGER) {
    return fail('MONEY_TOO_LARGE', '金额过大，请核对后重新输入');
  }
  return ok(fen);
}
