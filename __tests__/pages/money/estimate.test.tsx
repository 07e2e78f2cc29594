import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EstimatePage from '@/pages/money/estimate/index';
import * as services from '@/services';
import { installBackend, renderPage, settle } from '../../support/render';
import { freezeToday, motherWithTwoSponsors, PHONE, resetMoney, signInAs } from './support';

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

async function typeAmount(text: string) {
  await userEvent.type(screen.getByLabelText('个人负担金额（元）'), text);
  await settle();
}

function lines(): string[] {
  return within(screen.getByRole('list', { name: '预估支付明细' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

test('周玉兰 sees her 主卡 would pay the whole bill and nothing is left in cash', async () => {
  await motherWithTwoSponsors();
  await renderPage(EstimatePage);
  await typeAmount('300');
  expect(lines()).toEqual(['第1位 陈*国的账户300.00 元', '第2位 林*华的账户0.00 元', '现金自付0.00 元']);
});

test('a sponsor’s remaining monthly limit sends the rest to the next account', async () => {
  const { fromSon } = await motherWithTwoSponsors();
  await signInAs(PHONE.陈建国);
  await services.setRelationLimit(fromSon.id, 10000);
  await signInAs(PHONE.周玉兰);
  await renderPage(EstimatePage);
  await typeAmount('300');
  expect(lines()).toEqual([
    expect.stringContaining('第1位 陈*国的账户100.00 元'),
    '第2位 林*华的账户200.00 元',
    '现金自付0.00 元',
  ]);
  expect(screen.getByText('已到该账户本月的共济额度，其余由下一位或现金支付')).toBeInTheDocument();
});

test('what the accounts cannot cover is cash', async () => {
  await motherWithTwoSponsors();
  await renderPage(EstimatePage);
  await typeAmount('9000');
  expect(lines()).toEqual([
    '第1位 陈*国的账户5,000.00 元',
    '第2位 林*华的账户3,000.00 元',
    '现金自付1,000.00 元',
  ]);
});

test('a sponsor with no relatives’ accounts pays from their own account first', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(EstimatePage);
  await typeAmount('120.5');
  expect(lines()).toEqual(['本人个人账户120.50 元', '现金自付0.00 元']);
});

test('an amount that is not money says how to write it and shows no estimate', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(EstimatePage);
  await typeAmount('12.345');
  expect(screen.getByRole('alert')).toHaveTextContent('金额最多保留两位小数');
  expect(screen.queryByText('预估结果')).not.toBeInTheDocument();
});

test('an amount of zero is refused', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(EstimatePage);
  await typeAmount('0');
  expect(screen.getByRole('alert')).toHaveTextContent('请输入大于 0 的金额');
});
