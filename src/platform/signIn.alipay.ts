import Taro from '@tarojs/taro';
import type { PhoneButtonEvent, PhoneSignIn } from './signIn-types';

// Taro's Alipay plugin promisifies my.getPhoneNumber (its needPromiseApis) but its types omit it.
declare module '@tarojs/taro' {
  interface TaroStatic {
    getPhoneNumber(): Promise<{ response: string }>;
  }
}

/**
 * Alipay: the 授权 button (open-type="getAuthorize" scope="phoneNumber") fires getAuthorize once the
 * person allows it, or its error event (e.g. 11, the user cancelled); only then does
 * my.getPhoneNumber give `response`, the phone encrypted for the back end to verify and decrypt.
 * Taro.login is my.getAuthCode with scopes auth_base (silent) on Alipay, its authCode as `code`: the
 * code the back end exchanges for the Alipay user id.
 */
export const phoneSignIn: PhoneSignIn = {
  label: '支付宝手机号快捷登录',
  platformName: '支付宝',
  async authorize({ kind }: PhoneButtonEvent) {
    if (kind === 'error') return { kind: 'refused' };
    try {
      const { response } = await Taro.getPhoneNumber();
      const { code } = await Taro.login();
      return {
        kind: 'authorized',
        credentials: { platform: 'alipay', authCode: code, phoneResponse: response },
      };
    } catch {
      return { kind: 'failed' };
    }
  },
};
