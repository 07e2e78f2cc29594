import { fail, ok } from './result';
import { toHalfWidth } from './text';
import type { Result } from './types';

/** Han characters, including 〇 and the rare ones outside the basic plane that names use. */
const HAN = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}\\u{30000}-\\u{3134f}';
const NAME_PATTERN = new RegExp(`^[${HAN}]+(?:·[${HAN}]+)*$`, 'u');
/** Look-alikes people type for the middle dot of minority names (间隔号). */
const DOT_LOOKALIKES = /[•・･‧∙⋅.]/g;

/**
 * A name as on the ID card: 2 to 20 Chinese characters, optionally with the middle dot · between
 * parts (阿依古丽·买买提). Returns it trimmed, with look-alike dots turned into ·.
 */
export function validateName(input: string): Result<string> {
  const name = toHalfWidth(input).trim().replace(DOT_LOOKALIKES, '·');
  if (name === '') {
    return fail('NAME_EMPTY', '请填写姓名');
  }
  if (!NAME_PATTERN.test(name)) {
    return fail('NAME_CHARACTERS', '姓名只能是汉字，少数民族姓名可用间隔号“·”分隔，请与身份证上的姓名一致');
  }
  const length = Array.from(name).length;
  if (length < 2 || length > 20) {
    return fail('NAME_LENGTH', '姓名应为2至20个字，请与身份证上的姓名一致');
  }
  return ok(name);
}

/** A mainland mobile number; spaces, dashes and a +86 prefix are dropped. Returns the 11 digits. */
export function validatePhone(input: string): Result<string> {
  const phone = toHalfWidth(input).replace(/[\s-]+/g, '');
  if (phone === '') {
    return fail('PHONE_EMPTY', '请填写手机号');
  }
  const match = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(phone);
  if (match === null) {
    return fail('PHONE_FORMAT', '请填写正确的11位手机号（以 1 开头的 11 位数字）');
  }
  return ok(match[1]);
}
