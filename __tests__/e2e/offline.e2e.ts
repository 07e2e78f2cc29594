/**
 * 线下办理 in the H5 build: a person who cannot finish online is sent to the counter's checklist
 * from the step where online stops, sees what to bring and can print it.
 */
import { freshDevicePerTest } from './support/device';
import { fillRelative, openYueAddForm, snap } from './support/app';

const CHEN = '13800000001';

const device = freshDevicePerTest();

/** 陈建国 starts 添加共济关系 for his mother, who lives far away and cannot do the face check. */
async function chenReachesTheFaceCheck(): Promise<void> {
  const { page } = device;
  await openYueAddForm(page, device.h5.server.url, CHEN);
  await fillRelative(page, '周玉兰', '440106194506103028', '父母');
  await page.getByRole('button', { name: '开始人脸验证' }).waitFor();
}

test('a relative far away is pointed to 线下办理 and sees what to bring', async () => {
  const { page } = device;
  await chenReachesTheFaceCheck();
  await page.getByText('亲属不在身边、不能本人验证的，可以带上材料到医保窗口办理。').waitFor();
  await page.getByRole('link', { name: '查看线下办理需要带的材料' }).click();
  const checklist = page.getByRole('list', { name: '需要带的材料' });
  await checklist.waitFor();
  const items = await checklist.getByRole('listitem').allInnerTexts();
  expect(items.map((item) => item.replace(/^□\s*/, ''))).toEqual([
    '授权人身份证原件',
    '使用人身份证原件',
    '结婚证（为配偶办理时）',
    '承诺书（也可在窗口现场签署）',
    '户口本（证明亲属关系）',
    '授权人的医保卡（社保卡）',
    '使用人的医保卡（社保卡）',
  ]);
  await page.getByText('咨询电话：12393').waitFor();
  await snap(page, 'offline-guangdong');
});

test('打印清单 prints the page, and on paper only the checklist is left', async () => {
  const { page } = device;
  await chenReachesTheFaceCheck();
  await page.getByRole('link', { name: '查看线下办理需要带的材料' }).click();
  await page.evaluate(() => {
    const calls = { count: 0 };
    (window as unknown as { printCalls: typeof calls }).printCalls = calls;
    window.print = () => {
      calls.count += 1;
    };
  });
  await page.getByRole('button', { name: '打印清单' }).click();
  await expect(
    page.evaluate(() => (window as unknown as { printCalls: { count: number } }).printCalls.count),
  ).resolves.toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印清单' }).isVisible()).resolves.toBe(false);
  await expect(page.getByRole('list', { name: '需要带的材料' }).isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });
});
