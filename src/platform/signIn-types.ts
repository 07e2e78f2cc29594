/** What the platform's phone-number sign-in hands the back end: its codes, never a phone number. */
export type PlatformCredentials =
  | { platform: 'wechat'; loginCode: string; phoneCode: string }
  | { platform: 'alipay'; authCode: string; phoneResponse: string };

/** The outcome of the phone-number button: codes to exchange, the person saying no, or a failure. */
export type PhoneAuthorization =
  { kind: 'authorized'; credentials: PlatformCredentials } | { kind: 'refused' } | { kind: 'failed' };

/** What the button's event carried: its answer (`detail`), or the platform's error event. */
export type PhoneButtonEvent = { kind: 'answer' | 'error'; detail: Record<string, unknown> };

/**
 * Signing in with the phone number the platform verified (WeChat 手机号快速验证, Alipay 授权手机号).
 * H5 has none: there the SMS code is the only way.
 */
export interface PhoneSignIn {
  /** The button's words. */
  label: string;
  /** Where the platform keeps the permission, for the person who refused and wants to allow it. */
  platformName: '微信' | '支付宝';
  authorize(event: PhoneButtonEvent): Promise<PhoneAuthorization>;
}
