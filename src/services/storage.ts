import Taro from '@tarojs/taro';
import { createJSONStorage, type StateStorage } from 'zustand/middleware';

/** zustand's persist over Taro storage: one synchronous API on WeChat, Alipay and H5. */
const taroStateStorage: StateStorage = {
  getItem(name) {
    const value: unknown = Taro.getStorageSync(name);
    return typeof value === 'string' && value.length > 0 ? value : null;
  },
  setItem(name, value) {
    Taro.setStorageSync(name, value);
  },
  removeItem(name) {
    Taro.removeStorageSync(name);
  },
};

export const persistentStorage = createJSONStorage(() => taroStateStorage);
