import type { LoginResponse, Me } from '@/services/contract';
import { errorOf, harness, P } from './support';

const phone = P.陈建国.phone;

describe('POST /api/auth/sms-code', () => {
  it('sends a code with a 60 second cooldown', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/sms-code', { phone });
    expect(response).toEqual({ status: 200, body: { cooldownSeconds: 60 } });
  });

  it('refuses a second code inside 60 seconds and says how many seconds are left', async () => {
    const h = harness();
    await h.call('POST', '/api/auth/sms-code', { phone });
    h.clock.advance(20_000);
    const response = await h.call('POST', '/api/auth/sms-code', { phone });
    expect(response.status).toBe(429);
    expect(errorOf(response)).toEqual({ code: 'SMS_COOLDOWN', message: '验证码已发送，请40秒后再重新获取' });
  });

  it('sends another code once the cooldown has passed', async () => {
    const h = harness();
    await h.call('POST', '/api/auth/sms-code', { phone });
    h.clock.advance(60_000);
    expect((await h.call('POST', '/api/auth/sms-code', { phone })).status).toBe(200);
  });

  it('answers a phone number nobody registered as it answers a registered one', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/sms-code', { phone: '13712345678' });
    expect(response).toEqual({ status: 200, body: { cooldownSeconds: 60 } });
  });

  it('refuses a malformed phone number with the domain message', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/sms-code', { phone: '12345' });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('PHONE_FORMAT');
  });

  it('refuses a request without a phone number', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/sms-code', {});
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({ code: 'BAD_REQUEST', message: '缺少手机号，请补充后重新提交' });
  });
});

describe('POST /api/auth/login', () => {
  async function requestCode(h: ReturnType<typeof harness>): Promise<void> {
    await h.call('POST', '/api/auth/sms-code', { phone });
  }

  it('signs in with 123456 and returns a token and the masked profile', async () => {
    const h = harness();
    await requestCode(h);
    const response = await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    expect(response.status).toBe(200);
    const body = response.body as LoginResponse;
    expect(body.token).toMatch(/^[0-9a-f]{32}$/);
    expect(body.sponsor).toMatchObject({
      maskedName: '陈*国',
      maskedPhone: '138****0001',
      regionId: 'guangdong',
    });
  });

  it('refuses a login before a code was requested', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('SMS_CODE_NOT_SENT');
  });

  it('refuses a code older than five minutes', async () => {
    const h = harness();
    await requestCode(h);
    h.clock.advance(5 * 60_000);
    const response = await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    expect(errorOf(response)).toEqual({ code: 'SMS_CODE_EXPIRED', message: '验证码已过期，请重新获取' });
  });

  it('refuses a wrong code and says how many tries are left', async () => {
    const h = harness();
    await requestCode(h);
    const response = await h.call('POST', '/api/auth/login', { phone, code: '000000' });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'SMS_CODE_WRONG',
      message: '验证码不正确或该手机号未登记参保信息，请核对后重新输入（还可尝试4次）',
    });
  });

  it('locks the phone for ten minutes after five wrong codes', async () => {
    const h = harness();
    await requestCode(h);
    for (let i = 0; i < 4; i += 1) {
      await h.call('POST', '/api/auth/login', { phone, code: '000000' });
    }
    const fifth = await h.call('POST', '/api/auth/login', { phone, code: '000000' });
    expect(fifth.status).toBe(429);
    expect(errorOf(fifth)).toEqual({
      code: 'PHONE_LOCKED',
      message: '验证码错误次数过多，该手机号已暂时锁定，请10分钟后再试',
    });
  });

  it('keeps a locked phone out even with the right code and refuses new codes', async () => {
    const h = harness();
    await requestCode(h);
    for (let i = 0; i < 5; i += 1) {
      await h.call('POST', '/api/auth/login', { phone, code: '000000' });
    }
    h.clock.advance(4 * 60_000);
    expect(errorOf(await h.call('POST', '/api/auth/login', { phone, code: '123456' }))).toEqual({
      code: 'PHONE_LOCKED',
      message: '验证码错误次数过多，该手机号已暂时锁定，请6分钟后再试',
    });
    expect(errorOf(await h.call('POST', '/api/auth/sms-code', { phone })).code).toBe('PHONE_LOCKED');
  });

  it('lets the phone sign in again once the lock has run out', async () => {
    const h = harness();
    await requestCode(h);
    for (let i = 0; i < 5; i += 1) {
      await h.call('POST', '/api/auth/login', { phone, code: '000000' });
    }
    h.clock.advance(10 * 60_000);
    await requestCode(h);
    expect((await h.call('POST', '/api/auth/login', { phone, code: '123456' })).status).toBe(200);
  });

  it('does not accept the same code for a second sign-in', async () => {
    const h = harness();
    await requestCode(h);
    await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    const again = await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    expect(errorOf(again).code).toBe('SMS_CODE_NOT_SENT');
  });

  it('says a used code was used, not that no code was asked for', async () => {
    const h = harness();
    await requestCode(h);
    await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    const again = await h.call('POST', '/api/auth/login', { phone, code: '123456' });
    expect(errorOf(again).message).toBe('这个验证码已用于登录，请等“获取验证码”的倒计时结束后重新获取');
  });

  it('refuses to sign in a phone that is not in the registry as it refuses a wrong code', async () => {
    const h = harness();
    await h.call('POST', '/api/auth/sms-code', { phone: '13712345678' });
    const response = await h.call('POST', '/api/auth/login', { phone: '13712345678', code: '123456' });
    expect(errorOf(response)).toEqual({
      code: 'SMS_CODE_WRONG',
      message: '验证码不正确或该手机号未登记参保信息，请核对后重新输入（还可尝试4次）',
    });
  });

  it('refuses a malformed phone number', async () => {
    const h = harness();
    expect(errorOf(await h.call('POST', '/api/auth/login', { phone: '1380000', code: '123456' })).code).toBe(
      'PHONE_FORMAT',
    );
  });

  it('refuses a code that is not a string', async () => {
    const h = harness();
    await requestCode(h);
    const response = await h.call('POST', '/api/auth/login', { phone, code: 123456 });
    expect(errorOf(response)).toEqual({ code: 'BAD_REQUEST', message: '验证码格式不正确，请检查后重新提交' });
  });
});

describe('sessions', () => {
  it('signs out: the token no longer works', async () => {
    const h = harness();
    const token = await h.signIn(phone);
    expect((await h.call('POST', '/api/auth/logout', undefined, token)).body).toEqual({ ok: true });
    const after = await h.call('GET', '/api/me', undefined, token);
    expect(after).toEqual({ status: 401, body: { code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' } });
  });

  it('cannot sign out without a session', async () => {
    const h = harness();
    expect((await h.call('POST', '/api/auth/logout')).status).toBe(401);
  });

  it('answers 401 without a token', async () => {
    const h = harness();
    expect((await h.call('GET', '/api/family/relations')).status).toBe(401);
  });

  it('answers 401 for a token it never issued', async () => {
    const h = harness();
    expect((await h.call('GET', '/api/me', undefined, 'f'.repeat(32))).status).toBe(401);
  });

  it('answers 401 for an Authorization header that is not a bearer token', async () => {
    const h = harness();
    const token = await h.signIn(phone);
    const response = await h.backend.handle({
      method: 'GET',
      path: '/api/me',
      headers: { authorization: `Basic ${token}` },
      body: null,
    });
    expect(response.status).toBe(401);
  });

  it('reads the Authorization header whatever its case', async () => {
    const h = harness();
    const token = await h.signIn(phone);
    const response = await h.backend.handle({
      method: 'GET',
      path: '/api/me',
      headers: { authorization: `bearer ${token}` },
      body: null,
    });
    expect(response.status).toBe(200);
  });
});

describe('GET /api/me', () => {
  it('gives the masked profile with birth date, sex, balance, contribution months and region', async () => {
    const h = harness();
    const token = await h.signIn(phone);
    const me = (await h.call('GET', '/api/me', undefined, token)).body as Me;
    expect(me).toEqual({
      personId: 'person-01',
      maskedName: '陈*国',
      maskedIdNumber: '4401**********1232',
      maskedPhone: '138****0001',
      insuranceType: 'employee',
      status: 'active',
      provinceCode: '44',
      birthDate: '1970-03-15',
      sex: 'male',
      balanceFen: 500000,
      contributionMonths: 312,
      sharedThisYearFen: 0,
      unreadMessageCount: 0,
      regionId: 'guangdong',
    });
  });

  it('counts what the account paid for relatives this year', async () => {
    const h = harness();
    const token = await h.signIn(P.周建军.phone);
    const me = (await h.call('GET', '/api/me', undefined, token)).body as Me;
    // The seed has 周建军 paying 150 + 76 + 300 yuan for 王大力 within the last three months, all in 2025.
    expect(me.sharedThisYearFen).toBe(15000 + 7600 + 30000);
  });

  it('gives the 河南 region to a person insured in 河南', async () => {
    const h = harness();
    const token = await h.signIn(P.李卫东.phone);
    expect(((await h.call('GET', '/api/me', undefined, token)).body as Me).regionId).toBe('henan');
  });
});

describe('GET /api/me/name', () => {
  it('gives the signed-in person their own full name and nothing else', async () => {
    const h = harness();
    const token = await h.signIn(P.李卫东.phone);
    expect((await h.call('GET', '/api/me/name', undefined, token)).body).toEqual({ name: '李卫东' });
  });

  it('tells nobody a name without a session', async () => {
    const h = harness();
    expect((await h.call('GET', '/api/me/name')).status).toBe(401);
  });
});
