import type { Page } from 'playwright-core';
import { screenshotPath } from './support/browser';
import { freshDevicePerTest } from './support/device';
import { watchPii, type PiiAudit } from './support/pii';

const device = freshDevicePerTest();

/**
 * A browser profile of its own with the PII audit on, its page at 首页: what a test plants there
 * must not fail the audit of the device the test runs on.
 */
async function withPlantedProfile(run: (page: Page, audit: PiiAudit) => Promise<void>): Promise<void> {
  const planted = await device.h5.browser.newContext();
  try {
    const audit = await watchPii(planted);
    const other = await planted.newPage();
    await other.goto(device.h5.server.url);
    await other.getByText('您还未登录').waitFor();
    await run(other, audit);
  } finally {
    await planted.close();
  }
}

test('the home page renders its Chinese text with no console error', async () => {
  await device.page.goto(device.h5.server.url);
  await device.page.getByText('您还未登录').waitFor();
  await device.page.screenshot({ path: screenshotPath('home-signed-out') });
  expect(device.consoleErrors).toEqual([]);
});

test('the PII audit itself catches a full ID number in storage, a phone number and a token in the console', async () => {
  await withPlantedProfile(async (other, audit) => {
    await other.evaluate(() => {
      const token = 'planted-token-0123456789abcdef';
      window.sessionStorage.setItem('planted', '{"idNumber":"110101199003074514"}');
      window.localStorage.setItem(
        'family-session',
        JSON.stringify({ data: JSON.stringify({ state: { token }, version: 1 }) }),
      );
      console.info('请拨打 13912345678');
      console.debug({ nested: { token } });
    });
    const error = await audit.check().then(
      () => null,
      (failure: Error) => failure.message,
    );
    expect(error).toContain("sessionStorage (written)['planted'] holds the full number 1101**********4514");
    expect(error).toContain("sessionStorage['planted'] holds the full number 1101**********4514");
    expect(error).toContain('the console wrote the full number 139****5678');
    expect(error).toContain('the console wrote a session token');
    // Neither the numbers themselves nor the token are repeated in the report.
    expect(error).not.toMatch(/110101199003074514|13912345678|planted-token/);
  });
});

test('the PII audit does not take a digit run inside the session token for a phone number', async () => {
  await withPlantedProfile(async (other, audit) => {
    await other.evaluate(() => {
      // 16 random bytes as hex can hold an 11-digit run starting 19 (one did, 190****5997, in a run).
      const token = 'ab19012345997cdef0123a4b5c6d7e8f';
      window.localStorage.setItem(
        'family-session',
        JSON.stringify({ data: JSON.stringify({ state: { token, sponsor: null }, version: 1 }) }),
      );
    });
    await expect(audit.check()).resolves.toMatchObject({ tokens: 1 });
  });
});

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours as the browser computed them. */
function contrast(one: string, other: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

test('a disabled primary button is grey with readable text, not a faded colour', async () => {
  const { page, h5, consoleErrors } = device;
  await page.goto(`${h5.server.url}#/pages/auth/login/index`);
  const signIn = page.getByRole('button', { name: '登录', exact: true });
  await signIn.waitFor();
  expect(await signIn.getAttribute('aria-disabled')).toBe('true');
  const look = await signIn.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color, opacity: style.opacity };
  });
  const [r, g, b] = (look.background.match(/\d+/g) ?? []).map(Number);
  // Grey: no channel stands out (a faded blue or red would).
  expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(8);
  expect(look.opacity).toBe('1');
  expect(contrast(look.background, look.color)).toBeGreaterThanOrEqual(4.5);
  expect(consoleErrors).toEqual([]);
});

test('河南医保’s service tab is titled 我要办 like the tab itself', async () => {
  const { page, h5, consoleErrors } = device;
  await page.goto(`${h5.server.url}#/pages/auth/login/index`);
  await page.getByLabel('手机号').fill('13900000001');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByLabel('验证码').fill('123456');
  await page.getByRole('checkbox', { name: /用户服务协议/ }).click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('参保地：').first().waitFor();
  await page.getByText('我要办', { exact: true }).last().click();
  await page.getByRole('button', { name: '办理事项' }).waitFor();
  await page.waitForFunction(() => document.title === '我要办');
  expect(consoleErrors).toEqual([]);
});
