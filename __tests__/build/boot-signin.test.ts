/**
 * Platform sign-in on the release mini-programs (issue 14 item 3): in the boot harness a persona
 * ticks the agreement and taps the phone-number button; the fake WeChat / Alipay answers as the
 * real one does (a phone code, or the person's refusal) and the mock back end exchanges the codes.
 */
import { createMockBackend, memoryStorage } from '../../mock';
import { bootMiniProgram, type BootOptions, type HarnessAction } from '../../scripts/boot/harness';
import type { Platform } from '../../scripts/boot/fake-platform';
import { distOf } from './support/dist';

const LOGIN = 'pages/auth/login/index';
const HOME = 'pages/index/index';
const CHEN = '13800000001';

jest.setTimeout(60_000);

const BUTTON: Record<Platform, string> = { weapp: '微信手机号快捷登录', alipay: '支付宝手机号快捷登录' };

function signInWithPhone(platform: Platform, tick = true): HarnessAction[] {
  return [...(tick ? [{ tap: '我已阅读并同意' }] : []), { phoneButton: BUTTON[platform] }];
}

async function boot(platform: Platform, options: Partial<BootOptions>) {
  const backend = createMockBackend({ storage: memoryStorage(), autoApproveAfterMs: null });
  const report = await bootMiniProgram({
    distDir: distOf(platform, 'release'),
    platform,
    expectations: { [HOME]: ['家庭共济'], 'pages/services/index': [], 'pages/mine/index': [] },
    network: (request) => backend.handle(request),
    settleMs: 2000,
    ...options,
  });
  const login = report.pages.find((page) => page.route === LOGIN);
  const called = report.apiCalls.map((call) => call.api);
  return { report, login, called };
}

test.each(['weapp', 'alipay'] as const)(
  'on %s, 陈建国 signs in with the platform’s phone number and finds 首页 with his masked name',
  async (platform) => {
    const { report, login, called } = await boot(platform, {
      account: { phone: CHEN, answer: 'allow' },
      actions: { [LOGIN]: signInWithPhone(platform) },
    });
    expect(report.failures).toEqual([]);
    expect(login?.failures).toEqual([]);
    expect(called).toEqual(
      expect.arrayContaining(platform === 'weapp' ? ['login'] : ['getPhoneNumber', 'getAuthCode']),
    );
    const home = report.apiCalls.find((call) => call.api === 'switchTab');
    expect(JSON.stringify(home?.args)).toContain('/pages/index/index');
    expect(report.tabTextsAtEnd[HOME]).toContain('陈*国');
  },
);

test('on WeChat, a person who denies the phone number is told how to allow it or use SMS', async () => {
  const { login, report } = await boot('weapp', {
    account: { phone: CHEN, answer: 'deny' },
    actions: { [LOGIN]: signInWithPhone('weapp') },
  });
  expect(login?.failures).toEqual([]);
  expect(login?.text).toContain(
    '您没有允许使用微信绑定的手机号。想快捷登录，请再点一次“微信手机号快捷登录”并选择“允许”；也可以在下面用短信验证码登录。',
  );
  expect(report.tabTextsAtEnd[HOME]).toContain('您还未登录');
});

test('on Alipay, a person who cancels the authorisation is told how to allow it or use SMS', async () => {
  const { login, called } = await boot('alipay', {
    account: { phone: CHEN, answer: 'deny' },
    actions: { [LOGIN]: signInWithPhone('alipay') },
  });
  expect(login?.failures).toEqual([]);
  expect(login?.text).toContain('您没有允许使用支付宝绑定的手机号');
  expect(called).not.toContain('getPhoneNumber');
});

test('on WeChat, the phone-number button signs nobody in before the agreement is ticked', async () => {
  const { login, called, report } = await boot('weapp', {
    account: { phone: CHEN, answer: 'allow' },
    actions: { [LOGIN]: signInWithPhone('weapp', false) },
  });
  expect(login?.failures).toEqual([]);
  expect(called).not.toContain('login');
  expect(report.tabTextsAtEnd[HOME]).toContain('您还未登录');
});

test('on WeChat, someone whose WeChat phone is not registered is pointed to SMS', async () => {
  const { login } = await boot('weapp', {
    account: { phone: '13712345678', answer: 'allow' },
    actions: { [LOGIN]: signInWithPhone('weapp') },
  });
  expect(login?.text).toContain(
    '您微信绑定的手机号没有登记参保信息，请改用参保登记的手机号，通过短信验证码登录',
  );
});
