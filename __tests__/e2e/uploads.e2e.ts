/**
 * Large photos in the 添加共济关系 form, through the real H5 picker and the app's compression: a
 * 4.8 MB 12-megapixel JPEG goes up (re-encoded well under the limit) and the application goes
 * through; a 6 MB photo so full of detail that it stays over 5 MB at the smallest size and quality
 * a reviewer can still read is refused with the limit's message, and nothing typed is lost.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { startH5, type H5Session } from './support/browser';
import {
  fillRelative,
  openApp,
  openYueAddForm,
  passFaceVerification,
  PHOTO,
  snap,
  uploadAll,
} from './support/app';
import { watchPii, type PiiAudit } from './support/pii';
import { approveAllPending } from './support/qa';

let h5: H5Session;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
let pii: PiiAudit;
let photo4_8: Buffer;
let photo6: Buffer;
/** What the next photo picker is answered with. */
let nextPhoto: { name: string; mimeType: string; buffer: Buffer };

/**
 * A JPEG made by Chromium's own encoder, padded after its end marker to exactly `bytes` (decoders
 * ignore what follows the image, as they do a camera's trailing metadata). `detail` 0..1 is how
 * much of each pixel is noise: 0.15 looks like a photo, 1 is the worst case for any encoder.
 */
async function jpeg(width: number, height: number, detail: number, bytes: number): Promise<Buffer> {
  const scratch = await h5.browser.newPage();
  try {
    const base64 = await scratch.evaluate(
      async ({ width, height, detail, bytes }) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        const image = context.createImageData(width, height);
        let seed = 20261201;
        for (let i = 0; i < image.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) >>> 0;
          const x = (i / 4) % width;
          const y = Math.floor(i / 4 / width);
          const noise = (channel: number) => ((seed >>> (8 * channel)) & 255) * detail;
          image.data[i] = (x / width) * 255 * (1 - detail) + noise(1);
          image.data[i + 1] = (y / height) * 255 * (1 - detail) + noise(2);
          image.data[i + 2] = 128 * (1 - detail) + noise(3);
          image.data[i + 3] = 255;
        }
        context.putImageData(image, 0, 0);
        for (let quality = 0.95; quality > 0.3; quality -= 0.05) {
          const blob = await new Promise<Blob | null>((resolve) =>
            canvas.toBlob(resolve, 'image/jpeg', quality),
          );
          if (blob && blob.size <= bytes) {
            const url = await new Promise<string>((resolve) => {
              const reader = new FileReader();
              reader.onload = () => resolve(String(reader.result));
              reader.readAsDataURL(blob);
            });
            return url.slice(url.indexOf(',') + 1);
          }
        }
        throw new Error(`no JPEG of ${width}×${height} fits in ${bytes} bytes`);
      },
      { width, height, detail, bytes },
    );
    const encoded = Buffer.from(base64, 'base64');
    return Buffer.concat([encoded, Buffer.alloc(bytes - encoded.length)]);
  } finally {
    await scratch.close();
  }
}

beforeAll(async () => {
  h5 = await startH5();
  photo4_8 = await jpeg(4000, 3000, 0.15, 4_800_000);
  photo6 = await jpeg(4096, 4096, 1, 6_000_000);
}, 120_000);

afterAll(async () => {
  await h5?.close();
});

beforeEach(async () => {
  ({ context, page, consoleErrors } = await h5.newPhone());
  pii = await watchPii(context);
  nextPhoto = { name: 'photo.png', mimeType: 'image/png', buffer: PHOTO };
  page.on('filechooser', (chooser) => {
    void chooser.setFiles(nextPhoto);
  });
});

afterEach(async () => {
  try {
    await pii.check();
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

async function openFormForMother(): Promise<void> {
  await openYueAddForm(page, h5.server.url, '13800000001');
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await page.getByText('核验通过：该亲属可以绑定').waitFor();
  await passFaceVerification(page);
}

/** Uploads the first slot still waiting with `photo`; answers that slot's label. */
async function uploadFirstSlot(photo: Buffer, name: string): Promise<string> {
  const slot = page.getByRole('button', { name: /^上传/ }).first();
  const label = ((await slot.getAttribute('aria-label')) ?? '').replace(/^上传/, '');
  nextPhoto = { name, mimeType: 'image/jpeg', buffer: photo };
  await slot.click();
  return label;
}

async function uploadTheRest(): Promise<void> {
  nextPhoto = { name: 'photo.png', mimeType: 'image/png', buffer: PHOTO };
  await uploadAll(page);
}

test('a 4.8 MB JPEG photo uploads and the application goes through to 已生效', async () => {
  expect(photo4_8.length).toBe(4_800_000);
  await openFormForMother();
  const slots = await page.getByRole('button', { name: /^上传/ }).count();
  const label = await uploadFirstSlot(photo4_8, 'IMG_4800.jpg');
  await page.waitForFunction(
    (expected) => document.querySelectorAll('[aria-label^="上传"][role="button"]').length < expected,
    slots,
  );
  expect(await page.getByRole('button', { name: `上传${label}` }).count()).toBe(0);
  await uploadTheRest();
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('提交成功').waitFor();
  await approveAllPending(page);
  await openApp(page, h5.server.url, '/pages/family/relations/index');
  await page.getByRole('tab', { name: '我授权的' }).click();
  await page.getByRole('button', { name: '周*兰 母亲' }).getByText('已生效').waitFor();
});

test('a 6 MB photo that stays over 5 MB gets the limit message and the form keeps everything', async () => {
  expect(photo6.length).toBe(6_000_000);
  await openFormForMother();
  const label = await uploadFirstSlot(photo6, 'IMG_6000.jpg');
  await page.getByText('图片不能超过5MB，请压缩或重新拍摄后上传').waitFor({ timeout: 30_000 });
  await snap(page, 'upload-too-large');
  expect(await page.getByRole('button', { name: `上传${label}` }).count()).toBe(1);
  await expect(page.getByLabel('姓名').inputValue()).resolves.toBe('周玉兰');
  await expect(page.getByLabel('身份证号').inputValue()).resolves.toBe('440106194506103028');
  await expect(page.getByRole('button', { name: '与您的关系：母亲' }).count()).resolves.toBe(1);
  await page.getByText('人脸验证已通过').waitFor();
});
