/**
 * Sign-in on a shared family phone (issue 15, items 6 and 9) in the H5 build at 390×844: the SMS
 * cooldown belongs to the phone number, the page says one thing at a time, and a visitor who never
 * signed in is not told that a login expired.
 */
import type { Locator } from 'playwright-core';
import { freshDevicePerTest } from './support/device';
import { openApp, signIn, snap } from './support/app';

const CHEN = '13800000001';
const ZHOU = '13800000002';

const device = freshDevicePerTest();

/** The page the router shows; Taro keeps the earlier pages of the stack in the document, hidden. */
function current(): Locator {
  return device.page.locator('.taro_page:visible').last();
}

/** 我的 → 退出登录 → 登录, the way a person hands the phone to the next one. */
async function signOutAndBackToLogin(): Promise<void> {
  await openApp(device.page, device.h5.server.url, '/pages/mine/index');
  await current().getByRole('button', { name: '退出登录' }).click();
  await current().getByText('您还未登录').waitFor();
  await current().getByRole('button', { name: '登录', exact: true }).click();
  await current().getByText('手机号登录').waitFor();
}

/** The red messages the page shows now: field errors and banners alike carry role=alert. */
async function visibleAlerts(): Promise<string[]> {
  return (await current().getByRole('alert').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

test('周玉兰 can ask for her own code at once after 陈建国 signs in and signs out', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, CHEN);
  await signOutAndBackToLogin();
  await current().getByLabel('手机号').fill(ZHOU);
  await current().getByRole('button', { name: '获取验证码' }).click();
  await current().getByText('验证码已发送，请查看短信').waitFor();
  expect(await visibleAlerts()).toEqual([]);
});

test('陈建国 signing in again within a minute sees the countdown for his phone from the start', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, CHEN);
  await signOutAndBackToLogin();
  await current().getByLabel('手机号').fill(CHEN);
  const countdown = current().getByRole('button', { name: /^\d+秒后重新获取$/ });
  await countdown.waitFor({ timeout: 2000 });
  expect(await countdown.getAttribute('aria-disabled')).toBe('true');
  await snap(page, 'signin-cooldown-own-phone');
});

test('a later refusal on the login page replaces the earlier one instead of adding a second', async () => {
  const { page } = device;
  await openApp(page, device.h5.server.url, '/pages/auth/login/index');
  await page.getByLabel('手机号').fill(CHEN);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByText('验证码已发送，请查看短信').waitFor();
  await page.getByRole('checkbox', { name: /用户服务协议/ }).click();
  await page.getByLabel('验证码').fill('000000');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText(/验证码不正确/).waitFor();
  await page.getByLabel('验证码').fill('12345');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('请输入短信中的6位数字验证码').waitFor();
  expect(await visibleAlerts()).toEqual(['请输入短信中的6位数字验证码']);
});

test('a visitor who never signed in and opens a deep link is asked to sign in, not told a login expired', async () => {
  const { page } = device;
  await openApp(page, device.h5.server.url, '/pages/family/relations/index');
  await current()
    .getByText(/请先登录|登录已过期/)
    .first()
    .waitFor();
  // Gives any request the page started time to come back refused.
  await page.waitForTimeout(500);
  expect(
    await current()
      .getByText(/登录已过期/)
      .allInnerTexts(),
  ).toEqual([]);
  await current()
    .getByText(/请先登录/)
    .first()
    .waitFor();
  await snap(page, 'signin-deep-link-visitor');
});

test('陈建国 whose session expired is told so once on the login page', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, CHEN);
  await openApp(page, device.h5.server.url, '/pages/qa/console/index');
  await page.getByRole('tab', { name: '故障' }).click();
  await page.getByRole('button', { name: '让我的登录立即过期' }).click();
  await page.getByText(/已让登录过期/).waitFor();
  // 我的 reads the person's record at once (the 消息 badge), so the ended session shows right there.
  await openApp(page, device.h5.server.url, '/pages/mine/index');
  await page
    .getByText(/登录已过期/)
    .first()
    .waitFor();
  await page.waitForTimeout(500);
  const expiredTexts = await page
    .locator('.taro_page:visible')
    .last()
    .getByText(/登录已过期/)
    .allInnerTexts();
  expect(expiredTexts).toHaveLength(1);
  await snap(page, 'signin-expired-once');
});
