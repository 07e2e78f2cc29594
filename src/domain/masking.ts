import { normalizeIdNumber } from './idNumber';

/**
 * Keeps `head` and `tail` characters and stars the rest. When the text is too short to keep both
 * ends, at most a quarter is kept at each end, so a short or odd input is still mostly hidden.
 */
function maskMiddle(text: string, head: number, tail: number): string {
  const chars = Array.from(text);
  const fits = chars.length > head + tail;
  const keepHead = fits ? head : Math.floor(chars.length / 4);
  const keepTail = fits ? tail : Math.floor(chars.length / 4);
  return [
    ...chars.slice(0, keepHead),
    '*'.repeat(chars.length - keepHead - keepTail),
    ...chars.slice(chars.length - keepTail),
  ].join('');
}

const NAME_SEPARATORS = ['·', '•', '・', '．', '.'];

/**
 * '张三丰' → '张*丰', '李四' → '李*', '阿依古丽·买买提' → '阿***·**提': the first and last
 * characters stay, each hidden one becomes a star, and the separator of a minority name stays so the
 * name still reads as one.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 2) {
    return maskMiddle(chars.join(''), 1, 0);
  }
  const middle = chars.slice(1, -1).map((c) => (NAME_SEPARATORS.includes(c) ? c : '*'));
  // Only separators in between ('张··李') would leave the name whole: hide the last character too.
  const last = middle.includes('*') ? chars[chars.length - 1] : '*';
  return `${chars[0]}${middle.join('')}${last}`;
}

/** '44010619700315123X' → '4401**********123X'. */
export function maskIdNumber(idNumber: string): string {
  return maskMiddle(normalizeIdNumber(idNumber), 4, 4);
}

/** '13800000001' → '138****0001'. */
export function maskPhone(phone: string): string {
  return maskMiddle(phone.replace(/[\s-]+/g, ''), 3, 4);
}
