import dayjs from 'dayjs';
import fc from 'fast-check';
import type { LoginResponse, Me } from '@/services/contract';
import { PLATFORM_CODE_VALID_MS, mintAlipayPhoneResponse, mintPlatformCode } from '../../mock/platformCodes';
import { errorOf, harness, P, type Harness } from './support';

const CHEN = P.陈建国.phone;
let nonce = 0;

/** What the fake WeChat hands the app: a wx.login code and the phone button's code. */
function wechatCodes(h: Harness, phone: string, issuedAt = dayjs(h.clock.now()).valueOf()) {
  nonce += 1;
  return {
    loginCode: mintPlatformCode('wx-login', 'openid-chen', issuedAt, `n${nonce}`),
    phoneCode: mintPlatformCode('wx-phone', phone, issuedAt, `n${nonce}`),
  };
}

function alipayCodes(h: Harness, phone: string) {
  nonce += 1;
  const issuedAt = dayjs(h.clock.now()).valueOf();
  return {
    authCode: mintPlatformCode('ali-auth', '2088000000000001', issuedAt, `n${nonce}`),
    phoneResponse: mintAlipayPhoneResponse(phone, issuedAt, `n${nonce}`),
  };
}

describe('POST /api/auth/wechat', () => {
  it('signs in the insured person whose phone WeChat verified, with a working session', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/wechat', wechatCodes(h, CHEN));
    expect(response.status).toBe(200);
    const { token, sponsor } = response.body as LoginResponse;
    expect(sponsor.maskedName).toBe('陈*国');
    const me = await h.call('GET', '/api/me', undefined, token);
    expect((me.body as Me).maskedName).toBe('陈*国');
  });

  it('refuses a phone code that was already exchanged once', async () => {
    const h = harness();
    const codes = wechatCodes(h, CHEN);
    await h.call('POST', '/api/auth/wechat', codes);
    const again = await h.call('POST', '/api/auth/wechat', {
      ...codes,
      loginCode: wechatCodes(h, CHEN).loginCode,
    });
    expect(again.status).toBe(400);
    expect(errorOf(again)).toEqual({
      code: 'PLATFORM_CODE_USED',
      message: '这次微信授权已经用过，请重新点击“微信手机号快捷登录”',
    });
  });

  it('refuses codes five minutes old as timed out', async () => {
    const h = harness();
    const codes = wechatCodes(h, CHEN);
    h.clock.advance(PLATFORM_CODE_VALID_MS);
    const response = await h.call('POST', '/api/auth/wechat', codes);
    expect(errorOf(response)).toEqual({
      code: 'PLATFORM_CODE_EXPIRED',
      message: '微信授权已超时，请重新点击“微信手机号快捷登录”',
    });
  });

  it('refuses a code issued later than the back end’s clock allows', async () => {
    const h = harness();
    const codes = wechatCodes(h, CHEN, dayjs(h.clock.now()).add(10, 'minute').valueOf());
    expect(errorOf(await h.call('POST', '/api/auth/wechat', codes)).code).toBe('PLATFORM_CODE_INVALID');
  });

  it('tells someone whose WeChat phone is not registered to sign in by SMS with the registered phone', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/wechat', wechatCodes(h, '13712345678'));
    expect(response.status).toBe(404);
    expect(errorOf(response).message).toBe(
      '您微信绑定的手机号没有登记参保信息，请改用参保登记的手机号，通过短信验证码登录',
    );
  });

  it('never takes a phone number from the app instead of a code', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/wechat', {
      loginCode: wechatCodes(h, CHEN).loginCode,
      phone: CHEN,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).not.toBe('PLATFORM_CODE_USED');
  });

  it('refuses any text the platform did not issue as a code', async () => {
    const h = harness();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        async (loginCode, phoneCode) => {
          const response = await h.call('POST', '/api/auth/wechat', { loginCode, phoneCode });
          expect(response.status).toBe(400);
        },
      ),
      { seed: 20, numRuns: 15 },
    );
  });

  it('refuses a login code whose content is not what WeChat writes', async () => {
    const h = harness();
    const forged = { loginCode: 'mockwx.login.7b7d', phoneCode: wechatCodes(h, CHEN).phoneCode };
    expect(errorOf(await h.call('POST', '/api/auth/wechat', forged))).toEqual({
      code: 'PLATFORM_CODE_INVALID',
      message: '微信登录凭证无效，请重新点击“微信手机号快捷登录”',
    });
  });
});

describe('POST /api/auth/alipay', () => {
  it('signs in the insured person whose phone Alipay returned encrypted', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/alipay', alipayCodes(h, P.李卫东.phone));
    expect(response.status).toBe(200);
    expect((response.body as LoginResponse).sponsor.maskedName).toBe('李*东');
  });

  it('refuses an auth code that was already exchanged once', async () => {
    const h = harness();
    const codes = alipayCodes(h, CHEN);
    await h.call('POST', '/api/auth/alipay', codes);
    const again = await h.call('POST', '/api/auth/alipay', {
      ...codes,
      phoneResponse: alipayCodes(h, CHEN).phoneResponse,
    });
    expect(errorOf(again).code).toBe('PLATFORM_CODE_USED');
  });

  it('refuses a phone response that is not Alipay’s JSON text', async () => {
    const h = harness();
    const response = await h.call('POST', '/api/auth/alipay', {
      ...alipayCodes(h, CHEN),
      phoneResponse: CHEN,
    });
    expect(errorOf(response)).toEqual({
      code: 'PLATFORM_CODE_INVALID',
      message: '支付宝登录凭证无效，请重新点击“支付宝手机号快捷登录”',
    });
  });

  it('refuses an auth code five minutes old as timed out', async () => {
    const h = harness();
    const codes = alipayCodes(h, CHEN);
    h.clock.advance(PLATFORM_CODE_VALID_MS + 1);
    expect(errorOf(await h.call('POST', '/api/auth/alipay', codes)).code).toBe('PLATFORM_CODE_EXPIRED');
  });
});

it('stops one client after twenty platform sign-ins in ten minutes', async () => {
  const h = harness();
  for (let i = 0; i < 20; i += 1) await h.call('POST', '/api/auth/wechat', wechatCodes(h, CHEN));
  const response = await h.call('POST', '/api/auth/wechat', wechatCodes(h, CHEN));
  expect(response.status).toBe(429);
});
