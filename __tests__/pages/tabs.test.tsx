import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MinePage from '@/pages/mine/index';
import ServiceHallPage from '@/pages/services/index';
import ApplicationsPage from '@/pages/family/applications/index';
import { usePreferences } from '@/features/shell';
import { useSession } from '@/features/auth';
import { installBackend, lastNavigation, renderPage, signInAs, submitApplication } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('the service hall of 粤医保 lists 亲情账号绑定/解绑', async () => {
  await signInAs('13800000001');
  await renderPage(ServiceHallPage);
  expect(screen.getByText('业务办理')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '亲情账号绑定/解绑' }));
  expect(lastNavigation()?.url).toBe('/pages/family/notice/index');
});

test('the service hall asks a signed-out visitor to sign in', async () => {
  await renderPage(ServiceHallPage);
  expect(screen.getByText('请先登录')).toBeInTheDocument();
});

test('我的 shows the version and the masked identity', async () => {
  await signInAs('13800000001');
  await renderPage(MinePage);
  expect(screen.getByText(/^版本 \d+\.\d+\.\d+$/)).toBeInTheDocument();
  expect(screen.getByText('4401**********1232')).toBeInTheDocument();
  expect(screen.getByText('138****0001')).toBeInTheDocument();
});

test('关怀模式 is switched on from 我的 and remembered', async () => {
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('checkbox', { name: /关怀模式/ }));
  expect(usePreferences.getState().careMode).toBe(true);
  expect(document.querySelector('.page.care-mode')).not.toBeNull();
});

test('退出登录 signs the person out', async () => {
  await signInAs('13800000001');
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('button', { name: '退出登录' }));
  expect(useSession.getState().token).toBeNull();
  expect(await screen.findByText('您还未登录')).toBeInTheDocument();
});

test('办理事项 lists the person’s applications with their progress', async () => {
  await signInAs('13800000001');
  await submitApplication('陈小明', '440106201609010011', 'child');
  await renderPage(ApplicationsPage);
  expect(await screen.findByRole('button', { name: /^陈\*明 儿子 / })).toHaveTextContent('审核中');
});

test('办理事项 without applications says so', async () => {
  await signInAs('13800000001');
  await renderPage(ApplicationsPage);
  expect(await screen.findByText('暂无办理事项')).toBeInTheDocument();
});
