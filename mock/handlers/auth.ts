/**
 * 短信验证码登录: code 123456 for every phone, 60 s between codes, 5 wrong codes lock that phone for
 * 10 minutes from the client that sent them, with limits per client and in total.
 */
import { validatePhone } from '@/domain';
import type { LoginResponse, OkResponse, SmsCodeResponse } from '@/services/contract';
import type { Reply, RequestContext, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import { personByPhone } from '../model';
import type { PersonRecord } from '../state';
import { readBody, readText } from '../read';
import type { MockState } from '../state';
import { meView } from '../views';
import { randomToken } from '../random';

export const SMS_CODE = '123456';
export const SMS_COOLDOWN_SECONDS = 60;
const CODE_VALID_MS = 5 * 60_000;
/** Wrong codes for one phone from one client before that client is locked out of that phone. */
const MAX_WRONG_CODES = 5;
const LOCK_MS = 10 * 60_000;
/** Wrong codes for one phone from all clients before its code stops working (a new one is needed). */
const MAX_WRONG_CODES_PER_PHONE = 10;
/** What one client may do across all phones within LOCK_MS. */
const MAX_CODES_PER_CLIENT = 20;
const MAX_WRONG_CODES_PER_CLIENT = 20;
/** Codes sent to everybody together per minute. */
const MAX_CODES_IN_TOTAL = 300;
const MINUTE_MS = 60_000;
/** A person's oldest sessions beyond this are dropped; other people's sessions are never touched. */
export const MAX_SESSIONS_PER_PERSON = 10;
const CODE_NOT_SENT_MESSAGE = '请先点击“获取验证码”，收到短信后再登录';
const CODE_USED_MESSAGE = '这个验证码已用于登录，请等“获取验证码”的倒计时结束后重新获取';
const TOO_MANY_MESSAGE = '操作过于频繁，请稍后再试';

function readPhone(body: Record<string, unknown>): string {
  return unwrap(validatePhone(readText(body, 'phone', '手机号', { max: 20 })));
}

/** The limit keys: a phone's code and lock are per client, so no one can lock anybody else out. */
function keys(phone: string, client: string) {
  return {
    code: `code|${phone}|${client}`,
    used: `used|${phone}|${client}`,
    wrong: `wrong|${phone}|${client}`,
    locked: `locked|${phone}|${client}`,
    wrongForPhone: `wrong-phone|${phone}`,
    voided: `void|${phone}`,
    codesByClient: `codes-client|${client}`,
    wrongByClient: `wrong-client|${client}`,
    codesInTotal: 'codes-total',
  };
}

type Keys = ReturnType<typeof keys>;

function refuseIfLocked(ctx: RequestContext, key: Keys): void {
  const age = ctx.limits.newestAgeMs(key.locked, ctx.now);
  if (age !== null && age < LOCK_MS) {
    refuse(
      429,
      'PHONE_LOCKED',
      `验证码错误次数过多，该手机号已暂时锁定，请${Math.ceil((LOCK_MS - age) / 60_000)}分钟后再试`,
    );
  }
}

/**
 * The same answer whether or not the phone is registered: telling them apart would let anyone
 * find out who is insured here. Only a real person's phone gets a message, in the real platform.
 */
export function requestSmsCode(ctx: RequestContext): Reply<SmsCodeResponse> {
  const phone = readPhone(readBody(ctx.body));
  const key = keys(phone, ctx.client);
  const { limits, now } = ctx;
  if (
    limits.count(key.codesByClient, now, LOCK_MS) >= MAX_CODES_PER_CLIENT ||
    limits.count(key.codesInTotal, now, MINUTE_MS) >= MAX_CODES_IN_TOTAL
  ) {
    refuse(429, 'TOO_MANY_REQUESTS', TOO_MANY_MESSAGE);
  }
  refuseIfLocked(ctx, key);
  const sentAge = limits.newestAgeMs(key.code, now);
  if (sentAge !== null && sentAge < SMS_COOLDOWN_SECONDS * 1000) {
    const waitMs = SMS_COOLDOWN_SECONDS * 1000 - sentAge;
    refuse(429, 'SMS_COOLDOWN', `验证码已发送，请${Math.ceil(waitMs / 1000)}秒后再重新获取`);
  }
  limits.hit(key.code, now, CODE_VALID_MS);
  limits.hit(key.codesByClient, now, LOCK_MS);
  limits.hit(key.codesInTotal, now, MINUTE_MS);
  return reply({ cooldownSeconds: SMS_COOLDOWN_SECONDS });
}

/** Whether the code this client asked for may still be tried: not used, not voided, not expired. */
function refuseUnlessCodeLive(ctx: RequestContext, key: Keys): void {
  const { limits, now } = ctx;
  const sentAge = limits.newestAgeMs(key.code, now);
  const usedAge = limits.newestAgeMs(key.used, now);
  const voidedAge = limits.newestAgeMs(key.voided, now);
  const spent = (age: number | null): boolean => sentAge !== null && age !== null && age <= sentAge;
  // A used code is named as such: the page is counting down to the next one, so 请先点击 would be wrong.
  if (sentAge !== null && spent(usedAge)) {
    refuse(400, 'SMS_CODE_NOT_SENT', CODE_USED_MESSAGE);
  }
  if (sentAge === null || spent(voidedAge)) {
    refuse(400, 'SMS_CODE_NOT_SENT', CODE_NOT_SENT_MESSAGE);
  }
  if (sentAge >= CODE_VALID_MS) {
    refuse(400, 'SMS_CODE_EXPIRED', '验证码已过期，请重新获取');
  }
}

function refuseWrongCode(ctx: RequestContext, key: Keys): never {
  const { limits, now } = ctx;
  const wrong = limits.hit(key.wrong, now, LOCK_MS);
  limits.hit(key.wrongByClient, now, LOCK_MS);
  if (limits.hit(key.wrongForPhone, now, CODE_VALID_MS) >= MAX_WRONG_CODES_PER_PHONE) {
    // Guessing one code from many clients: every client's code for this phone stops working.
    limits.hit(key.voided, now, CODE_VALID_MS);
    limits.clear(key.wrongForPhone);
  }
  if (wrong >= MAX_WRONG_CODES) {
    limits.hit(key.locked, now, LOCK_MS);
    limits.clear(key.wrong);
    return refuse(
      429,
      'PHONE_LOCKED',
      `验证码错误次数过多，该手机号已暂时锁定，请${LOCK_MS / 60_000}分钟后再试`,
    );
  }
  return refuse(
    400,
    'SMS_CODE_WRONG',
    `验证码不正确或该手机号未登记参保信息，请核对后重新输入（还可尝试${MAX_WRONG_CODES - wrong}次）`,
  );
}

export function login(ctx: RequestContext): Reply<LoginResponse> {
  const body = readBody(ctx.body);
  const phone = readPhone(body);
  const code = readText(body, 'code', '验证码', { max: 10 }).trim();
  const key = keys(phone, ctx.client);
  if (ctx.limits.count(key.wrongByClient, ctx.now, LOCK_MS) >= MAX_WRONG_CODES_PER_CLIENT) {
    refuse(429, 'TOO_MANY_REQUESTS', TOO_MANY_MESSAGE);
  }
  refuseIfLocked(ctx, key);
  refuseUnlessCodeLive(ctx, key);
  const person = personByPhone(ctx.state, phone);
  if (person === undefined || code !== SMS_CODE) {
    return refuseWrongCode(ctx, key);
  }
  ctx.limits.clear(key.wrong);
  ctx.limits.hit(key.used, ctx.now, CODE_VALID_MS);
  return openSession(ctx, person);
}

/** A new session for a person the sign-in proved, SMS or platform alike. */
export function openSession(ctx: RequestContext, person: PersonRecord): Reply<LoginResponse> {
  const token = randomToken();
  const sessions = ctx.state.sessions;
  sessions.push({ token, personId: person.personId, createdAt: ctx.now });
  const own = sessions.filter((session) => session.personId === person.personId);
  if (own.length > MAX_SESSIONS_PER_PERSON) {
    const dropped = new Set(
      own.slice(0, own.length - MAX_SESSIONS_PER_PERSON).map((session) => session.token),
    );
    ctx.state.sessions = sessions.filter((session) => !dropped.has(session.token));
  }
  return reply({ token, sponsor: meView(ctx.state, person, ctx.now) });
}

export function revokeSession(state: MockState, token: string): void {
  state.sessions = state.sessions.filter((session) => session.token !== token);
}

export function logout(ctx: SignedInContext): Reply<OkResponse> {
  revokeSession(ctx.state, ctx.token);
  return reply({ ok: true });
}
