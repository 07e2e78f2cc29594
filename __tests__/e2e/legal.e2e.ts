/**
 * The 用户服务协议 and 隐私政策 (issue 14) in the H5 build at a phone viewport: both pages open
 * from the sign-in line and from 我的, and a second person on the same browser agrees for herself.
 */
import { freshDevicePerTest } from './support/device';
import { openApp, signIn, snap } from './support/app';

const CHEN = '13800000001';
const ZHOU = '13800000002';

const device = freshDevicePerTest();

async function expectDocument(title: '用户服务协议' | '隐私政策', sample: RegExp): Promise<void> {
  await device.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await device.page.getByText(sample).first().waitFor();
  // Lets the page's slide-in finish, so a screenshot shows it.
  await device.page.waitForTimeout(400);
}

/** Opens a route as a fresh load, so the pages left in the H5 stack are not in the way. */
async function reopenAt(route: string): Promise<void> {
  await openApp(device.page, device.h5.server.url, route);
  await device.page.reload();
}

/** The agreements each person gave on this browser, as the preferences store keeps them. */
async function storedAgreements(): Promise<Record<string, string>> {
  const raw = await device.page.evaluate(() => window.localStorage.getItem('family-preferences'));
  const stored = JSON.parse(raw ?? '{}') as { data?: string };
  const { state } = JSON.parse(stored.data ?? '{}') as { state?: { agreements?: Record<string, string> } };
  return state?.agreements ?? {};
}

test('the agreement and privacy pages open from the login page and from 我的', async () => {
  await openApp(device.page, device.h5.server.url, '/pages/auth/login/index');
  await device.page.getByRole('link', { name: '《用户服务协议》' }).click();
  await expectDocument('用户服务协议', /任何一方都可以随时解绑/);
  await snap(device.page, 'legal-agreement');
  await device.page.goBack();
  await device.page.getByRole('link', { name: '《隐私政策》' }).click();
  await expectDocument('隐私政策', /医保服务热线 12393/);
  await snap(device.page, 'legal-privacy');

  await openApp(device.page, device.h5.server.url, '/pages/mine/index');
  await device.page.getByRole('button', { name: '用户服务协议' }).click();
  await expectDocument('用户服务协议', /共济资金只能用于/);
  await device.page.goBack();
  await device.page.getByRole('button', { name: '隐私政策' }).click();
  await expectDocument('隐私政策', /打码后的姓名、身份证号和手机号/);
});

test('周玉兰 signing in after 陈建国 on the same browser is asked for her own consent', async () => {
  await signIn(device.page, device.h5.server.url, CHEN);
  await reopenAt('/pages/mine/index');
  await device.page.getByRole('button', { name: '退出登录' }).click();
  await device.page.getByText('您还未登录').first().waitFor();

  await reopenAt('/pages/auth/login/index');
  await device.page.getByLabel('手机号').fill(ZHOU);
  await device.page.getByRole('button', { name: '获取验证码' }).click();
  await device.page.getByText('验证码已发送，请查看短信').waitFor();
  await device.page.getByLabel('验证码').fill('123456');
  const agreement = device.page.getByRole('checkbox', { name: /用户服务协议/ });
  expect(await agreement.getAttribute('aria-checked')).toBe('false');
  const login = device.page.getByRole('button', { name: '登录', exact: true });
  expect(await login.getAttribute('aria-disabled')).toBe('true');
  await device.page.getByText('请先阅读并勾选同意《用户服务协议》和《隐私政策》').waitFor();
  await snap(device.page, 'legal-second-person-asked');

  await agreement.click();
  await login.click();
  await device.page.getByText('个人账户余额（元）').or(device.page.getByText('参保地：')).first().waitFor();
  const agreements = await storedAgreements();
  expect(Object.keys(agreements)).toHaveLength(2);
  for (const personId of Object.keys(agreements)) expect(personId).not.toMatch(/^1\d{10}$/);
});
