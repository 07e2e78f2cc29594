/**
 * Steps several browser stories share, each as a person does them in the app: reopening at a page,
 * 陈建国 binding his mother with QA's approval, signing out.
 */
import type { Page } from 'playwright-core';
import { fillRelative, openApp, passFaceVerification, signIn, uploadAll } from './app';

export const CHEN = '13800000001';
export const ZHOU = '13800000002';

/**
 * Opens the app afresh at a page, as after a restart: the H5 router keeps earlier pages in the
 * document, and a fresh start leaves only this one to find things in.
 */
export async function reopenAt(page: Page, baseUrl: string, route: string): Promise<void> {
  await openApp(page, baseUrl, route);
  await page.reload();
}

/** Lets a page's slide-in finish before a screenshot. */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

export async function openQaConsole(page: Page, baseUrl: string, section: string): Promise<void> {
  await reopenAt(page, baseUrl, '/pages/mine/index');
  await page.getByRole('button', { name: '测试控制台' }).click();
  await page.getByRole('tab', { name: section, exact: true }).click();
}

/** 陈建国 applies for his mother through 亲情账号绑定/解绑, and QA approves it in the test console. */
export async function chenBindsHisMother(page: Page, baseUrl: string): Promise<void> {
  await signIn(page, baseUrl, CHEN);
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await page.getByLabel('姓名').waitFor();
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await passFaceVerification(page);
  await uploadAll(page);
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
  await openQaConsole(page, baseUrl, '审核');
  await page.getByRole('button', { name: /^通过/ }).first().click();
  await page.getByRole('button', { name: /^通过/ }).waitFor({ state: 'detached' });
}

export async function signOut(page: Page, baseUrl: string): Promise<void> {
  await reopenAt(page, baseUrl, '/pages/mine/index');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByText('您还未登录').first().waitFor();
}
