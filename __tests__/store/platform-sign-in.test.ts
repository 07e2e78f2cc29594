import dayjs from 'dayjs';
import { useSession } from '@/features/auth';
import { mintAlipayPhoneResponse, mintPlatformCode } from '../../mock/platformCodes';
import { installBackend } from '../support/render';

beforeEach(() => {
  installBackend();
});

const now = () => dayjs().valueOf();

test('the WeChat codes sign in the person whose phone WeChat verified', async () => {
  const ok = await useSession.getState().signInWithPlatform({
    platform: 'wechat',
    loginCode: mintPlatformCode('wx-login', 'openid-1', now(), 'a'),
    phoneCode: mintPlatformCode('wx-phone', '13800000002', now(), 'a'),
  });
  expect(ok).toBe(true);
  expect(useSession.getState().sponsor?.maskedName).toBe('周*兰');
});

test('Alipay codes used a second time leave the person signed out with the back end’s reason', async () => {
  const credentials = {
    platform: 'alipay',
    authCode: mintPlatformCode('ali-auth', '2088', now(), 'b'),
    phoneResponse: mintAlipayPhoneResponse('13900000001', now(), 'b'),
  } as const;
  await useSession.getState().signInWithPlatform(credentials);
  await useSession.getState().signOut();
  expect(await useSession.getState().signInWithPlatform(credentials)).toBe(false);
  expect(useSession.getState().token).toBeNull();
  expect(useSession.getState().error?.message).toBe(
    '这次支付宝授权已经用过，请重新点击“支付宝手机号快捷登录”',
  );
});
