import Taro from '@tarojs/taro';
import type { WindowMetrics } from './screen-types';

// Alipay: getSystemInfoSync is its current API for the window's size.
export function windowMetrics(): WindowMetrics {
  const { windowHeight, pixelRatio } = Taro.getSystemInfoSync();
  return { windowHeight, pixelRatio };
}
