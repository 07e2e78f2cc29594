import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RelationsPage from '@/pages/family/relations/index';
import * as services from '@/services';
import {
  firePageEvent,
  installBackend,
  lastNavigation,
  renderPage,
  signInAs,
  submitApplication,
} from '../../support/render';

beforeEach(async () => {
  installBackend();
  await signInAs('13800000001');
});

test('a sponsor with no relations sees the empty state and the add button', async () => {
  await renderPage(RelationsPage);
  expect(await screen.findByText('您还没有添加共济关系')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '＋ 添加共济关系' }));
  expect(lastNavigation()?.url).toBe('/pages/family/add/index');
});

test('each relation shows the masked name, the relationship and its status badge', async () => {
  const pending = await submitApplication('周玉兰', '440106194506103028', 'parent');
  const active = await submitApplication('陈小明', '440106201609010011', 'child');
  const rejected = await submitApplication('林美华', '440106197208222049', 'spouse');
  await services.qa.review({ relationId: active.id, approve: true });
  await services.qa.review({ relationId: rejected.id, approve: false, reason: '材料不清晰，请重新上传' });
  await renderPage(RelationsPage);
  const mother = await screen.findByRole('button', { name: /^周\*兰 母亲 / });
  expect(within(mother).getByText('审核中')).toBeInTheDocument();
  expect(
    within(screen.getByRole('button', { name: /^陈\*明 儿子 / })).getByText('已生效'),
  ).toBeInTheDocument();
  const spouse = screen.getByRole('button', { name: /^林\*华 配偶 / });
  expect(within(spouse).getByText('未通过')).toBeInTheDocument();
  expect(within(spouse).getByText('未通过原因：材料不清晰，请重新上传')).toBeInTheDocument();
  expect(pending.status).toBe('pending');
});

test('an unbound relation shows 已解绑', async () => {
  const relation = await submitApplication('陈小明', '440106201609010011', 'child');
  await services.qa.review({ relationId: relation.id, approve: true });
  await services.unbindRelation(relation.id);
  await renderPage(RelationsPage);
  expect(
    within(await screen.findByRole('button', { name: /^陈\*明 儿子 / })).getByText('已解绑'),
  ).toBeInTheDocument();
});

test('the 授权给我的 tab lists who shares with the signed-in person', async () => {
  const relation = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await services.qa.review({ relationId: relation.id, approve: true });
  await signInAs('13800000002');
  await renderPage(RelationsPage);
  await userEvent.click(screen.getByRole('tab', { name: '授权给我的' }));
  expect(await screen.findByRole('button', { name: /^陈\*国 儿子 / })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '＋ 添加共济关系' })).not.toBeInTheDocument();
});

test('a 居民 is told before any form that only 职工医保 can authorise, and starts on 授权给我的', async () => {
  await signInAs('13800000002');
  await renderPage(RelationsPage);
  expect(
    screen.getByText(/^只有参加职工医保的人才能把个人账户授权给亲属。您参加的是居民医保/),
  ).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: '授权给我的' })).toHaveAttribute('aria-selected', 'true');
  await userEvent.click(screen.getByRole('tab', { name: '我授权的' }));
  expect(screen.queryByRole('button', { name: '＋ 添加共济关系' })).not.toBeInTheDocument();
});

test('a 职工 sees no such line and may add a relation', async () => {
  await renderPage(RelationsPage);
  expect(await screen.findByRole('button', { name: '＋ 添加共济关系' })).toBeInTheDocument();
  expect(screen.queryByText(/只有参加职工医保的人/)).not.toBeInTheDocument();
});

test('a failed load says why and offers 重试', async () => {
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await renderPage(RelationsPage);
  expect(await screen.findByText('网络繁忙，请稍后重试')).toBeInTheDocument();
  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('您还没有添加共济关系')).toBeInTheDocument();
});

test('pulling down refreshes the list from the back end', async () => {
  await renderPage(RelationsPage);
  await screen.findByText('您还没有添加共济关系');
  await submitApplication('陈小明', '440106201609010011', 'child');
  await firePageEvent('pullDownRefresh');
  await waitFor(() => expect(screen.getByRole('button', { name: /^陈\*明 儿子 / })).toBeInTheDocument());
});
