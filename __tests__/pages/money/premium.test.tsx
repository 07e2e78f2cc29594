import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PremiumPage from '@/pages/money/premium/index';
import * as services from '@/services';
import * as api from '@/services/api';
import { useSession } from '@/features/auth';
import { installBackend, lastNavigation, renderPage, settle, submitApplication } from '../../support/render';
import { freezeToday, ID, PHONE, resetMoney, signInAs, sonSharesWithMother } from './support';

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

async function choose(relative: string, year: string) {
  await userEvent.click(screen.getByRole('radio', { name: relative }));
  await userEvent.click(screen.getByRole('radio', { name: year }));
}

async function confirmPayment() {
  await userEvent.click(screen.getByRole('button', { name: '确认代缴' }));
  await userEvent.click(
    within(screen.getByRole('dialog', { name: '确认代缴' })).getByRole('button', { name: '确认支付' }),
  );
  await settle();
}

test('the sponsor sees the premium and the balance after it before confirming', async () => {
  await sonSharesWithMother();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  expect(screen.getByText('400.00 元')).toBeInTheDocument();
  expect(screen.getByText('5,000.00 元')).toBeInTheDocument();
  expect(screen.getByText('4,600.00 元')).toBeInTheDocument();
});

test('the confirmation names the relative, the year and the amount', async () => {
  await sonSharesWithMother();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await userEvent.click(screen.getByRole('button', { name: '确认代缴' }));
  expect(screen.getByRole('dialog', { name: '确认代缴' })).toHaveTextContent(
    '将从您的个人账户支付周*兰2026年城乡居民医保费 400.00 元，支付后余额 4,600.00 元。',
  );
});

test('paying shows a receipt and the balance drops by exactly the premium', async () => {
  await sonSharesWithMother();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await confirmPayment();
  const receipt = screen.getByRole('region', { name: '缴费凭证' });
  expect(receipt).toHaveTextContent('代缴成功');
  expect(receipt).toHaveTextContent('已为周*兰缴纳2026年城乡居民医保费');
  expect(receipt).toHaveTextContent('缴费后个人账户余额4,600.00 元');
  expect(useSession.getState().sponsor?.balanceFen).toBe(460000);
});

test('the receipt leads to the relation’s records', async () => {
  const relation = await sonSharesWithMother();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await confirmPayment();
  await userEvent.click(screen.getByRole('button', { name: '查看使用记录' }));
  expect(lastNavigation()).toEqual({
    kind: 'redirectTo',
    url: `/pages/money/usage/index?relationId=${relation.id}`,
  });
});

test('a retry after a lost answer sends the same key and charges once', async () => {
  await sonSharesWithMother();
  const realPay = api.payPremium;
  const keys: string[] = [];
  jest.spyOn(api, 'payPremium').mockImplementation(async (relationId, year, key) => {
    keys.push(key);
    const payment = await realPay(relationId, year, key);
    if (keys.length === 1) throw new services.ServiceError('NETWORK', '网络连接失败，请检查网络后重试', 0);
    return payment;
  });
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await confirmPayment();
  expect(screen.getByRole('alert')).toHaveTextContent('网络连接失败，请检查网络后重试');
  await confirmPayment();
  expect(screen.getByRole('region', { name: '缴费凭证' })).toBeInTheDocument();
  expect(keys[1]).toBe(keys[0]);
  expect((await services.getMe()).balanceFen).toBe(460000);
});

test('a year already paid is refused by the back end with the reason', async () => {
  await sonSharesWithMother();
  const first = await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await confirmPayment();
  first.unmount();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  await confirmPayment();
  expect(screen.getByRole('alert')).toHaveTextContent('该亲属2026年的居民医保费已缴纳，无需重复缴费');
});

test('a relative insured as an employee is refused at once with the reason', async () => {
  await signInAs(PHONE.陈建国);
  const relation = await submitApplication('林美华', ID.林美华, 'spouse');
  await services.qa.review({ relationId: relation.id, approve: true });
  await renderPage(PremiumPage);
  await choose('林*华（配偶）', '2025年');
  expect(screen.getByRole('alert')).toHaveTextContent(
    '该亲属参加的是职工医保，由单位和个人缴费，无需代缴居民医保',
  );
  expect(screen.getByRole('button', { name: '确认代缴' })).toHaveAttribute('aria-disabled', 'true');
});

test('a balance under the region’s minimum is refused at once with the amount needed', async () => {
  await sonSharesWithMother();
  await services.qa.settle({
    idNumber: ID.陈建国,
    amountFen: 480000,
    institution: '广州市第一人民医院',
    category: 'inpatient',
  });
  await useSession.getState().refresh();
  await renderPage(PremiumPage);
  await choose('周*兰（母亲）', '2026年');
  expect(screen.getByRole('alert')).toHaveTextContent(
    '个人账户余额不足：代缴需要余额至少400.00元，您当前余额为200.00元',
  );
});

test('the relative opened from a relation is chosen already', async () => {
  const relation = await sonSharesWithMother();
  await renderPage(PremiumPage, { params: { relationId: relation.id } });
  expect(screen.getByRole('radio', { name: '周*兰（母亲）' })).toHaveAttribute('aria-checked', 'true');
});

test('only this year and next can be chosen', async () => {
  await sonSharesWithMother();
  await renderPage(PremiumPage);
  expect(
    within(screen.getByRole('radiogroup', { name: '缴费年度' }))
      .getAllByRole('radio')
      .map((radio) => radio.textContent),
  ).toEqual(['2025年', '2026年']);
});

test('a sponsor with no active relation is told why nothing can be paid', async () => {
  await signInAs(PHONE.陈建国);
  await submitApplication('周玉兰', ID.周玉兰, 'parent');
  await renderPage(PremiumPage);
  expect(screen.getByText('没有可以代缴的亲属')).toBeInTheDocument();
  expect(screen.getByText('共济关系生效后，才能为该亲属代缴。')).toBeInTheDocument();
});
