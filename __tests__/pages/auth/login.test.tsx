import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LoginPage from '@/pages/auth/login/index';
import { useSession } from '@/features/auth';
import { installBackend, lastNavigation, renderPage } from '../../support/render';

beforeEach(() => {
  installBackend();
});

async function typeInto(label: string, text: string) {
  await userEvent.type(screen.getByLabelText(label), text);
}

test('the sign-in button stays disabled until the agreement is ticked', async () => {
  await renderPage(LoginPage);
  expect(screen.getByRole('button', { name: '登录' })).toHaveAttribute('aria-disabled', 'true');
  await userEvent.click(screen.getByRole('checkbox', { name: /用户服务协议/ }));
  expect(screen.getByRole('button', { name: '登录' })).toHaveAttribute('aria-disabled', 'false');
});

test('a malformed phone number is explained and the code is not sent', async () => {
  await renderPage(LoginPage);
  await typeInto('手机号', '1380000');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/手机号/);
  expect(screen.getByLabelText('手机号')).toHaveValue(1380000);
});

test('asking for a code starts a 60-second countdown on the button', async () => {
  await renderPage(LoginPage);
  await typeInto('手机号', '13800000001');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  expect(await screen.findByRole('button', { name: '60秒后重新获取' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  expect(screen.getByText('验证码已发送，请查看短信')).toBeInTheDocument();
});

test('a wrong code is refused with the reason and keeps what was typed', async () => {
  await renderPage(LoginPage);
  await typeInto('手机号', '13800000001');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByRole('button', { name: '60秒后重新获取' });
  await typeInto('验证码', '654321');
  await userEvent.click(screen.getByRole('checkbox', { name: /用户服务协议/ }));
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  expect(await screen.findByText(/验证码/, { selector: '[role="alert"]' })).toBeInTheDocument();
  expect(screen.getByLabelText('手机号')).toHaveValue(13800000001);
  expect(useSession.getState().token).toBeNull();
});

test('the right code signs in and opens the home page', async () => {
  await renderPage(LoginPage);
  await typeInto('手机号', '13800000001');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByRole('button', { name: '60秒后重新获取' });
  await typeInto('验证码', '123456');
  await userEvent.click(screen.getByRole('checkbox', { name: /用户服务协议/ }));
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  await waitFor(() => expect(useSession.getState().sponsor?.maskedName).toBe('陈*国'));
  expect(lastNavigation()).toEqual({ kind: 'switchTab', url: '/pages/index/index' });
});

test('after an expired session, signing in returns to the page the person was on', async () => {
  useSession.setState({ expired: true });
  await renderPage(LoginPage, { params: { redirect: '/pages/family/add/index' } });
  expect(screen.getByText(/登录已过期，请重新登录/)).toBeInTheDocument();
  await typeInto('手机号', '13800000001');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByRole('button', { name: '60秒后重新获取' });
  await typeInto('验证码', '123456');
  await userEvent.click(screen.getByRole('checkbox', { name: /用户服务协议/ }));
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  await waitFor(() =>
    expect(lastNavigation()).toEqual({ kind: 'redirectTo', url: '/pages/family/add/index' }),
  );
});
