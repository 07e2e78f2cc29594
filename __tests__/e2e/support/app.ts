import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { screenshotPath } from './browser';

/** A real, decodable image: the H5 picker loads it into an <img> before handing it over. */
export const PHOTO = fs.readFileSync(
  path.resolve(__dirname, '..', '..', '..', 'src', 'assets', 'tab-home.png'),
);

let shots = 0;
/**
 * A numbered screenshot, so the artifacts read in the order the test took them; the state shown is
 * checked with axe-core as well.
 */
export async function snap(page: Page, name: string): Promise<void> {
  shots += 1;
  // A page sliding in is blank in a full-page shot and blends colours for axe: let it arrive.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.effect?.getComputedTiming().iterations === Infinity),
  );
  await page.screenshot({
    path: screenshotPath(`${String(shots).padStart(2, '0')}-${name}`),
    fullPage: true,
  });
  await expectAccessible(page);
}

export async function openApp(page: Page, baseUrl: string, route = ''): Promise<void> {
  await page.goto(route ? `${baseUrl}#${route}` : baseUrl);
}

/** Signs in through the real page: phone, 获取验证码, the mock's code, agreement, 登录. */
export async function signIn(page: Page, baseUrl: string, phone: string): Promise<void> {
  await openApp(page, baseUrl, '/pages/auth/login/index');
  await page.getByLabel('手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page
    .getByText(/验证码已发送|秒后再重新获取/)
    .first()
    .waitFor();
  await page.getByLabel('验证码').fill('123456');
  const agreement = page.getByRole('checkbox', { name: /用户服务协议/ });
  if ((await agreement.getAttribute('aria-checked')) !== 'true') await agreement.click();
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('个人账户余额（元）').or(page.getByText('参保地：')).first().waitFor();
}

/** Answers every photo picker with a JPEG, as if the person took a picture. */
export function answerPhotoPickers(page: Page): void {
  page.on('filechooser', (chooser) => {
    void chooser.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PHOTO });
  });
}

export async function fillRelative(
  page: Page,
  name: string,
  idNumber: string,
  relationship: string,
): Promise<void> {
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('身份证号').fill(idNumber);
  await chooseRelationship(page, relationship);
}

/**
 * Opens the relationship sheet of the form in `scope` (a page, or the visible page of the stack)
 * and picks `relationship` by its name (父母, 子女 …); the sheet closes on the choice.
 */
export async function chooseRelationship(scope: Page | Locator, relationship: string): Promise<void> {
  await scope.getByRole('button', { name: /^与您的关系：/ }).click();
  const sheet = scope.getByRole('dialog', { name: '选择与您的关系' });
  await sheet.getByRole('radio', { name: relationship, exact: true }).click();
  await sheet.waitFor({ state: 'detached' });
}

/** Uploads every document slot the form shows, one after another. */
export async function uploadAll(page: Page): Promise<void> {
  for (;;) {
    const waiting = page.getByRole('button', { name: /^上传/ });
    const count = await waiting.count();
    if (count === 0) return;
    await waiting.first().click();
    await page.waitForFunction(
      (expected) => document.querySelectorAll('[aria-label^="上传"][role="button"]').length < expected,
      count,
    );
  }
}

/** A page of the app as the build registered it (app.config's pages and sub-packages). */
export interface AppRoute {
  /** e.g. `/pages/family/add/index` */
  route: string;
  /** Its page config's navigationBarTitleText. */
  title: string;
  tab: boolean;
}

/**
 * Every page the build knows, read from the running app, so a page someone adds to app.config is
 * walked without touching the tests.
 */
export async function appRoutes(page: Page): Promise<AppRoute[]> {
  return page.evaluate(() => {
    interface BuiltConfig {
      routes: { path: string; navigationBarTitleText?: string }[];
      tabBar?: { list: { pagePath: string }[] };
    }
    const config = (window as unknown as { __taroAppConfig: BuiltConfig }).__taroAppConfig;
    const slash = (path: string) => (path.startsWith('/') ? path : `/${path}`);
    const tabs = (config.tabBar?.list ?? []).map((item) => slash(item.pagePath));
    return config.routes.map((entry) => ({
      route: slash(entry.path),
      title: entry.navigationBarTitleText ?? '',
      tab: tabs.includes(slash(entry.path)),
    }));
  });
}

/** The route shown now, from the hash (`#/pages/x/index?stamp=…`). */
export function routeOf(url: string): string {
  return new URL(url).hash.replace(/^#/, '').split('?')[0];
}

/** 粤医保: signs in with `phone` and opens the add form through 业务办理, the notice and the list. */
export async function openYueAddForm(page: Page, baseUrl: string, phone: string): Promise<void> {
  await signIn(page, baseUrl, phone);
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await page.getByLabel('姓名').waitFor();
}

/** Draws a signature with the mouse, as a person would with a finger, and waits for the pad to take it. */
export async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature canvas is not on screen');
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  for (const [dx, dy] of [
    [30, -40],
    [60, 30],
    [90, -20],
    [130, 35],
    [170, -30],
    [210, 10],
  ]) {
    await page.mouse.move(box.x + 40 + dx, box.y + box.height / 2 + dy, { steps: 4 });
  }
  await page.mouse.up();
}

/**
 * The H5 face step: the instructions, the camera preview, the photo, and the back end's yes. The
 * click waits, as the person does, for 拍照并验证 to be enabled: it is once the camera shows a picture.
 */
export async function passFaceVerification(page: Page | Locator): Promise<void> {
  await page.getByRole('button', { name: '开始人脸验证' }).click();
  await page.getByRole('button', { name: '拍照并验证' }).click();
  await page.getByText('人脸验证已通过').waitFor();
}
