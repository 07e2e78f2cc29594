/**
 * 医保电子凭证 on a desktop window, as QA runs it: the app in its phone-width column, the QA console
 * beside it, one embedded back end behind both. The patient shows her code, QA pastes its text in
 * 扫码结算, and both sides of the bill see it.
 */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { freshDevicePerTest } from './support/device';
import { signIn, snap } from './support/app';
import { openConsole, outcome, signInAs } from './support/qa';
import { chenBindsHisMother } from './support/stories';

const device = freshDevicePerTest({ photos: true });

jest.setTimeout(120_000);

/** The tab pages keep earlier pages in the document: only the one in view counts. */
const visible = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).filter({ visible: true });

/** Back to the app's 首页 in the phone column (the console sits beside it), and on to a home entry. */
async function openFromHome(page: Page, entry: string): Promise<void> {
  await page.goto(new URL('#/pages/index/index', page.url()).href);
  await visible(page, entry).click();
}

/** The text printed under the code on the 医保电子凭证 page. */
async function shownCode(page: Page): Promise<string> {
  const text = page.getByText(/^YBM1\./);
  await text.waitFor();
  return (await text.innerText()).trim();
}

/**
 * What a scanner reads off the screen: a screenshot of the drawn code, turned into pixels by the
 * browser's own image decoder and handed to a real QR decoder.
 */
async function decodeOnScreen(page: Page): Promise<string | null> {
  const png = await page.getByRole('img', { name: '医保码二维码' }).screenshot();
  const image: { width: number; height: number; data: string } = await page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, img.width, img.height);
    const data = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1]);
      reader.readAsDataURL(new Blob([pixels.data.buffer]));
    });
    return { width: img.width, height: img.height, data };
  })()`);
  const rgba = new Uint8ClampedArray(Buffer.from(image.data, 'base64'));
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}

/** QA pastes the code's text into 扫码结算 and bills a pharmacy purchase. */
async function scan(page: Page, code: string, amountYuan: string): Promise<void> {
  await openConsole(page, '扫码结算');
  await page.getByRole('textbox', { name: '医保码', exact: true }).fill(code);
  await page.getByLabel('本次金额（元）').fill(amountYuan);
  await page.getByRole('button', { name: '扫码结算', exact: true }).click();
}

test('周玉兰 shows her code, QA scans it for a 300.00 pharmacy bill, she sees the split and 陈建国 sees −300.00 in his records and a message', async () => {
  const { page } = device;
  // The clock lets 陈建国 sign in again past his SMS code's 60 s cooldown without waiting a minute.
  await page.clock.install();
  await chenBindsHisMother(page, device.h5.server.url);

  await signInAs(page, '周玉兰');
  await openFromHome(page, '医保电子凭证');
  await page.getByRole('img', { name: '医保码二维码' }).waitFor();
  const code = await shownCode(page);
  expect(await decodeOnScreen(page)).toBe(code);
  await snap(page, 'card-code');

  await scan(page, code, '300.00');
  await outcome(page, '扫码结算成功：周*兰 300.00 元');

  await openFromHome(page, '医保电子凭证');
  const bill = page.getByRole('group', { name: '大参林药店结算' });
  await bill.waitFor();
  const split = await bill.innerText();
  expect([
    split.includes('本次费用\n300.00 元'),
    split.includes('陈*国的个人账户共济支付\n300.00 元'),
  ]).toEqual([true, true]);
  await snap(page, 'card-paid-split');

  await page.clock.fastForward('01:01');
  await signInAs(page, '陈建国');
  const back = page.getByRole('button', { name: '返回应用首页' });
  await back.click();
  await back.waitFor({ state: 'hidden' });
  await page.goto(`${device.h5.server.url}#/pages/money/usage/index`);
  const record = page.getByRole('listitem').filter({ hasText: '大参林药店' });
  await record.waitFor();
  expect(await record.innerText()).toContain('本账户支付 −300.00 元');

  await page.goto(`${device.h5.server.url}#/pages/mine/index`);
  await page.getByRole('button', { name: /^消息\s*2条未读$/ }).click();
  const message = page.getByRole('listitem').filter({ hasText: '共济账户支付' });
  await message.waitFor();
  expect(await message.innerText()).toContain('您的个人账户为周*兰在大参林药店支付了 300.00 元');
  await snap(page, 'messages-payment');
});

test('a code older than its expiry is refused', async () => {
  const { page } = device;
  await page.clock.install();
  await signIn(page, device.h5.server.url, '13800000002');
  await visible(page, '医保电子凭证').click();
  const code = await shownCode(page);
  await page.clock.fastForward('01:05');
  await scan(page, code, '12.50');
  const refusal = page.getByRole('alert').filter({ hasText: '医保码已过期' });
  await refusal.waitFor();
  await snap(page, 'card-expired-refused');
});

test('a code already used for one bill is refused the second time', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000002');
  await visible(page, '医保电子凭证').click();
  const code = await shownCode(page);
  await scan(page, code, '10.00');
  await outcome(page, '扫码结算成功');
  await page.getByRole('button', { name: '扫码结算', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: '不能重复使用' }).waitFor();
});
