/**
 * The H5 face step with Chromium's fake camera, phone viewport: 陈建国 adds his mother 周玉兰
 * (16 or more, so her face is checked). Allowed, the camera's picture goes to the back end and
 * passes; refused, the page explains how to allow it and where else to go.
 */
import type { Page } from 'playwright-core';
import { fillRelative, signIn, snap } from './support/app';
import { freshDevicePerTest } from './support/device';

async function openFormForMother(device: ReturnType<typeof freshDevicePerTest>): Promise<void> {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000001');
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' }).click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).click();
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
}

interface CaptureButtonState {
  disabled: string | null;
  status: string | null;
}

/**
 * Starts watching for the camera preview; the answer is how 拍照并验证 and the line above it read
 * the moment the preview is put on the page, before the camera can have sent a frame. Looked at
 * afterwards, a fast camera would already have enabled it.
 */
async function watchCaptureButton(page: Page): Promise<() => Promise<CaptureButtonState>> {
  // Wrapped in an object so that evaluateHandle does not wait for the promise itself.
  const watch = await page.evaluateHandle(() => ({
    state: new Promise<CaptureButtonState>((resolve) => {
      const observer = new MutationObserver(() => {
        const preview = document.querySelector('video[aria-label="摄像头画面"]');
        const button = [...document.querySelectorAll('[role="button"]')].find(
          (candidate) => candidate.textContent?.trim() === '拍照并验证',
        );
        if (!preview || !button) return;
        observer.disconnect();
        resolve({
          disabled: button.getAttribute('aria-disabled'),
          status: preview.closest('.face-preview')?.querySelector('[role="status"]')?.textContent ?? null,
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }),
  }));
  return () => watch.evaluate((holder) => holder.state);
}

describe('camera allowed', () => {
  const device = freshDevicePerTest();

  test('陈建国 reads how to prepare, waits for the camera preview, takes the photo and passes', async () => {
    const { page } = device;
    await openFormForMother(device);
    await page.getByText(/光线充足/).waitFor();
    await page.getByText(/摘下眼镜、帽子/).waitFor();
    await snap(page, 'face-instructions');
    const atPreview = await watchCaptureButton(page);
    await page.getByRole('button', { name: '开始人脸验证' }).click();
    expect(await atPreview()).toEqual({ disabled: 'true', status: '正在打开摄像头…' });
    await page.getByRole('button', { name: '拍照并验证', disabled: false }).waitFor();
    // Enabled because the fake camera's picture is playing in the preview, not an empty box.
    expect(
      await page
        .getByLabel('摄像头画面')
        .evaluate(
          (video) => (video as HTMLVideoElement).videoWidth > 0 && !(video as HTMLVideoElement).paused,
        ),
    ).toBe(true);
    await snap(page, 'face-preview');
    await page.getByRole('button', { name: '拍照并验证' }).click();
    await page.getByText('人脸验证已通过').waitFor();
    await snap(page, 'face-passed');
  });
});

describe('camera refused', () => {
  const device = freshDevicePerTest({ camera: 'deny' });

  test('a refused camera shows how to allow it, 重试 and 线下办理, in Chinese', async () => {
    const { page } = device;
    await openFormForMother(device);
    await page.getByRole('button', { name: '开始人脸验证' }).click();
    const fallback = page.getByRole('alert').filter({ hasText: '暂时无法进行人脸验证' });
    await fallback.getByText(/浏览器没有允许本页面使用摄像头/).waitFor();
    await fallback.getByText('线下办理').waitFor();
    await fallback.getByText(/医保经办机构服务窗口/).waitFor();
    await expect(fallback.getByRole('button', { name: '重试' }).isVisible()).resolves.toBe(true);
    await snap(page, 'face-camera-refused');
  });

  test('once the person allows the camera, 重试 opens the preview', async () => {
    const { page, context } = device;
    await openFormForMother(device);
    await page.getByRole('button', { name: '开始人脸验证' }).click();
    await page.getByText(/浏览器没有允许本页面使用摄像头/).waitFor();
    await context.grantPermissions(['camera'], { origin: new URL(device.h5.server.url).origin });
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByLabel('摄像头画面').waitFor();
  });
});
