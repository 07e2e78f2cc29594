import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SubmittedPage from '@/pages/family/result/index';
import dayjs from 'dayjs';
import {
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

test('after submitting, the page says review takes about one working day', async () => {
  await renderPage(SubmittedPage, { params: { id: 'r1', status: 'pending' } });
  expect(screen.getByText('提交成功')).toBeInTheDocument();
  expect(screen.getByText(/预计一个工作日内完成审核/)).toBeInTheDocument();
});

test('查看审核进度 opens the application and 返回首页 goes home', async () => {
  await renderPage(SubmittedPage, { params: { id: 'r1', status: 'pending' } });
  await userEvent.click(screen.getByRole('button', { name: '查看审核进度' }));
  expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/detail/index?id=r1' });
  await userEvent.click(screen.getByRole('button', { name: '返回首页' }));
  expect(lastNavigation()).toEqual({ kind: 'switchTab', url: '/pages/index/index' });
});

test('under automatic review the page says when the result comes', async () => {
  installBackend({ autoApproveAfterMs: 60_000 });
  await signInAs('13800000001');
  const relation = await submitApplication('周玉兰', '440106194506103028', 'parent');
  await renderPage(SubmittedPage, { params: { id: relation.id, status: 'pending' } });
  const due = dayjs(relation.createdAt).add(60, 'second').format('M月D日 HH:mm');
  expect(await screen.findByText(`预计${due}前出审核结果，可在“我的—办理事项”查看进度`)).toBeInTheDocument();
});
