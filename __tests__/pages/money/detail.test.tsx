import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RelationDetailPage from '@/pages/family/detail/index';
import * as services from '@/services';
import { installBackend, lastNavigation, renderPage } from '../../support/render';
import { freezeToday, PHONE, resetMoney, signInAs, sonSharesWithMother } from './support';

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

test('the sponsor sees the relation’s monthly limit', async () => {
  await services.setRelationLimit(relationId, 0);
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(screen.getByText('每月额度').parentElement).toHaveTextContent('暂停共济（每月 0 元）');
});

test.each([
  ['设置每月额度', '/pages/money/limit/index'],
  ['使用记录', '/pages/money/usage/index'],
  ['代缴居民医保', '/pages/money/premium/index'],
])('the sponsor’s %s opens it for this relation', async (name, route) => {
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  await userEvent.click(screen.getByRole('button', { name }));
  expect(lastNavigation()?.url).toBe(`${route}?relationId=${relationId}`);
});

test('the beneficiary opens the 扣款顺序 and what this sponsor paid', async () => {
  await signInAs(PHONE.周玉兰);
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(screen.queryByRole('button', { name: '设置每月额度' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '扣款顺序' }));
  expect(lastNavigation()?.url).toBe('/pages/money/deduction/index');
  await userEvent.click(screen.getByRole('button', { name: '使用记录' }));
  expect(lastNavigation()?.url).toBe(`/pages/money/usage/index?relationId=${relationId}`);
});

test('after unbinding only the records stay', async () => {
  await services.unbindRelation(relationId);
  await renderPage(RelationDetailPage, { params: { id: relationId } });
  expect(screen.getByRole('button', { name: '使用记录' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '设置每月额度' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '代缴居民医保' })).not.toBeInTheDocument();
});
