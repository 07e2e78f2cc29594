import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import DeductionOrderPage from '@/pages/money/deduction/index';
import * as services from '@/services';
import { installBackend, renderPage, settle } from '../../support/render';
import {
  freezeToday,
  henanFatherBound,
  motherWithTwoSponsors,
  PHONE,
  resetMoney,
  signInAs,
  sonSharesWithMother,
} from './support';

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

function order(): string[] {
  return within(screen.getByRole('list', { name: '扣款顺序' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label') ?? '');
}

test('周玉兰 sees her two sponsors in paying order', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  expect(order()).toEqual(['第1位 陈*国 主卡', '第2位 林*华']);
});

test('the region’s rule is explained above the list', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  expect(screen.getByText(/不足部分按您设置的顺序扣授权人的账户：先扣主卡/)).toBeInTheDocument();
});

test('a sponsor’s monthly limit shows how much of it is left this month', async () => {
  const { fromSon } = await motherWithTwoSponsors();
  await signInAs(PHONE.陈建国);
  await services.setRelationLimit(fromSon.id, 50000);
  await services.qa.settle({
    idNumber: '440106194506103028',
    amountFen: 20000,
    institution: '广州市第一人民医院',
    category: 'outpatient',
  });
  await signInAs(PHONE.周玉兰);
  await renderPage(DeductionOrderPage);
  expect(screen.getByText('本月还可用 300.00 元（每月最多 500.00 元）')).toBeInTheDocument();
  expect(screen.getByText('本月还可用 不限')).toBeInTheDocument();
});

test('下移 moves the 主卡 down, and 保存 makes the back end charge in the new order', async () => {
  const { fromSon, fromWife } = await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  await userEvent.click(screen.getByRole('button', { name: '下移陈*国' }));
  expect(order()).toEqual(['第1位 林*华 主卡', '第2位 陈*国']);
  await userEvent.click(screen.getByRole('button', { name: '保存扣款顺序' }));
  await settle();
  expect(screen.getByRole('status')).toHaveTextContent('扣款顺序已保存');
  expect((await services.getDeductionOrder()).map((entry) => entry.id)).toEqual([fromWife.id, fromSon.id]);
});

test('设为主卡 puts that sponsor first', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  await userEvent.click(screen.getByRole('button', { name: '把林*华设为主卡' }));
  expect(order()).toEqual(['第1位 林*华 主卡', '第2位 陈*国']);
});

test('上移 on the first and 下移 on the last cannot be pressed', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  expect(screen.getByRole('button', { name: '上移陈*国' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByRole('button', { name: '下移林*华' })).toHaveAttribute('aria-disabled', 'true');
});

test('保存 waits for a change, and 恢复原顺序 undoes one', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  expect(screen.getByRole('button', { name: '保存扣款顺序' })).toHaveAttribute('aria-disabled', 'true');
  await userEvent.click(screen.getByRole('button', { name: '上移林*华' }));
  await userEvent.click(screen.getByRole('button', { name: '恢复原顺序' }));
  expect(order()).toEqual(['第1位 陈*国 主卡', '第2位 林*华']);
});

test('a refused save says why and keeps the order being edited', async () => {
  await motherWithTwoSponsors();
  await renderPage(DeductionOrderPage);
  await userEvent.click(screen.getByRole('button', { name: '下移陈*国' }));
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '保存扣款顺序' }));
  await settle();
  expect(screen.getByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
  expect(order()).toEqual(['第1位 林*华 主卡', '第2位 陈*国']);
});

test('with one sponsor there is nothing to reorder', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(DeductionOrderPage);
  expect(order()).toEqual(['第1位 陈*国']);
  expect(screen.queryByRole('button', { name: /上移|下移|保存/ })).not.toBeInTheDocument();
});

test('under 河南医保 the order is shown read-only with the reason', async () => {
  await henanFatherBound();
  await renderPage(DeductionOrderPage);
  expect(order()).toEqual(['第1位 李*东']);
  expect(screen.getByRole('note')).toHaveTextContent('河南医保按余额从高到低扣款，不能手动调整。');
  expect(screen.getByText(/从余额最多的共济人账户开始扣/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /上移|下移|设为主卡/ })).not.toBeInTheDocument();
});

test('a person nobody shares with is told so', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(DeductionOrderPage);
  expect(screen.getByText('暂时没有人为您共济')).toBeInTheDocument();
});

test('the order failing to load shows the reason and 重试', async () => {
  await motherWithTwoSponsors();
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await renderPage(DeductionOrderPage);
  expect(screen.getByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  await settle();
  expect(order()).toHaveLength(2);
});
