/** Consent to the 用户服务协议 and 隐私政策 belongs to the person who signs in, not to the phone (issue 14). */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Taro from '@tarojs/taro';
import LoginPage from '@/pages/auth/login/index';
import { useSession } from '@/features/auth';
import { AGREEMENT_VERSION } from '@/features/legal';
import { usePreferences } from '@/features/shell';
import { installBackend, renderPage } from '../../support/render';

beforeEach(() => {
  installBackend();
});

async function signInThroughPage(phone: string): Promise<void> {
  await renderPage(LoginPage);
  await userEvent.type(screen.getByLabelText('手机号'), phone);
  await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  await screen.findByRole('button', { name: '60秒后重新获取' });
  await userEvent.type(screen.getByLabelText('验证码'), '123456');
  const agreement = screen.getByRole('checkbox', { name: /用户服务协议/ });
  if (agreement.getAttribute('aria-checked') !== 'true') await userEvent.click(agreement);
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
  await waitFor(() => expect(useSession.getState().token).not.toBeNull());
}

test('a second person signing in on the same phone is asked to agree again', async () => {
  await signInThroughPage('13800000001');
  cleanup();
  await useSession.getState().signOut();

  await renderPage(LoginPage);
  expect(screen.getByRole('checkbox', { name: /用户服务协议/ })).toHaveAttribute('aria-checked', 'false');
  expect(screen.getByRole('button', { name: '登录' })).toHaveAttribute('aria-disabled', 'true');
});

test('the agreement is recorded under the signed-in person id and storage holds no phone', async () => {
  await signInThroughPage('13800000001');
  const personId = useSession.getState().sponsor?.personId ?? '';
  expect(usePreferences.getState().agreements).toEqual({ [personId]: AGREEMENT_VERSION });
  expect(String(Taro.getStorageSync('family-preferences'))).not.toContain('13800000001');
});

test('each person who signs in on one phone gets their own agreement record', async () => {
  await signInThroughPage('13800000001');
  const first = useSession.getState().sponsor?.personId ?? '';
  cleanup();
  await useSession.getState().signOut();
  await signInThroughPage('13800000002');
  const second = useSession.getState().sponsor?.personId ?? '';
  expect(second).not.toBe(first);
  expect(usePreferences.getState().agreements).toEqual({
    [first]: AGREEMENT_VERSION,
    [second]: AGREEMENT_VERSION,
  });
});

test('an agreement and 温馨提示 a phone kept for everyone (store version 1) are dropped, 关怀模式 stays', async () => {
  Taro.setStorageSync(
    'family-preferences',
    JSON.stringify({
      state: { careMode: true, agreementVersion: '2026-11', acceptedNotices: { guangdong: '2026-11' } },
      version: 1,
    }),
  );
  await usePreferences.persist.rehydrate();
  const { careMode, agreements, acceptedNotices } = usePreferences.getState();
  expect({ careMode, agreements, acceptedNotices }).toEqual({
    careMode: true,
    agreements: {},
    acceptedNotices: {},
  });
});
