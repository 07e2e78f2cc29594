import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import MinePage from '@/pages/mine/index';
import ServiceHallPage from '@/pages/services/index';
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

test('the home card shows the months paid in and what relatives used this year', async () => {
  await sonSharesWithMother();
  await billMother(12345);
  await renderPage(HomePage);
  expect(screen.getByText('累计缴费 312 个月')).toBeInTheDocument();
  expect(screen.getByText('本年已共济 123.45 元')).toBeInTheDocument();
});

test('the home card leads to 余额与缴费', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '余额与缴费明细' }));
  expect(lastNavigation()?.url).toBe('/pages/money/balance/index');
});

test('a resident’s home card shows the months paid in but no balance', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(HomePage);
  expect(screen.getByText('累计缴费 156 个月')).toBeInTheDocument();
  expect(screen.queryByText(/本年已共济/)).not.toBeInTheDocument();
});

test.each([
  ['余额与缴费', '/pages/money/balance/index'],
  ['使用记录', '/pages/money/usage/index'],
  ['代缴居民医保', '/pages/money/premium/index'],
  ['扣款顺序', '/pages/money/deduction/index'],
  ['结算预估', '/pages/money/estimate/index'],
])('the service hall’s 个人账户 card opens %s', async (name, url) => {
  await signInAs(PHONE.陈建国);
  await renderPage(ServiceHallPage);
  await userEvent.click(screen.getByRole('button', { name }));
  expect(lastNavigation()?.url).toBe(url);
});

test.each([
  ['余额与缴费', '/pages/money/balance/index'],
  ['使用记录', '/pages/money/usage/index'],
])('我的 opens %s', async (name, url) => {
  await signInAs(PHONE.陈建国);
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('button', { name }));
  expect(lastNavigation()?.url).toBe(url);
});
