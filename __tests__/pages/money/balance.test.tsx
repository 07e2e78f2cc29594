import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import BalancePage from '@/pages/money/balance/index';
import * as services from '@/services';
import { installBackend, lastNavigation, renderPage } from '../../support/render';
import { billMother, freezeToday, PHONE, resetMoney, signInAs, sonSharesWithMother } from './support';

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

function row(label: string) {
  return screen.getByText(label).parentElement;
}

test('a sponsor sees the balance, the months paid in and what relatives used this year', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await renderPage(BalancePage);
  expect(screen.getByText('4,700.00')).toBeInTheDocument();
  expect(row('累计缴费月数')).toHaveTextContent('312 个月');
  expect(row('本年已共济')).toHaveTextContent('300.00 元');
});

test('each relative shared with leads to their records, with the monthly limit', async () => {
  const relation = await sonSharesWithMother();
  await services.setRelationLimit(relation.id, 20000);
  await renderPage(BalancePage);
  const entry = screen.getByRole('button', { name: /^周\*兰（.*，使用记录$/ });
  expect(entry).toHaveTextContent('周*兰（母亲）· 每月最多 200.00 元');
  await userEvent.click(entry);
  expect(lastNavigation()?.url).toBe(`/pages/money/usage/index?relationId=${relation.id}`);
});

test('the account services lead to 使用记录, 代缴居民医保 and 结算预估', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(BalancePage);
  await userEvent.click(screen.getByRole('button', { name: '使用记录' }));
  expect(lastNavigation()?.url).toBe('/pages/money/usage/index');
  await userEvent.click(screen.getByRole('button', { name: '代缴居民医保' }));
  expect(lastNavigation()?.url).toBe('/pages/money/premium/index');
  await userEvent.click(screen.getByRole('button', { name: '结算预估' }));
  expect(lastNavigation()?.url).toBe('/pages/money/estimate/index');
});

test('a resident has no personal account and is pointed to 扣款顺序 when someone shares', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(BalancePage);
  expect(screen.getByText(/没有职工医保个人账户/)).toBeInTheDocument();
  expect(row('累计缴费月数')).toHaveTextContent('156 个月');
  expect(screen.queryByText('本年已共济')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '代缴居民医保' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '扣款顺序' }));
  expect(lastNavigation()?.url).toBe('/pages/money/deduction/index');
});

test('a signed-out visitor is asked to sign in', async () => {
  await renderPage(BalancePage);
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  expect(lastNavigation()?.url).toBe('/pages/auth/login/index');
});

test('余额与缴费 shows the last twelve months as bars, the same figures as a table', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await renderPage(BalancePage);
  expect(screen.getAllByRole('button', { name: /^\d{4}年\d{1,2}月共支付/ })).toHaveLength(12);
  expect(screen.getByRole('button', { name: '2025年6月共支付 386.50 元' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: '近12个月支付金额' })).toBeInTheDocument();
});

test('tapping a month’s bar on 余额与缴费 opens 使用记录 at that month', async () => {
  await sonSharesWithMother();
  await billMother(30000);
  await renderPage(BalancePage);
  await userEvent.click(screen.getByRole('button', { name: /^2025年6月共支付/ }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/money/usage/index?month=2025-06' });
});
