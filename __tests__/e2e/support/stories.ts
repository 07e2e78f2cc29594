/**
 * Steps several browser stories share, each as a person does them in the app: reopening at a page,
 * 陈建国 binding his mother with QA's approval, signing out.
 */
import type { Page } from 'playwright-core';
import { fillRelative, openApp, openYueAddForm, passFaceVerification, uploadAll } from './app';
import { approveAllPending } from './qa';

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

/**
 * 陈建国 applies for his mother 周玉兰 through 亲情账号绑定/解绑 (face step, papers, 提交); the
 * application then waits for review, for a story that decides it its own way.
 */
export async function chenAppliesForHisMother(page: Page, baseUrl: string): Promise<void> {
  await openYueAddForm(page, baseUrl, CHEN);
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await passFaceVerification(page);
  await uploadAll(page);
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
}

/** 陈建国 applies for his mother, and QA approves it in the test console. */
export async function chenBindsHisMother(page: Page, baseUrl: string): Promise<void> {
  await chenAppliesForHisMother(page, baseUrl);
  await approveAllPending(page);
}

export async function signOut(page: Page, baseUrl: string): Promise<void> {
  await reopenAt(page, baseUrl, '/pages/mine/index');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByText('您还未登录').first().waitFor();
}
