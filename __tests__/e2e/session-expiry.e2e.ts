/**
 * The session ends while 陈建国 is filling the add-relative form (docs/security.md, the draft
 * rule): 提交 leads to sign-in, and signing in again leads back to the form with everything he
 * typed, picked and verified still there; 提交 then works, once.
 *
 * QA's own way of ending a session is the console's 「让我的登录立即过期」. The embedded back end
 * lives in the page's memory (it reads localStorage only when the page starts), so the console
 * must be reached inside the same page, as QA does on a desktop: the app in the phone column, the
 * console beside it. A reload or a second tab would start another copy of the back end and lose the
 * ID number the draft keeps in memory. The app beside the console reads what it shows again after
 * every write, so it meets the ended session at once, before 提交.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { startH5, type H5Session } from './support/browser';
import { answerPhotoPickers, chooseRelationship, passFaceVerification, signIn, snap } from './support/app';
import { watchPii, type PiiAudit } from './support/pii';
import { openConsole, outcome } from './support/qa';

jest.setTimeout(120_000);

const CHEN = '13800000001';
const MOTHER = { name: '周玉兰', idNumber: '440106194506103028', phone: '13800000002' };

let h5: H5Session;
let context: BrowserContext;
let page: Page;
let pii: PiiAudit;
const consoleErrors: string[] = [];

beforeAll(async () => {
  h5 = await startH5();
});

afterAll(async () => {
  await h5?.close();
});

beforeEach(async () => {
  consoleErrors.length = 0;
  context = await h5.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    permissions: ['camera'],
  });
  pii = await watchPii(context);
  // The clock runs as usual until signInAgain moves it past the SMS cooldown.
  await context.clock.install();
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  answerPhotoPickers(page);
});

afterEach(async () => {
  try {
    const audited = await pii.check();
    // Both sessions, the revoked one too, were looked for in the console.
    expect(audited.tokens).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

/** The page the router shows; Taro keeps the earlier pages of the stack in the document, hidden. */
function current(): Locator {
  return page.locator('.taro_page:visible').last();
}

/** A screenshot once Taro's page slide has finished. */
async function shot(name: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  await snap(page, name);
}

/** The documents this relationship needs, as the form names its slots. */
async function paperSlots(form: Locator): Promise<string[]> {
  const labels = await form
    .locator('.photo-slot')
    .evaluateAll((slots) => slots.map((slot) => slot.getAttribute('aria-label') ?? ''));
  return labels.filter(Boolean);
}

/** What a person sees in the form: every field as filled in, every photo, the face check. */
async function expectFormFilled(form: Locator): Promise<void> {
  await expect(form.getByLabel('姓名').inputValue()).resolves.toBe(MOTHER.name);
  await expect(form.getByLabel('身份证号').inputValue()).resolves.toBe(MOTHER.idNumber);
  await expect(form.getByLabel('手机号（选填）').inputValue()).resolves.toBe(MOTHER.phone);
  await expect(form.getByRole('button', { name: '与您的关系：母亲' }).count()).resolves.toBe(1);
  await form.getByText('人脸验证已通过').waitFor();
  const slots = await paperSlots(form);
  expect(slots.length).toBeGreaterThan(0);
  for (const label of slots) {
    await expect(form.getByRole('button', { name: `重拍${label}` }).isVisible()).resolves.toBe(true);
    // The photo itself, loaded: a preview that lost its picture would be 0 wide.
    const preview = form.getByLabel(`${label}预览`).locator('img');
    await expect(preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).resolves.toBeGreaterThan(
      0,
    );
  }
  await expect(form.getByRole('button', { name: /^上传/ }).count()).resolves.toBe(0);
  await expect(form.getByRole('button', { name: '提交' }).getAttribute('aria-disabled')).resolves.toBe(
    'false',
  );
}

/**
 * Signs in again on the sign-in page in view. The code asked for less than a minute ago was used
 * for the first sign-in, and the button counts down that phone's cooldown from the start: the
 * person waits out exactly those seconds (the clock is moved on by them) and asks again.
 */
async function signInAgain(phone: string): Promise<void> {
  const login = current();
  await login.getByLabel('手机号').fill(phone);
  const countdown = login.getByRole('button', { name: /^\d+秒后重新获取$/ });
  if (await countdown.isVisible()) {
    const seconds = Number(/^(\d+)/.exec(await countdown.innerText())?.[1] ?? '60');
    // runFor, not fastForward: the countdown's every tick fires, as in the minute a person waits.
    await page.clock.runFor(seconds * 1000 + 500);
  }
  await login.getByRole('button', { name: '获取验证码' }).click();
  await login.getByText('验证码已发送，请查看短信').waitFor();
  await login.getByLabel('验证码').fill('123456');
  const agreement = login.getByRole('checkbox', { name: /用户服务协议/ });
  if ((await agreement.getAttribute('aria-checked')) !== 'true') await agreement.click();
  await login.getByRole('button', { name: '登录', exact: true }).click();
}

test('a session revoked mid-form leads to sign-in, and back to the form with every field and photo in place', async () => {
  await signIn(page, h5.server.url, CHEN);
  await current().getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await current().getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await current().getByRole('button', { name: '我已阅读并同意' }).click();
  await current().getByRole('button', { name: '＋ 添加共济关系' }).click();

  const form = current();
  await form.getByLabel('姓名').fill(MOTHER.name);
  await form.getByLabel('身份证号').fill(MOTHER.idNumber);
  await chooseRelationship(form, '父母');
  await form.getByLabel('手机号（选填）').fill(MOTHER.phone);
  await form.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(form);
  const papers = await paperSlots(form);
  expect(papers).toContain('户口本首页');
  for (const label of papers) {
    await form.getByRole('button', { name: `上传${label}` }).click();
    await form.getByRole('button', { name: `重拍${label}` }).waitFor();
  }
  await expectFormFilled(form);
  await shot('expiry-form-filled');

  // QA ends the session from the console beside the phone column; the app meets it on its next
  // read, and the sign-in page says why, and that nothing is lost.
  await openConsole(page, '故障');
  await page.getByRole('button', { name: '让我的登录立即过期' }).click();
  await outcome(page, '已让登录过期');
  const login = current();
  await login.getByText('登录已过期，请重新登录；您填写的内容都已保存。').waitFor();
  await expect(login.getByText('手机号登录').isVisible()).resolves.toBe(true);
  await shot('expiry-sign-in');

  await signInAgain(CHEN);
  const restored = current();
  await restored.getByText('添加共济关系', { exact: true }).last().waitFor();
  await restored.getByText('核验通过：该亲属可以绑定').waitFor();
  await expectFormFilled(restored);
  // The refusal that sent him to sign in is over; nothing on the form says otherwise.
  await expect(restored.getByRole('alert').count()).resolves.toBe(0);
  await shot('expiry-form-restored');

  await restored.getByRole('button', { name: '提交' }).click();
  await current().getByText('提交成功').waitFor();

  // One application, for 周玉兰, waiting for review.
  await current().getByRole('button', { name: '查看审核进度' }).click();
  await current().getByText('办理进度').waitFor();
  await openConsole(page, '审核');
  const approve = page.getByRole('button', { name: /^通过/ });
  await approve.first().waitFor();
  expect(await approve.count()).toBe(1);
  expect(await approve.first().getAttribute('aria-label')).toBe('通过陈*国为周*兰的申请');
});
