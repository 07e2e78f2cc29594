/** 短信验证码登录: code 123456 for every phone, 60 s between codes, 5 wrong codes lock 10 minutes. */
import { validatePhone } from '@/domain';
import type { LoginResponse, OkResponse, SmsCodeResponse } from '@/services/contract';
import { addMilliseconds, millisecondsBetween } from '../clock';
import type { Reply, RequestContext, SignedInContext } from '../context';
import { reply } from '../context';
import { refuse, unwrap } from '../errors';
import { personByPhone } from '../model';
import { readBody, readText } from '../read';
import type { MockState, PersonRecord, SmsRecord } from '../state';
import { meView } from '../views';
import { randomToken } from '../random';

export const SMS_CODE = '123456';
export const SMS_COOLDOWN_SECONDS = 60;
const CODE_VALID_MS = 5 * 60_000;
const MAX_WRONG_CODES = 5;
const LOCK_MS = 10 * 60_000;
const CODE_NOT_SENT_MESSAGE = '请先点击“获取验证码”，收到短信后再登录';
/** Old sessions beyond this are dropped, oldest first, so the stored state stays small. */
const MAX_SESSIONS = 50;

function readPhone(ctx: RequestContext): string {
  const body = readBody(ctx.body);
  return unwrap(validatePhone(readText(body, 'phone', '手机号', { max: 20 })));
}

function registeredPerson(state: MockState, phone: string): PersonRecord {
  return (
    personByPhone(state, phone) ??
    refuse(
      404,
      'PHONE_NOT_REGISTERED',
      '该手机号未登记参保信息，请使用参保登记时留的手机号；如已更换号码，请到医保经办机构更新',
    )
  );
}

function smsRecordFor(state: MockState, phone: string): SmsRecord {
  const existing = state.sms.find((record) => record.phone === phone);
  if (existing !== undefined) {
    return existing;
  }
  const created: SmsRecord = {
    phone,
    sentAt: null,
    codeExpiresAt: null,
    failedAttempts: 0,
    lockedUntil: null,
  };
  state.sms.push(created);
  return created;
}

/** Refuses while the phone is locked; an expired lock is lifted and the count starts again. */
function refuseIfLocked(record: SmsRecord, now: string): void {
  if (record.lockedUntil === null) {
    return;
  }
  const leftMs = millisecondsBetween(now, record.lockedUntil);
  if (leftMs > 0) {
    refuse(
      429,
      'PHONE_LOCKED',
      `验证码错误次数过多，该手机号已暂时锁定，请${Math.ceil(leftMs / 60_000)}分钟后再试`,
    );
  }
  record.lockedUntil = null;
  record.failedAttempts = 0;
}

export function requestSmsCode(ctx: RequestContext): Reply<SmsCodeResponse> {
  const phone = readPhone(ctx);
  registeredPerson(ctx.state, phone);
  const record = smsRecordFor(ctx.state, phone);
  refuseIfLocked(record, ctx.now);
  if (record.sentAt !== null) {
    const waitMs = SMS_COOLDOWN_SECONDS * 1000 - millisecondsBetween(record.sentAt, ctx.now);
    if (waitMs > 0) {
      refuse(429, 'SMS_COOLDOWN', `验证码已发送，请${Math.ceil(waitMs / 1000)}秒后再重新获取`);
    }
  }
  record.sentAt = ctx.now;
  record.codeExpiresAt = addMilliseconds(ctx.now, CODE_VALID_MS);
  return reply({ cooldownSeconds: SMS_COOLDOWN_SECONDS });
}

export function login(ctx: RequestContext): Reply<LoginResponse> {
  const body = readBody(ctx.body);
  const phone = unwrap(validatePhone(readText(body, 'phone', '手机号', { max: 20 })));
  const code = readText(body, 'code', '验证码', { max: 10 }).trim();
  const person = registeredPerson(ctx.state, phone);
  // Looked up, not created: a refused sign-in must leave the state as it was.
  const record = ctx.state.sms.find((candidate) => candidate.phone === phone);
  if (record === undefined) {
    return refuse(400, 'SMS_CODE_NOT_SENT', CODE_NOT_SENT_MESSAGE);
  }
  refuseIfLocked(record, ctx.now);
  if (record.codeExpiresAt === null) {
    return refuse(400, 'SMS_CODE_NOT_SENT', CODE_NOT_SENT_MESSAGE);
  }
  if (millisecondsBetween(ctx.now, record.codeExpiresAt) <= 0) {
    return refuse(400, 'SMS_CODE_EXPIRED', '验证码已过期，请重新获取');
  }
  if (code !== SMS_CODE) {
    record.failedAttempts += 1;
    if (record.failedAttempts >= MAX_WRONG_CODES) {
      record.lockedUntil = addMilliseconds(ctx.now, LOCK_MS);
      record.codeExpiresAt = null;
      return refuse(
        429,
        'PHONE_LOCKED',
        `验证码错误次数过多，该手机号已暂时锁定，请${LOCK_MS / 60_000}分钟后再试`,
      );
    }
    return refuse(
      400,
      'SMS_CODE_WRONG',
      `验证码不正确，请重新输入（还可尝试${MAX_WRONG_CODES - record.failedAttempts}次）`,
    );
  }
  record.failedAttempts = 0;
  record.codeExpiresAt = null;
  const token = randomToken();
  ctx.state.sessions.push({ token, personId: person.personId, createdAt: ctx.now });
  if (ctx.state.sessions.length > MAX_SESSIONS) {
    ctx.state.sessions.splice(0, ctx.state.sessions.length - MAX_SESSIONS);
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
