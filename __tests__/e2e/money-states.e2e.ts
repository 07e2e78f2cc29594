/**
 * The money a person sees, with no false state, in the H5 build at 390×844: a beneficiary's home
 * says who shares with her and how much is left, never her sponsor's balance; a failing network
 * shows the error with 重试 or the last figures with the time they were read, never a made-up zero;
 * 结算预估 offers only what shared funds may pay; 每月额度 speaks the sponsor's province's words.
 *
 * The QA console's faults live in the page's copy of the embedded back end, so after setting them
 * the story goes on by the app's own navigation, without a reload.
 */
import { freshDevicePerTest } from './support/device';
import { signIn, snap } from './support/app';
import { openConsole, outcome, settleFor } from './support/qa';
import { chenBindsHisMother, CHEN, reopenAt, settled, signOut, ZHOU } from './support/stories';

const device = freshDevicePerTest({ photos: true });

/** The page the router shows; Taro keeps the earlier pages of the stack in the document, hidden. */
function current() {
  return device.page.locator('.taro_page:visible').last();
}

/** Every request of the app fails from now on, as on a dead connection; the console says so. */
async function networkDown(): Promise<void> {
  // By the app's own tabs: opening the console by its address would reload the page and forget
  // everything the app has read.
  const mine = device.page.locator('.weui-tabbar').getByText('我的');
  // A sub-page has no tab bar: back to the tab page, as with the phone's back button.
  for (let backs = 0; backs < 5 && !(await mine.isVisible()); backs += 1) {
    await device.page.goBack();
    await settled(device.page);
  }
  await mine.click();
  await current().getByRole('button', { name: '测试控制台' }).click();
  await openConsole(device.page, '故障');
  await device.page.getByLabel('失败率（%）').fill('100');
  await device.page.getByLabel('最短延迟（毫秒）').fill('0');
  await device.page.getByLabel('最长延迟（毫秒）').fill('0');
  await device.page.getByRole('button', { name: '应用', exact: true }).click();
  await outcome(device.page, '已应用：100% 的请求失败');
  await device.page.getByRole('button', { name: '返回应用首页' }).click();
  await current().getByText('个人账户余额（元）').or(current().getByText('参保地：')).first().waitFor();
}

/** From home through 余额与缴费 to the whole account's 使用记录, as a person taps. */
async function openRecords(): Promise<void> {
  await current().getByRole('button', { name: '余额与缴费明细' }).click();
  await current().locator('.page__title').getByText('余额与缴费', { exact: true }).waitFor();
  await current().getByRole('button', { name: '使用记录' }).click();
  await current().getByText('使用记录', { exact: true }).first().waitFor();
}

test('周玉兰 sees on her home that her son shares with her, first in order, with no limit, and never his balance', async () => {
  await chenBindsHisMother(device.page, device.h5.server.url);
  await signOut(device.page, device.h5.server.url);
  await signIn(device.page, device.h5.server.url, ZHOU);
  await reopenAt(device.page, device.h5.server.url, '/pages/index/index');
  const card = device.page.getByRole('region', { name: '为我共济的亲属' });
  const son = card.getByRole('listitem');
  await son.waitFor();
  const text = await son.innerText();
  expect(text).toMatch(/第1位\s*陈\*国（儿子）/);
  expect(text).toMatch(/自\d{4}年\d{1,2}月\d{1,2}日起为您共济/);
  expect(text).toContain('本月还可用 不限');
  expect(await device.page.locator('body').innerText()).not.toContain('5,000.00');
  await settled(device.page);
  await snap(device.page, 'money-states-beneficiary-home');

  await card.getByRole('button', { name: '扣款顺序' }).click();
  const order = current().getByRole('list', { name: '扣款顺序' });
  await order.getByText('陈*国').waitFor();
  const orderPage = await current().innerText();
  expect(orderPage).not.toContain('账户余额');
  expect(orderPage).not.toContain('5,000.00');
  await settled(device.page);
  await snap(device.page, 'money-states-beneficiary-order');
});

test('周玉兰’s 结算预估 offers only bills shared funds may pay and says why 保健品, 健身 and 化妆品 are not there', async () => {
  await signIn(device.page, device.h5.server.url, ZHOU);
  await reopenAt(device.page, device.h5.server.url, '/pages/money/estimate/index');
  const categories = device.page.getByRole('radiogroup', { name: '费用类别' }).getByRole('radio');
  await categories.first().waitFor();
  expect(await categories.allInnerTexts()).toEqual(['门诊', '住院', '药店购药']);
  await device.page.getByText(/保健品、健身、化妆品.*不能用个人账户支付/).waitFor();
  await settled(device.page);
  await snap(device.page, 'money-states-estimate-categories');
});

test('陈建国’s records and balance read before the network failed stay on screen with the time they were read and 重试', async () => {
  await signIn(device.page, device.h5.server.url, CHEN);
  // A pharmacy bill today, then the records read once while the network works, in this page's copy.
  await settleFor(device.page, '陈建国', '120', '药店购药');
  await device.page.getByRole('button', { name: '返回应用首页' }).click();
  await openRecords();
  await current().getByRole('listitem').filter({ hasText: '总额 120.00 元' }).waitFor();
  await networkDown();

  await current().getByRole('button', { name: '余额与缴费明细' }).click();
  const balance = current();
  await balance.getByText(/^数据更新于 \d{2}:\d{2}$/).waitFor();
  expect(await balance.getByText('个人账户余额（元）').isVisible()).toBe(true);
  expect(await balance.getByRole('button', { name: '重试' }).first().isVisible()).toBe(true);
  await settled(device.page);
  await snap(device.page, 'money-states-balance-stale');

  await balance.getByRole('button', { name: '使用记录' }).click();
  const records = current();
  await records.getByText(/^数据更新于 \d{2}:\d{2}$/).waitFor();
  expect(await records.getByRole('listitem').filter({ hasText: '总额 120.00 元' }).count()).toBe(1);
  expect(await records.getByRole('alert').count()).toBe(0);
  await settled(device.page);
  await snap(device.page, 'money-states-records-stale');
});

test('周玉兰 opening 使用记录 on a dead network sees the error with 重试 and no made-up total', async () => {
  await signIn(device.page, device.h5.server.url, ZHOU);
  await networkDown();
  await openRecords();
  const records = current();
  await records.getByRole('alert').waitFor();
  expect(await records.getByRole('alert').innerText()).toContain('网络繁忙，请稍后重试');
  expect(await records.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
  expect(await records.innerText()).not.toContain('共支付');
  await settled(device.page);
  await snap(device.page, 'money-states-records-error');
});

test('周建军, a 河南 sponsor, reads 每月额度 in 河南’s words with 每月最多 said once', async () => {
  await signIn(device.page, device.h5.server.url, '13900000003');
  await reopenAt(device.page, device.h5.server.url, '/pages/money/limit/index?relationId=relation-seed-1');
  await device.page.getByText('被共济人', { exact: true }).waitFor();
  const body = await current().innerText();
  expect(body).not.toMatch(/使用人|授权人/);
  await current().getByRole('radio', { name: '设定额度' }).click();
  await current().getByLabel('每月额度（元）').fill('500');
  await current().getByRole('button', { name: '保存', exact: true }).click();
  await current().getByText('已保存王*力的每月额度').waitFor();
  const saved = await current().innerText();
  expect(saved.match(/每月最多/g) ?? []).toHaveLength(1);
  expect(saved).not.toMatch(/使用人|授权人/);
  await settled(device.page);
  await snap(device.page, 'money-states-henan-limit');
});

test('陈建国 taps a month’s bar on 使用记录 and the list shows that month, with the bar’s figure as its total', async () => {
  await signIn(device.page, device.h5.server.url, CHEN);
  await reopenAt(device.page, device.h5.server.url, '/pages/money/usage/index');
  const bars = device.page.getByRole('button', { name: /^\d{4}年\d{1,2}月共支付/ });
  await bars.first().waitFor();
  expect(await bars.count()).toBe(12);
  const lastMonth = bars.nth(10);
  const [, month, total] =
    /^(\d{4}年\d{1,2}月)共支付 (.+)$/.exec((await lastMonth.getAttribute('aria-label')) ?? '') ?? [];
  await lastMonth.click();
  await device.page
    .getByRole('status')
    .filter({ hasText: `${month}本账户共支付 ${total}` })
    .waitFor();
  await settled(device.page);
  await snap(device.page, 'money-states-records-chart');
});
