/**
 * 微信 / 支付宝 手机号快捷登录: the app sends the platform's codes, never a phone number; the back end
 * exchanges them (here: reads what the fake platforms wrote into them), finds the insured person by
 * the phone the platform verified and opens a session exactly as the SMS sign-in does. A code is
 * refused when malformed, reused or older than five minutes, as the platforms' servers refuse it.
 */
import dayjs from 'dayjs';
import type { LoginResponse } from '@/services/contract';
import type { Reply, RequestContext } from '../context';
import { refuse } from '../errors';
import { personByPhone } from '../model';
import {
  PLATFORM_CODE_VALID_MS,
  alipayEncryptedContent,
  readPlatformCode,
  type PlatformCodeKind,
} from '../platformCodes';
import { readBody, readText } from '../read';
import { openSession } from './auth';

/** Platform sign-ins one client may try within ten minutes. */
const MAX_ATTEMPTS_PER_CLIENT = 20;
const ATTEMPT_WINDOW_MS = 10 * 60_000;
/** A code issued a little "after" the back end's clock is clock skew; much later is forged. */
const CLOCK_SKEW_MS = 60_000;
const MAX_CODE_LENGTH = 1024;

type Platform = 'wechat' | 'alipay';

const AGAIN: Record<Platform, string> = {
  wechat: '请重新点击“微信手机号快捷登录”',
  alipay: '请重新点击“支付宝手机号快捷登录”',
};

const PLATFORM_NAME: Record<Platform, string> = { wechat: '微信', alipay: '支付宝' };

function refuseTooMany(ctx: RequestContext): void {
  const key = `platform-sign-in|${ctx.client}`;
  if (ctx.limits.hit(key, ctx.now, ATTEMPT_WINDOW_MS) > MAX_ATTEMPTS_PER_CLIENT) {
    refuse(429, 'TOO_MANY_REQUESTS', '操作过于频繁，请稍后再试');
  }
}

/** The claims of a live code, which is spent by this exchange; otherwise the refusal. */
function exchange(ctx: RequestContext, platform: Platform, kind: PlatformCodeKind, code: string): string {
  const claims = readPlatformCode(kind, code);
  const now = dayjs(ctx.now).valueOf();
  if (claims === null || claims.issuedAtMs > now + CLOCK_SKEW_MS) {
    return refuse(400, 'PLATFORM_CODE_INVALID', `${PLATFORM_NAME[platform]}登录凭证无效，${AGAIN[platform]}`);
  }
  if (now - claims.issuedAtMs >= PLATFORM_CODE_VALID_MS) {
    return refuse(400, 'PLATFORM_CODE_EXPIRED', `${PLATFORM_NAME[platform]}授权已超时，${AGAIN[platform]}`);
  }
  const used = `platform-code|${code}`;
  if (ctx.limits.count(used, ctx.now, PLATFORM_CODE_VALID_MS) > 0) {
    return refuse(
      400,
      'PLATFORM_CODE_USED',
      `这次${PLATFORM_NAME[platform]}授权已经用过，${AGAIN[platform]}`,
    );
  }
  ctx.limits.hit(used, ctx.now, PLATFORM_CODE_VALID_MS);
  return claims.subject;
}

function signInByVerifiedPhone(ctx: RequestContext, platform: Platform, phone: string): Reply<LoginResponse> {
  const person = personByPhone(ctx.state, phone);
  if (person === undefined) {
    // The platform verified this phone belongs to the person asking, so saying so discloses nothing.
    return refuse(
      404,
      'PHONE_NOT_REGISTERED',
      `您${PLATFORM_NAME[platform]}绑定的手机号没有登记参保信息，请改用参保登记的手机号，通过短信验证码登录`,
    );
  }
  return openSession(ctx, person);
}

export function signInWithWechat(ctx: RequestContext): Reply<LoginResponse> {
  const body = readBody(ctx.body);
  const loginCode = readText(body, 'loginCode', '微信登录凭证', { max: MAX_CODE_LENGTH, required: true });
  const phoneCode = readText(body, 'phoneCode', '手机号凭证', { max: MAX_CODE_LENGTH, required: true });
  refuseTooMany(ctx);
  // code2Session first (who the WeChat user is), then getuserphonenumber (their verified phone).
  exchange(ctx, 'wechat', 'wx-login', loginCode);
  const phone = exchange(ctx, 'wechat', 'wx-phone', phoneCode);
  return signInByVerifiedPhone(ctx, 'wechat', phone);
}

export function signInWithAlipay(ctx: RequestContext): Reply<LoginResponse> {
  const body = readBody(ctx.body);
  const authCode = readText(body, 'authCode', '支付宝授权码', { max: MAX_CODE_LENGTH, required: true });
  const phoneResponse = readText(body, 'phoneResponse', '手机号授权结果', {
    max: MAX_CODE_LENGTH,
    required: true,
  });
  refuseTooMany(ctx);
  // alipay.system.oauth.token first (the Alipay user), then the decrypted phone of getPhoneNumber.
  exchange(ctx, 'alipay', 'ali-auth', authCode);
  const encrypted = alipayEncryptedContent(phoneResponse) ?? '';
  const phone = exchange(ctx, 'alipay', 'ali-phone', encrypted);
  return signInByVerifiedPhone(ctx, 'alipay', phone);
}
