/**
 * The codes the fake WeChat and Alipay hand out, and how the mock back end reads them back. A real
 * platform's codes are opaque and only its servers can exchange them (mock/README.md, "What a real
 * back end must do instead"); the fakes here write into each code what the platform's server would
 * answer — the user id or the phone — with the time it was issued and a nonce, so the mock can refuse
 * a malformed, reused or expired code the way code2Session, getuserphonenumber and
 * alipay.system.oauth.token do. Hex, not base64: mini-program engines have no atob/btoa.
 */
export type PlatformCodeKind = 'wx-login' | 'wx-phone' | 'ali-auth' | 'ali-phone';

/** WeChat's login and phone codes last 5 minutes and work once; the mock holds Alipay's to the same. */
export const PLATFORM_CODE_VALID_MS = 5 * 60_000;

const PREFIX: Record<PlatformCodeKind, string> = {
  'wx-login': 'mockwx.login.',
  'wx-phone': 'mockwx.phone.',
  'ali-auth': 'mockali.auth.',
  'ali-phone': 'mockali.phone.',
};

export interface PlatformCodeClaims {
  /** The platform's user id (openid / user_id) for a login code, the verified phone for a phone code. */
  subject: string;
  issuedAtMs: number;
}

function toHex(text: string): string {
  return Array.from(text, (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  let text = '';
  for (let i = 0; i < hex.length; i += 2) text += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return text;
}

export function mintPlatformCode(
  kind: PlatformCodeKind,
  subject: string,
  issuedAtMs: number,
  nonce: string,
): string {
  return PREFIX[kind] + toHex(JSON.stringify({ sub: subject, iat: issuedAtMs, n: nonce }));
}

/** Alipay's my.getPhoneNumber answers `response`: a JSON text holding the encrypted content and a sign. */
export function mintAlipayPhoneResponse(phone: string, issuedAtMs: number, nonce: string): string {
  return JSON.stringify({
    response: mintPlatformCode('ali-phone', phone, issuedAtMs, nonce),
    sign: 'mock-sign',
  });
}

/** What the code says, or null when it is not a code of this kind at all. */
export function readPlatformCode(kind: PlatformCodeKind, code: string): PlatformCodeClaims | null {
  if (!code.startsWith(PREFIX[kind])) return null;
  const text = fromHex(code.slice(PREFIX[kind].length));
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sub, iat, n } = parsed as Record<string, unknown>;
    if (typeof sub !== 'string' || sub === '' || typeof n !== 'string') return null;
    if (typeof iat !== 'number' || !Number.isSafeInteger(iat)) return null;
    return { subject: sub, issuedAtMs: iat };
  } catch {
    return null;
  }
}

/** The encrypted content inside Alipay's `response` text, or null when the text is not that shape. */
export function alipayEncryptedContent(phoneResponse: string): string | null {
  try {
    const parsed: unknown = JSON.parse(phoneResponse);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { response } = parsed as Record<string, unknown>;
    return typeof response === 'string' ? response : null;
  } catch {
    return null;
  }
}
