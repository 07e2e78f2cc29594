/**
 * Just enough base64 to check an upload without Buffer or atob, neither of which every
 * mini-program engine has: the decoded length, and the first bytes for the file signature.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isAlphabetCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    code === 43 || // +
    code === 47 // /
  );
}

/**
 * Canonical padded base64, in one pass: a regular expression with a repeated group overflows
 * the stack on a few megabytes in V8, so a 5 MB photo would be a 500.
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) {
    return false;
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const end = text.length - padding;
  for (let i = 0; i < end; i += 1) {
    if (!isAlphabetCode(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/** Bytes the base64 text decodes to (the text must pass isBase64). */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** The first bytes of the decoded data (the text must pass isBase64). */
export function leadingBytes(base64: string, count: number): number[] {
  const bytes: number[] = [];
  for (let i = 0; i + 3 < base64.length && bytes.length < count; i += 4) {
    const sextets = [0, 1, 2, 3].map((offset) => ALPHABET.indexOf(base64.charAt(i + offset)));
    const word = sextets.reduce((acc, sextet) => (acc << 6) | Math.max(sextet, 0), 0);
    const available = sextets[3] >= 0 ? 3 : sextets[2] >= 0 ? 2 : 1;
    [(word >> 16) & 0xff, (word >> 8) & 0xff, word & 0xff]
      .slice(0, available)
      .forEach((byte) => bytes.push(byte));
  }
  return bytes.slice(0, count);
}

const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageTypeOf(bytes: readonly number[]): 'image/jpeg' | 'image/png' | null {
  const startsWith = (signature: readonly number[]): boolean =>
    signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(JPEG_SIGNATURE)) {
    return 'image/jpeg';
  }
  return startsWith(PNG_SIGNATURE) ? 'image/png' : null;
}
