import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LoginPage from '@/pages/auth/login/index';
import { installBackend, renderPage } from '../../support/render';

const CHEN = '13800000001';
const ZHOU = '13800000002';

beforeEach(() => {
  installBackend();
});

async function askForCode(phone: string) {
  await userEvent.type(screen.getByLabelText('手机号'), phone);
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByText('验证码已发送，请查看短信');
}

test('a phone number that was sent a code shows its countdown when the page opens again', async () => {
  const first = await renderPage(LoginPage);
  await askForCode(CHEN);
  first.unmount();
  await renderPage(LoginPage);
  await userEvent.type(screen.getByLabelText('手机号'), CHEN);
  expect(screen.getByRole('button', { name: /^(59|60)秒后重新获取$/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('another phone number may ask for its own code during someone else’s countdown', async () => {
  await renderPage(LoginPage);
  await askForCode(CHEN);
  await userEvent.clear(screen.getByLabelText('手机号'));
  await userEvent.type(screen.getByLabelText('手机号'), ZHOU);
  expect(screen.getByRole('button', { name: '获取验证码' })).toHaveAttribute('aria-disabled', 'false');
});

test('a new refusal replaces the one before, so only one message is shown', async () => {
  await renderPage(LoginPage);
  await askForCode(CHEN);
  await userEvent.click(screen.getByRole('checkbox', { name: /用户服务协议/ }));
  await userEvent.type(screen.getByLabelText('验证码'), '000000');
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  await screen.findByText(/验证码不正确/);
  await userEvent.clear(screen.getByLabelText('验证码'));
  await userEvent.type(screen.getByLabelText('验证码'), '12345');
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
    '请输入短信中的6位数字验证码',
  ]);
});
