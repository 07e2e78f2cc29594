import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SubmittedPage from '@/pages/family/result/index';
import { installBackend, lastNavigation, renderPage, signInAs } from '../../support/render';

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
