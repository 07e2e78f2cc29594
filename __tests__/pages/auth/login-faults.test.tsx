/** The sign-in page on a bad connection (issue 9): a failed code request is said as a failure. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as services from '@/services';
import LoginPage from '@/pages/auth/login/index';
import { installBackend, renderPage } from '../../support/render';

test('a code request that fails is an alert, goes when the person asks again, and the phone stays', async () => {
  installBackend({ faults: { failureRate: 1, latencyMs: [0, 0] } });
  await renderPage(LoginPage);
  await userEvent.type(screen.getByLabelText('手机号'), '13800000001');
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  const failure = await screen.findByRole('alert');
  expect(failure).toHaveTextContent('网络繁忙，请稍后重试');
  expect(screen.queryByText('验证码已发送，请查看短信')).toBeNull();

  await services.qa.setFaults({ failureRate: 0, latencyMs: [0, 0] });
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByText('验证码已发送，请查看短信');
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(screen.getByLabelText('手机号')).toHaveValue(13800000001);
});
