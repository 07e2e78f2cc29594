/**
 * The shared money in the H5 build on the embedded mock back end, phone viewport: 代缴, records on
 * both sides of a settlement, and 关怀模式. Each test starts from a fresh browser profile, so the
 * mock back end starts from the seed; state is prepared only through the app's own pages.
 */
import { freshDevicePerTest } from './support/device';
import { signIn, snap } from './support/app';
import {
  chenBindsHisMother as chenBindsHisMotherIn,
  openQaConsole as openQaConsoleIn,
  reopenAt as reopenAtPage,
  settled as settledPage,
  signOut as signOutIn,
  ZHOU,
} from './support/stories';

const device = freshDevicePerTest({ photos: true });

async function reopenAt(route: string): Promise<void> {
  await reopenAtPage(device.page, device.h5.server.url, route);
}

async function settled(): Promise<void> {
  await settledPage(device.page);
}

/** '4,600.00' → 460000 fen, read the way a person reads the card. */
async function homeBalanceFen(): Promise<number> {
  await reopenAt('/pages/index/index');
  await device.page.getByText('个人账户余额（元）').waitFor();
  const text = await device.page
    .getByText('个人账户余额（元）')
    .locator('xpath=following-sibling::*[1]')
    .innerText();
  return Number(text.replace(/[,.]/g, ''));
}

async function chenBindsHisMother(): Promise<void> {
  await chenBindsHisMotherIn(device.page, device.h5.server.url);
}

async function openQaConsole(section: string): Promise<void> {
  await openQaConsoleIn(device.page, device.h5.server.url, section);
}

async function signOut(): Promise<void> {
  await signOutIn(device.page, device.h5.server.url);
}

test('陈建国 pays 周玉兰’s premium for next year and his balance drops by exactly the premium', async () => {
  await chenBindsHisMother();
  const before = await homeBalanceFen();
  await device.page.getByRole('button', { name: '余额与缴费明细' }).click();
  await device.page.getByRole('button', { name: '代缴居民医保' }).click();
  await device.page.getByRole('radio', { name: '周*兰（母亲）' }).click();
  const nextYear = `${new Date().getFullYear() + 1}年`;
  await device.page.getByRole('radio', { name: nextYear }).click();
  await device.page.getByText('缴费后余额').waitFor();
  const premium = Number(
    (await device.page.getByText('缴费金额').locator('xpath=following-sibling::*[1]').innerText()).replace(
      /[^\d]/g,
      '',
    ),
  );
  await settled();
  await snap(device.page, 'money-premium-quote');
  await device.page.getByRole('button', { name: '确认代缴' }).click();
  await device.page
    .getByRole('dialog', { name: '确认代缴' })
    .getByRole('button', { name: '确认支付' })
    .click();
  await device.page.getByRole('region', { name: '缴费凭证' }).waitFor();
  const receipt = await device.page.getByRole('region', { name: '缴费凭证' }).innerText();
  expect(receipt).toContain(`缴纳${nextYear}城乡居民医保费`);
  // A number a person can read out over the phone, without the back end's internal prefix.
  expect(receipt).toMatch(/凭证号\s*\d{4} \d{4}/);
  expect(receipt).not.toMatch(/premium/i);
  await snap(device.page, 'money-premium-receipt');
  expect(premium).toBe(40000);
  expect(await homeBalanceFen()).toBe(before - premium);
});

test('QA settles 300 yuan for 周玉兰 and both 陈建国 and 周玉兰 see it in their records', async () => {
  await chenBindsHisMother();
  await openQaConsole('结算');
  await device.page.getByRole('radio', { name: '周玉兰' }).click();
  await device.page.getByLabel('个人负担金额（元）').fill('300');
  await device.page.getByRole('button', { name: '模拟结算' }).click();
  await device.page.getByText('已为周玉兰结算 300.00 元').waitFor();

  await reopenAt('/pages/money/usage/index');
  const chenRecord = device.page.getByRole('listitem').filter({ hasText: '总额 300.00 元' });
  await chenRecord.waitFor();
  expect(await chenRecord.innerText()).toContain('本账户支付 −300.00 元');
  expect(await chenRecord.innerText()).toContain('就诊人 周*兰');
  await settled();
  await snap(device.page, 'money-records-sponsor');

  await signOut();
  await signIn(device.page, device.h5.server.url, ZHOU);
  await reopenAt('/pages/money/usage/index');
  const zhouRecord = device.page.getByRole('listitem').filter({ hasText: '总额 300.00 元' });
  await zhouRecord.waitFor();
  expect(await zhouRecord.innerText()).toContain('由授权人账户共济');
  await settled();
  await snap(device.page, 'money-records-beneficiary');
});

test('关怀模式 makes the body text at least 1.25 times larger on the home, balance and records pages', async () => {
  await signIn(device.page, device.h5.server.url, '13900000003');
  const everyMonth = () => device.page.getByRole('checkbox', { name: '查看全部月份' }).click();
  const pages = [
    { route: '/pages/index/index', text: '职工医保家庭共济账户绑定', shot: 'home' },
    { route: '/pages/money/balance/index', text: '累计缴费月数', shot: 'balance' },
    {
      route: '/pages/money/usage/index?relationId=relation-seed-1',
      text: '郑州大学第一附属医院',
      shot: 'records',
      prepare: everyMonth,
    },
  ];
  async function fontSizes(mode: string): Promise<number[]> {
    const sizes: number[] = [];
    for (const { route, text, shot, prepare } of pages) {
      await reopenAt(route);
      await prepare?.();
      const element = device.page.getByText(text, { exact: true }).first();
      await element.waitFor();
      sizes.push(await element.evaluate((node) => parseFloat(getComputedStyle(node).fontSize)));
      await settled();
      await snap(device.page, `money-${mode}-${shot}`);
    }
    return sizes;
  }

  const regular = await fontSizes('regular');
  await reopenAt('/pages/mine/index');
  await device.page.getByRole('checkbox', { name: '关怀模式（大字体、高对比度）' }).click();
  const large = await fontSizes('care');

  large.forEach((size, index) => expect(size / regular[index]).toBeGreaterThanOrEqual(1.25));
});
