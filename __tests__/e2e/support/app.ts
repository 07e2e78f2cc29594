import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshotPath } from './browser';

/** A real, decodable image: the H5 picker loads it into an <img> before handing it over. */
export const PHOTO = fs.readFileSync(
  path.resolve(__dirname, '..', '..', '..', 'src', 'assets', 'tab-home.png'),
);

let shots = 0;
/** A numbered screenshot, so the artifacts read in the order the test took them. */
export async function snap(page: Page, name: string): Promise<void> {
  shots += 1;
  await page.screenshot({
    path: screenshotPath(`${String(shots).padStart(2, '0')}-${name}`),
    fullPage: true,
  });
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
  await page.getByRole('radio', { name: relationship, exact: true }).click();
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

/** The H5 face step: the instructions, the camera preview, the photo, and the back end's yes. */
export async function passFaceVerification(page: Page | Locator): Promise<void> {
  await page.getByRole('button', { name: '开始人脸验证' }).click();
  await page.getByRole('button', { name: '拍照并验证' }).click();
  await page.getByText('人脸验证已通过').waitFor();
}
