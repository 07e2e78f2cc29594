import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import QaConsolePage from '@/pages/qa/console/index';
import * as services from '@/services';
import { useSession } from '@/features/auth';
import { installBackend, renderPage, signInAs } from '../../support/render';

beforeEach(() => {
  installBackend();
});

test('the console lists every seed persona with ID number, phone, balance and role in the story', async () => {
  await renderPage(QaConsolePage);
  const chen = await screen.findByRole('group', { name: '陈建国' });
  expect(within(chen).getByText('授权人（粤医保），可为亲属办理亲情账号')).toBeInTheDocument();
  expect(within(chen).getByText('身份证号：440106197003151232')).toBeInTheDocument();
  expect(within(chen).getByText('手机号：13800000001')).toBeInTheDocument();
  expect(within(chen).getByText('个人账户余额：5,000.00 元')).toBeInTheDocument();
  expect(screen.getAllByRole('group')).toHaveLength(16);
  expect(screen.getAllByRole('button', { name: /的身份(重新)?登录$/ })).toHaveLength(6);
});

test('a persona without a phone says so and offers no sign-in', async () => {
  await renderPage(QaConsolePage);
  const son = await screen.findByRole('group', { name: '陈小明' });
  expect(within(son).getByText('手机号：未登记，不能登录')).toBeInTheDocument();
  expect(within(son).queryByRole('button')).not.toBeInTheDocument();
});

test('one click signs in as a persona through the SMS code and the whole app follows', async () => {
  await renderPage(QaConsolePage);
  await userEvent.click(await screen.findByRole('button', { name: '以陈建国的身份登录' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已以陈建国的身份登录');
  expect(useSession.getState().sponsor?.maskedName).toBe('陈*国');
  expect(screen.getByText('本机登录：陈*国')).toBeInTheDocument();
  expect(within(screen.getByRole('group', { name: '陈建国' })).getByText('当前登录')).toBeInTheDocument();
});

test('a code asked for a moment ago is used rather than waiting out the cooldown', async () => {
  await services.requestSmsCode('13800000002');
  await renderPage(QaConsolePage);
  await userEvent.click(await screen.findByRole('button', { name: '以周玉兰的身份登录' }));
  expect(await screen.findByRole('status')).toHaveTextContent('已以周玉兰的身份登录');
  expect(useSession.getState().sponsor?.maskedName).toBe('周*兰');
});

test('signing in again within the minute explains the wait and keeps the current session', async () => {
  await signInAs('13800000001');
  const token = useSession.getState().token;
  await renderPage(QaConsolePage);
  // The signed-in persona's button says 重新登录, and its spoken name says so too.
  await userEvent.click(await screen.findByRole('button', { name: '以陈建国的身份重新登录' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(/^验证码已发送，请\d+秒后再重新获取$/);
  expect(useSession.getState().token).toBe(token);
});
