import Taro from '@tarojs/taro';
import { createJSONStorage } from 'zustand/middleware';

/** Taro storage is one synchronous API on WeChat, Alipay and H5: the stores and the embedded mock use it. */
export const taroStorage = {
  getItem(key: string): string | null {
    const value: unknown = Taro.getStorageSync(key);
    return typeof value === 'string' && value.length > 0 ? value : null;
  },
  setItem(key: string, value: string): void {
    Taro.setStorageSync(key, value);
  },
  removeItem(key: string): void {
    Taro.removeStorageSync(key);
  },
};

/** zustand's persist over Taro storage. */
export const persistentStorage = createJSONStorage(() => taroStorage);
