/** Full-width ASCII (what a Chinese input method types: '１２．５', 'Ｘ') to plain ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
