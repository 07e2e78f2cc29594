import Taro from '@tarojs/taro';
import { usePreferences } from '@/features/shell';

const initial = usePreferences.getState();

test('关怀模式 is remembered across a restart', async () => {
  usePreferences.getState().setCareMode(true);
  const stored: unknown = Taro.getStorageSync('family-preferences');
  // A new process starts from the defaults, then reads what the last one stored.
  usePreferences.setState(initial, true);
  Taro.setStorageSync('family-preferences', stored);
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState().careMode).toBe(true);
});

test('关怀模式 is off on a fresh install', async () => {
  Taro.clearStorageSync();
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState().careMode).toBe(false);
});
