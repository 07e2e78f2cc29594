import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import { installBackend, lastNavigation, renderPage, signInAs } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('a signed-out visitor sees the app name and a way to sign in', async () => {
  await renderPage(HomePage);
  expect(screen.getByText('家庭共济')).toBeInTheDocument();
  expect(screen.getByText('您还未登录')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/auth/login/index' });
});

test('a signed-in 粤医保 sponsor sees the region name, a masked card and the balance', async () => {
  await signInAs('13800000001');
  await renderPage(HomePage);
  expect(screen.getByText('粤医保')).toBeInTheDocument();
  expect(screen.getByText('陈*国')).toBeInTheDocument();
  expect(screen.getByText(/138\*\*\*\*0001/)).toBeInTheDocument();
  expect(screen.getByText('5,000.00')).toBeInTheDocument();
  expect(screen.queryByText(/13800000001/)).not.toBeInTheDocument();
});

test('the 业务办理 card leads to 亲情账号绑定/解绑 and to 查看更多', async () => {
  await signInAs('13800000001');
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '亲情账号绑定/解绑' }));
  expect(lastNavigation()?.url).toBe('/pages/family/notice/index');
  await userEvent.click(screen.getByRole('button', { name: '查看更多' }));
  expect(lastNavigation()).toEqual({ kind: 'switchTab', url: '/pages/services/index' });
});

test('a 河南医保 sponsor sees 河南医保 and 我要办', async () => {
  await signInAs('13900000001');
  await renderPage(HomePage);
  expect(screen.getByText('河南医保')).toBeInTheDocument();
  expect(screen.getByText('我要办')).toBeInTheDocument();
});
