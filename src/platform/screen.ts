import Taro from '@tarojs/taro';

import type { WindowMetrics } from './screen-types';

// WeChat and H5: getWindowInfo (WeChat deprecated getSystemInfoSync in base library 2.20.1).
export function windowMetrics(): WindowMetrics {
  const { windowHeight, pixelRatio } = Taro.getWindowInfo();
  return { windowHeight, pixelRatio };
}
