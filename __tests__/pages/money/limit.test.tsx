import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MonthlyLimitPage from '@/pages/money/limit/index';
import * as services from '@/services';
import { installBackend, renderPage, settle } from '../../support/render';
import {
  billMother,
  freezeToday,
  henanFatherBound,
  PHONE,
  resetMoney,
  signInAs,
  sonSharesWithMother,
} from './support';

let relationId: string;

beforeEach(async () => {
  freezeToday();
  resetMoney();
  installBackend();
  relationId = (await sonSharesWithMother()).id;
});

afterEach(() => {
  jest.useRealTimers();
});

async function save() {
  await userEvent.click(screen.getByRole('button', { name: '保存' }));
  await settle();
}

test('the sponsor sees the current limit and what the relative used this month', async () => {
  await billMother(12000);
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  expect(screen.getByText('周*兰')).toBeInTheDocument();
  expect(screen.getByText('当前额度').parentElement).toHaveTextContent('当前额度不限额');
  expect(screen.getByText('本月已为周*兰支付').parentElement).toHaveTextContent('本月已为周*兰支付120.00 元');
});

test('设定额度 with an amount saves that limit', async () => {
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  await userEvent.click(screen.getByRole('radio', { name: '设定额度' }));
  await settle();
  await userEvent.type(screen.getByLabelText('每月额度（元）'), '500');
  await save();
  expect(screen.getByRole('status')).toHaveTextContent('已保存周*兰的每月额度');
  expect(screen.getByText('当前额度').parentElement).toHaveTextContent('当前额度每月最多 500.00 元');
  expect((await services.getRelation(relationId)).monthlyLimitFen).toBe(50000);
});

test('暂停共济 saves a limit of 0', async () => {
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  await userEvent.click(screen.getByRole('radio', { name: '暂停共济' }));
  await save();
  expect((await services.getRelation(relationId)).monthlyLimitFen).toBe(0);
});

test('不限额 removes a limit', async () => {
  await services.setRelationLimit(relationId, 30000);
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  expect(screen.getByLabelText('每月额度（元）')).toHaveValue(300);
  await userEvent.click(screen.getByRole('radio', { name: '不限额' }));
  await save();
  expect((await services.getRelation(relationId)).monthlyLimitFen).toBeNull();
});

test('an amount of 0 points to 暂停共济 and saves nothing', async () => {
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  await userEvent.click(screen.getByRole('radio', { name: '设定额度' }));
  await settle();
  await userEvent.type(screen.getByLabelText('每月额度（元）'), '0');
  await save();
  expect(screen.getByRole('alert')).toHaveTextContent('每月额度要大于 0 元；不想共济时请选“暂停共济”');
  expect((await services.getRelation(relationId)).monthlyLimitFen).toBeNull();
});

test('an amount finer than a fen says how to write it', async () => {
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  await userEvent.click(screen.getByRole('radio', { name: '设定额度' }));
  await settle();
  await userEvent.type(screen.getByLabelText('每月额度（元）'), '12.345');
  await save();
  expect(screen.getByRole('alert')).toHaveTextContent('金额最多保留两位小数（精确到分），请重新输入');
});

test('the beneficiary is told only the sponsor sets the limit', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  expect(screen.getByRole('alert')).toHaveTextContent('只有授权人可以设置每月额度');
});

test('an ended relation cannot get a limit', async () => {
  await services.unbindRelation(relationId);
  await renderPage(MonthlyLimitPage, { params: { relationId } });
  expect(screen.getByRole('note')).toHaveTextContent('共济关系未生效，不能设置额度。');
  expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
});

test('a 河南医保 共济人 sees the relative named 被共济人, in their province’s word', async () => {
  const { id } = await henanFatherBound();
  await signInAs(PHONE.李卫东);
  await renderPage(MonthlyLimitPage, { params: { relationId: id } });
  expect(screen.getByText('被共济人')).toBeInTheDocument();
  expect(screen.queryByText('使用人')).not.toBeInTheDocument();
});
