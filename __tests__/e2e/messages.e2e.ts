/**
 * 消息 on a phone: what the platform tells a person reaches their list in the app, with the unread
 * count on 我的. QA decides the review in the console, as the platform's reviewer would.
 */
import { freshDevicePerTest } from './support/device';
import { openApp, snap } from './support/app';
import { rejectAllPending } from './support/qa';
import { chenAppliesForHisMother } from './support/stories';

const device = freshDevicePerTest({ photos: true });

jest.setTimeout(120_000);

const REASON = '户口簿照片不清晰，请重新拍照上传';

test('a review result reaches the applicant’s 消息 with the reason', async () => {
  const { page } = device;
  await chenAppliesForHisMother(page, device.h5.server.url);

  expect(await rejectAllPending(page, REASON)).toBe(1);

  await openApp(page, device.h5.server.url, '/pages/mine/index');
  await page.reload();
  await page.getByRole('button', { name: /^消息\s*1条未读$/ }).click();
  const message = page.getByRole('listitem').filter({ hasText: '审核未通过' });
  await message.waitFor();
  expect(await message.innerText()).toContain(`原因：${REASON}`);
  await snap(page, 'messages-review-rejected');
});
