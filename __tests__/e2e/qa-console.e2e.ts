/**
 * QA on a desktop browser: the H5 build at 1440×900, the app in a phone-width column and the QA
 * console beside it. One story, in order: each test starts where the previous one left off.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { startH5, screenshotPath, type H5Session } from './support/browser';
import { chooseRelationship, passFaceVerification } from './support/app';
import { watchPii, type PiiAudit } from './support/pii';
import {
  approveAllPending,
  balanceOf,
  CONSOLE_ROUTE,
  openConsole,
  outcome,
  settleFor,
  signInAs,
} from './support/qa';

jest.setTimeout(120_000);

const MOTHER = { name: '周玉兰', idNumber: '440106194506103028' };

let h5: H5Session;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
let pii: PiiAudit;

beforeAll(async () => {
  h5 = await startH5();
  context = await h5.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    // QA takes the face photo of the real form with the laptop's (fake) camera.
    permissions: ['camera'],
  });
  pii = await watchPii(context);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(h5.server.url);
  await page.getByText('您还未登录').waitFor();
});

/**
 * One story on one window: after each test, what the pages logged and what storage holds so far.
 * The console shows full ID numbers on screen by design; that is the screen, not logs or storage.
 */
afterEach(async () => {
  await pii.check();
  await expectAccessible(page);
});

afterAll(async () => {
  await context?.close();
  await h5?.close();
});

/** A real JPEG with the material's name on it, drawn by the browser, as a phone camera would give one. */
async function photoOf(label: string): Promise<Buffer> {
  const dataUrl: string = await page.evaluate(`(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const g = canvas.getContext('2d');
    g.fillStyle = '#e8f0fe';
    g.fillRect(0, 0, 320, 200);
    g.fillStyle = '#0b57d0';
    g.font = '28px sans-serif';
    g.fillText(${JSON.stringify(label)}, 20, 110);
    return canvas.toDataURL('image/jpeg', 0.8);
  })()`);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/**
 * The app's home page in the phone column beside the console, wherever QA left the app: its address
 * typed in, as QA would. Only the hash changes, so nothing is loaded again and the back end stays.
 */
async function backToApp(): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/pages/index/index';
  });
  await page.getByLabel('我的医保账户').waitFor();
}

/** The 粤医保 entry on the page in view (the tab pages behind it keep theirs in the DOM). */
const bindingEntry = () => page.getByRole('button', { name: '亲情账号绑定/解绑' }).filter({ visible: true });

/** From the console: 首页 → 亲情账号绑定/解绑 → 温馨提示 → the list of relations. */
async function openRelations(): Promise<void> {
  await backToApp();
  await bindingEntry().click();
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  if ((await agree.getAttribute('aria-checked')) !== 'true') await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('tab', { name: '我授权的' }).waitFor();
}

/** Where the app's column sits in the window (the router's container holds every page and the tab bar). */
function columnOf(target: Page) {
  return target.evaluate(`(() => {
    const box = document.querySelector('.taro-tabbar__container').getBoundingClientRect();
    return { left: box.left, width: box.width, height: box.height };
  })()`);
}

test('the app is a 480 px column on a 1440 px window, centred together with the console beside it', async () => {
  // (1440 − 480 − 24 − 480) / 2 = 228
  await expect(columnOf(page)).resolves.toEqual({ left: 228, width: 480, height: 900 });
  await expect(page.getByRole('complementary', { name: '测试控制台' }).isVisible()).resolves.toBe(true);
});

test('a phone-sized window keeps the phone layout, edge to edge and without the aside', async () => {
  const phone = await h5.newPhone();
  const phoneAudit = await watchPii(phone.context);
  await phone.page.goto(h5.server.url);
  await phone.page.getByText('您还未登录').waitFor();
  await expect(columnOf(phone.page)).resolves.toEqual({ left: 0, width: 390, height: 844 });
  await expect(phone.page.getByRole('complementary', { name: '测试控制台' }).isVisible()).resolves.toBe(
    false,
  );
  await phoneAudit.check();
  await phone.context.close();
});

test('QA signs in as 陈建国 from the console and submits the binding of 周玉兰 through the real form', async () => {
  await signInAs(page, '陈建国');
  await backToApp();
  await page.screenshot({ path: screenshotPath('desktop-layout') });
  await bindingEntry().click();
  await page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await page.getByLabel('姓名').fill(MOTHER.name);
  await page.getByLabel('身份证号').fill(MOTHER.idNumber);
  await chooseRelationship(page, '父母');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(page);
  const pending = page.getByRole('button', { name: /^上传/ });
  for (let left = await pending.count(); left > 0; left -= 1) {
    const slot = pending.first();
    const label = ((await slot.getAttribute('aria-label')) ?? '').replace(/^上传/, '');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), slot.click()]);
    await chooser.setFiles({ name: `${label}.jpg`, mimeType: 'image/jpeg', buffer: await photoOf(label) });
    await page.getByRole('button', { name: `重拍${label}` }).waitFor();
  }
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
});

test('the console shows the application with its materials, and 通过 puts it into effect', async () => {
  await openConsole(page, '审核');
  const card = page.getByRole('group', { name: '陈*国为周*兰的申请' });
  await card.getByText('户籍记录：父母，与申请一致').waitFor();
  // The thumbnails load after the queue: wait for this one, as QA would.
  await card.getByLabel('户口本首页').waitFor({ state: 'visible' });
  await page.screenshot({ path: screenshotPath('qa-console-review') });
  await expect(approveAllPending(page)).resolves.toBe(1);
});

test('周玉兰, signed in from the console, sees the relation 已生效', async () => {
  await signInAs(page, MOTHER.name);
  await openRelations();
  await page.getByRole('tab', { name: '授权给我的' }).click();
  const row = page.getByRole('button', { name: '陈*国 儿子' });
  await expect(row.innerText()).resolves.toContain('已生效');
});

test('a 300.00 yuan pharmacy bill of 周玉兰 takes 300.00 from 陈建国’s account', async () => {
  const before = await balanceOf(page, '陈建国');
  const split = await settleFor(page, MOTHER.name, '300.00', '药店购药');
  expect(split).toContain('共济：陈建国的账户支付');
  expect(split).toContain('300.00 元');
  await page.getByRole('region', { name: '结算结果' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('qa-console-settlement') });
  expect(before - (await balanceOf(page, '陈建国'))).toBe(30_000);
});

test('an exported store survives a reset and an import, and the relation is found again', async () => {
  await openConsole(page, '数据');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出数据（下载 JSON 文件）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^family-qa-export-\d{8}-\d{6}\.json$/);
  const saved = await download.path();
  expect(JSON.parse(fs.readFileSync(saved, 'utf8')).relations.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: '重置为初始数据' }).click();
  await page.getByRole('dialog', { name: '重置为初始数据？' }).getByRole('button', { name: '重置' }).click();
  await outcome(page, '已恢复为初始数据');
  await expect(balanceOf(page, '陈建国')).resolves.toBe(500_000);

  await openConsole(page, '数据');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '从文件导入' }).click(),
  ]);
  await chooser.setFiles(saved);
  await outcome(page, '已导入');
  // An export carries no session: whoever reads the relation signs in again.
  await signInAs(page, MOTHER.name);
  await openRelations();
  await page.getByRole('tab', { name: '授权给我的' }).click();
  await expect(page.getByRole('button', { name: '陈*国 儿子' }).innerText()).resolves.toContain('已生效');
});

test('the console opens by its URL', async () => {
  const fresh = await context.newPage();
  await fresh.goto(new URL(CONSOLE_ROUTE, h5.server.url).href);
  await fresh.getByRole('group', { name: '陈建国' }).waitFor();
  await fresh.screenshot({ path: screenshotPath('qa-console') });
  await fresh.close();
});

test('nothing was logged as an error on the way', () => {
  expect(consoleErrors).toEqual([]);
});
