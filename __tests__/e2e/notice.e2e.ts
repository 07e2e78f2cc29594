/**
 * The 温馨提示 on a shared family phone (issue 15, item 6): each person reads and agrees for
 * themself, and a 居民 reads what sharing means for the one who is covered.
 */
import { freshDevicePerTest } from './support/device';
import { signIn, snap } from './support/app';
import { signOut } from './support/stories';

const device = freshDevicePerTest();

async function agreeToNotice(): Promise<void> {
  const { page } = device;
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  expect(await agree.getAttribute('aria-checked')).toBe('false');
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
}

test('周玉兰 signing in after 陈建国 on the same phone reads her own 温馨提示 before 授权给我的', async () => {
  const { page } = device;
  const url = device.h5.server.url;
  await signIn(page, url, '13800000001');
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await agreeToNotice();
  await page.getByRole('button', { name: '＋ 添加共济关系' }).waitFor();
  await signOut(page, url);

  await signIn(page, url, '13800000002');
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  await page.getByText(/您参加的是城乡居民医保，没有职工医保个人账户，不能授权给别人/).waitFor();
  expect(await page.getByText(/才能把个人账户的钱给家人用/).count()).toBe(0);
  await snap(page, 'notice-beneficiary');
  await agreeToNotice();
  await page.getByRole('tab', { name: '授权给我的', selected: true }).waitFor();
});
