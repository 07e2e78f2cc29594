import { currentDay, isCalendarDay, requireDay } from './dates';
import { isProvinceCode } from './provinces';
import { toHalfWidth } from './text';
import { fail, ok } from './result';
import type { Result } from './types';

export type Sex = 'male' | 'female';

export interface ParsedIdNumber {
  /** Normalised: no spaces, ASCII digits, an upper-case X. */
  idNumber: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** Place of registration; never 参保地. */
  provinceCode: string;
}

const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
/** Nobody alive was born earlier; it also keeps dayjs away from ancient years. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** The GB 11643 check character of a 17-digit body. */
export function idCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    sum += WEIGHTS[i] * Number(body.charAt(i));
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** People paste IDs with spaces between groups, or type them with a full-width input method. */
export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').replace(/x/g, 'X');
}

export function parseIdNumber(input: string, today: string = currentDay()): Result<ParsedIdNumber> {
  requireDay(today);
  const id = normalizeIdNumber(input);
  if (id === '') {
    return fail('ID_EMPTY', '请填写身份证号');
  }
  if (/^\d{15}$/.test(id)) {
    return fail('ID_LEGACY_15', '这是15位的旧身份证号，请填写18位的新身份证号（见身份证正面）');
  }
  if (id.length !== 18) {
    return fail('ID_LENGTH', `身份证号应为18位，您填写了${Array.from(id).length}位，请核对`);
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('ID_CHARACTERS', '身份证号由17位数字和最后一位数字或X组成，请核对');
  }
  const provinceCode = id.slice(0, 2);
  if (!isProvinceCode(provinceCode)) {
    return fail('ID_REGION', '身份证号前两位不是有效的省份代码，请核对');
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDay(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return fail('ID_BIRTH_DATE', '身份证号第7至14位的出生日期不正确，请核对');
  }
  if (idCheckCharacter(id) !== id.charAt(17)) {
    return fail('ID_CHECKSUM', '身份证号最后一位校验码不对，可能有数字填错，请逐位核对');
  }
  return ok({
    idNumber: id,
    birthDate,
    sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
    provinceCode,
  });
}

/** Same person? IDs may differ only in a lower-case x or stray spaces. */
export function sameIdNumber(a: string, b: string): boolean {
  return normalizeIdNumber(a) === normalizeIdNumber(b);
}
