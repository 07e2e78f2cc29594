/**
 * 消息 on a phone: what the platform tells a person reaches their list in the app, with the unread
 * count on 我的. QA decides the review in the console, as the platform's reviewer would.
 */
import { freshDevicePerTest } from './support/device';
import { fillRelative, openApp, passFaceVerification, signIn, snap, uploadAll } from './support/app';
import { openConsole, outcome } from './support/qa';

const device = freshDevicePerTest({ photos: true });

jest.setTimeout(120_000);

const REASON = '户口簿照片不清晰，请重新拍照上传';

test('a review result reaches the applicant’s 消息 with the reason', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000001');
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

  await openConsole(page, '审核');
  const application = page.getByRole('group').filter({ has: page.getByRole('button', { name: /^驳回/ }) });
  await application.getByLabel('驳回原因').fill(REASON);
  await application.getByRole('button', { name: /^驳回/ }).click();
  await outcome(page, '驳回');

  await openApp(page, device.h5.server.url, '/pages/mine/index');
  await page.reload();
  await page.getByRole('button', { name: /^消息\s*1条未读$/ }).click();
  const message = page.getByRole('listitem').filter({ hasText: '审核未通过' });
  await message.waitFor();
  expect(await message.innerText()).toContain(`原因：${REASON}`);
  await snap(page, 'messages-review-rejected');
});
