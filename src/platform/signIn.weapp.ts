import Taro from '@tarojs/taro';
import type { PhoneButtonEvent, PhoneSignIn } from './signIn-types';

/**
 * WeChat: the 手机号快速验证 button (open-type="getPhoneNumber") answers in its getphonenumber event
 * with `code`, a one-use phone code the back end exchanges through getuserphonenumber; wx.login's
 * code tells the back end who the WeChat user is (code2Session). A refusal carries no code and an
 * errMsg such as 'getPhoneNumber:fail user deny'.
 */
export const phoneSignIn: PhoneSignIn = {
  label: '微信手机号快捷登录',
  platformName: '微信',
  async authorize({ kind, detail }: PhoneButtonEvent) {
    const phoneCode = typeof detail.code === 'string' ? detail.code : '';
    if (kind === 'error' || phoneCode === '') {
      const errMsg = typeof detail.errMsg === 'string' ? detail.errMsg : '';
      return /deny|cancel/i.test(errMsg) ? { kind: 'refused' } : { kind: 'failed' };
    }
    try {
      const { code } = await Taro.login();
      return { kind: 'authorized', credentials: { platform: 'wechat', loginCode: code, phoneCode } };
    } catch {
      return { kind: 'failed' };
    }
  },
};
