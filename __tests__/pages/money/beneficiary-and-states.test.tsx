/**
 * The money as a beneficiary sees it, and no false state: what is shared with her and how much is
 * left, never the sponsor's balance; a failed read is an error with 重试 or stale data with its time,
 * never a made-up zero; words once, in the region's own terms; a 凭证号 a person can read out.
 */
import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import BalancePage from '@/pages/money/balance/index';
import DeductionOrderPage from '@/pages/money/deduction/index';
import EstimatePage from '@/pages/money/estimate/index';
import MonthlyLimitPage from '@/pages/money/limit/index';
import PremiumPage from '@/pages/money/premium/index';
import UsageRecordsPage from '@/pages/money/usage/index';
import * as services from '@/services';
import { firePageEvent, installBackend, renderPage, settle } from '../../support/render';
import {
  billMother,
  freezeToday,
  henanFatherBound,
  initPxTransformAsBuilt,
  PHONE,
  resetMoney,
  signInAs,
  sonSharesWithMother,
} from './support';

beforeAll(initPxTransformAsBuilt);

beforeEach(() => {
  freezeToday();
  resetMoney();
  installBackend();
});

afterEach(() => {
  jest.useRealTimers();
});

const networkDown = () => services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });

test('周玉兰’s home says her son shares with her, since when, first in order, with no limit', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(HomePage);
  const card = screen.getByRole('region', { name: '为我共济的亲属' });
  const item = within(card).getByRole('listitem');
  expect(item).toHaveTextContent(/^第1位\s*陈\*国（儿子）/);
  expect(item).toHaveTextContent('自2025年6月15日起为您共济');
  expect(item).toHaveTextContent('本月还可用 不限');
});

test('周玉兰’s home says how much of a monthly limit is left this month', async () => {
  const relation = await sonSharesWithMother();
  await services.setRelationLimit(relation.id, 50000);
  await billMother(12000);
  await signInAs(PHONE.周玉兰);
  await renderPage(HomePage);
  const card = screen.getByRole('region', { name: '为我共济的亲属' });
  expect(within(card).getByRole('listitem')).toHaveTextContent('本月还可用 380.00 元（每月最多 500.00 元）');
});

test('周玉兰’s home never shows her son’s balance', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(HomePage);
  expect(screen.queryByText(/5,000\.00/)).not.toBeInTheDocument();
});

test('a sponsor’s home has no card of people sharing with him', async () => {
  await sonSharesWithMother();
  await renderPage(HomePage);
  expect(screen.queryByRole('region', { name: '为我共济的亲属' })).not.toBeInTheDocument();
});

test('扣款顺序 seen by 周玉兰 shows no sponsor balance', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(DeductionOrderPage);
  expect(screen.getByRole('list', { name: '扣款顺序' })).toHaveTextContent('陈*国');
  expect(screen.queryByText(/账户余额|5,000\.00/)).not.toBeInTheDocument();
});

test('a month that fails to load shows the error with 重试 and no total', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  await userEvent.click(screen.getByRole('button', { name: '上个月' }));
  await settle();
  await networkDown();
  await userEvent.click(screen.getByRole('button', { name: '下个月' }));
  await settle();
  expect(screen.getByRole('alert')).toHaveTextContent('网络繁忙，请稍后重试');
  expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  expect(screen.queryByText(/共支付/)).not.toBeInTheDocument();
});

test('使用记录 read before the network failed stays, with the time it was read and 重试', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(UsageRecordsPage);
  // The phone's own clock, as the person reads it.
  const readAt = dayjs().format('HH:mm');
  jest.setSystemTime(Date.now() + 5 * 60_000);
  await networkDown();
  await firePageEvent('show');
  expect(screen.queryByText('网络繁忙，请稍后重试')).not.toBeInTheDocument();
  expect(screen.getByText(`数据更新于 ${readAt}`)).toBeInTheDocument();
  expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('大参林药店（天河店）');
  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  await settle();
  expect(screen.queryByText(/数据更新于/)).not.toBeInTheDocument();
});

test('a balance shown from the last reading while the network fails says when it was read, and 重试', async () => {
  await signInAs(PHONE.陈建国);
  await renderPage(BalancePage);
  const readAt = dayjs().format('HH:mm');
  jest.setSystemTime(Date.now() + 5 * 60_000);
  await networkDown();
  await firePageEvent('show');
  expect(screen.getByText('5,000.00')).toBeInTheDocument();
  expect(screen.getByText(`数据更新于 ${readAt}`)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
});

test('结算预估 offers only what shared funds may pay, and says why the others cannot', async () => {
  await sonSharesWithMother();
  await signInAs(PHONE.周玉兰);
  await renderPage(EstimatePage);
  const offered = within(screen.getByRole('radiogroup', { name: '费用类别' }))
    .getAllByRole('radio')
    .map((radio) => radio.textContent);
  expect(offered).toEqual(['门诊', '住院', '药店购药']);
  expect(screen.getByText(/保健品、健身、化妆品.*不能用个人账户/)).toBeInTheDocument();
});

test('每月额度 says 每月最多 once', async () => {
  const relation = await sonSharesWithMother();
  await services.setRelationLimit(relation.id, 50000);
  await renderPage(MonthlyLimitPage, { params: { relationId: relation.id } });
  expect(screen.getAllByText(/每月最多/)).toHaveLength(1);
});

test('saving a monthly limit says 每月最多 once', async () => {
  const relation = await sonSharesWithMother();
  await renderPage(MonthlyLimitPage, { params: { relationId: relation.id } });
  await userEvent.click(screen.getByRole('radio', { name: '设定额度' }));
  await settle();
  await userEvent.type(screen.getByLabelText('每月额度（元）'), '500');
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  await settle();
  expect(screen.getByRole('status')).toHaveTextContent('已保存');
  expect(screen.getAllByText(/每月最多/)).toHaveLength(1);
});

test('a 河南 sponsor’s 每月额度 uses 河南’s words only', async () => {
  const { id } = await henanFatherBound();
  await signInAs(PHONE.李卫东);
  await renderPage(MonthlyLimitPage, { params: { relationId: id } });
  expect(document.body.textContent).not.toMatch(/使用人|授权人/);
});

test('the 代缴 receipt carries a 凭证号 of grouped digits a person can read out', async () => {
  await sonSharesWithMother();
  await renderPage(PremiumPage);
  await userEvent.click(screen.getByRole('radio', { name: '周*兰（母亲）' }));
  await userEvent.click(screen.getByRole('radio', { name: '2026年' }));
  await userEvent.click(screen.getByRole('button', { name: '确认代缴' }));
  await userEvent.click(
    within(screen.getByRole('dialog', { name: '确认代缴' })).getByRole('button', { name: '确认支付' }),
  );
  await settle();
  const number = screen.getByText('凭证号').parentElement;
  expect(number).toHaveTextContent(/^凭证号\d{4}( \d{4})+$/);
});
