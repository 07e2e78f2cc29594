/** Digits in a group: what a person reads out in one breath, as on a bank slip. */
const GROUP = 4;
/** Short numbers are padded so every 凭证号 looks alike and none is mistaken for an amount. */
const MIN_DIGITS = 8;

/**
 * The 凭证号 of a record, from its id: the id's digits without its internal prefix, padded and
 * grouped by four, e.g. `premium-1012` → `0000 1012`. Ids are unique, so are the numbers.
 */
export function receiptNumber(id: string): string {
  const digits = id.replace(/\D/g, '');
  if (digits === '') throw new TypeError(`a receipt needs an id with digits, got ${id}`);
  const width = Math.max(MIN_DIGITS, Math.ceil(digits.length / GROUP) * GROUP);
  const padded = digits.padStart(width, '0');
  const groups: string[] = [];
  for (let start = 0; start < padded.length; start += GROUP) groups.push(padded.slice(start, start + GROUP));
  return groups.join(' ');
}
