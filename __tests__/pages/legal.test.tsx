/** The 用户服务协议 and 隐私政策 pages (issue 14): real texts, reachable from sign-in and from 我的. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AgreementPage from '@/pages/legal/agreement/index';
import PrivacyPage from '@/pages/legal/privacy/index';
import LoginPage from '@/pages/auth/login/index';
import MinePage from '@/pages/mine/index';
import { installBackend, lastNavigation, renderPage } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('the 用户服务协议 page says what the service is and that either side may unbind at once', async () => {
  await renderPage(AgreementPage);
  expect(screen.getByRole('heading', { name: '用户服务协议', level: 1 })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '四、共济规则' })).toBeInTheDocument();
  expect(screen.getByText(/任何一方都可以随时解绑，解绑立即生效/)).toBeInTheDocument();
});

test('the 隐私政策 page names every kind of data collected', async () => {
  await renderPage(PrivacyPage);
  expect(screen.getByRole('heading', { name: '隐私政策', level: 1 })).toBeInTheDocument();
  for (const kind of ['手机号：', '姓名、身份证号：', '证件照片：', '人脸验证结果：', '消费记录：']) {
    expect(screen.getByText(new RegExp(`^${kind}`))).toBeInTheDocument();
  }
});

test('the 隐私政策 page says how long data is kept and who sees it masked', async () => {
  await renderPage(PrivacyPage);
  expect(screen.getByRole('heading', { name: '二、保存在哪里、保存多久' })).toBeInTheDocument();
  expect(screen.getByText(/退出登录或登录失效时删除/)).toBeInTheDocument();
  expect(screen.getByText(/彼此只能看到对方打码后的姓名、身份证号和手机号/)).toBeInTheDocument();
  expect(screen.getByText(/省级医保信息平台和医保经办机构/)).toBeInTheDocument();
});

test('the 隐私政策 page says how to withdraw consent: unbind, sign out, 注销 through the hotline', async () => {
  await renderPage(PrivacyPage);
  expect(screen.getByText(/^解绑：/)).toBeInTheDocument();
  expect(screen.getByText(/^退出登录：/)).toBeInTheDocument();
  expect(screen.getByText(/^注销：.*12393/)).toBeInTheDocument();
});

test('the 《用户服务协议》 link on the sign-in page opens the agreement', async () => {
  await renderPage(LoginPage);
  await userEvent.click(screen.getByRole('link', { name: '《用户服务协议》' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/legal/agreement/index' });
});

test('the 《隐私政策》 link on the sign-in page opens the privacy policy without ticking the box', async () => {
  await renderPage(LoginPage);
  await userEvent.click(screen.getByRole('link', { name: '《隐私政策》' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/legal/privacy/index' });
  expect(screen.getByRole('checkbox', { name: /用户服务协议/ })).toHaveAttribute('aria-checked', 'false');
});

test('我的 opens the 用户服务协议 and the 隐私政策 from their rows', async () => {
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('button', { name: '用户服务协议' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/legal/agreement/index' });
  await userEvent.click(screen.getByRole('button', { name: '隐私政策' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/legal/privacy/index' });
});
