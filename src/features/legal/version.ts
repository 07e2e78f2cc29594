/** Bumped when the 用户服务协议 or 隐私政策 text changes: every person is asked again at sign-in. */
export const AGREEMENT_VERSION = '2026-12';
