/**
 * The H5 face step with Chromium's fake camera, phone viewport: 陈建国 adds his mother 周玉兰
 * (16 or more, so her face is checked). Allowed, the camera's picture goes to the back end and
 * passes; refused, the page explains how to allow it and where else to go.
 */
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

describe('camera allowed', () => {
  const device = freshDevicePerTest();

  test('陈建国 reads how to prepare, sees the camera preview, takes the photo and passes', async () => {
    const { page } = device;
    await openFormForMother(device);
    await page.getByText(/光线充足/).waitFor();
    await page.getByText(/摘下眼镜、帽子/).waitFor();
    await snap(page, 'face-instructions');
    await page.getByRole('button', { name: '开始人脸验证' }).click();
    const preview = page.getByLabel('摄像头画面');
    await preview.waitFor();
    // The fake camera's picture is playing in the preview, not an empty box.
    await page.waitForFunction(() => {
      const video = document.querySelector('video');
      return video !== null && video.videoWidth > 0 && !video.paused;
    });
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
