import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '@/pages/index/index';
import MinePage from '@/pages/mine/index';
import { usePreferences } from '@/features/shell';
import { installBackend, renderPage, settle, signInAs } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('a first start offers 关怀模式 on 首页 with 开启关怀模式 and 暂不开启', async () => {
  await renderPage(HomePage);
  expect(screen.getByRole('region', { name: '关怀模式' })).toHaveTextContent('字太小、看不清？');
  expect(screen.getByRole('button', { name: '开启关怀模式' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '暂不开启' })).toBeInTheDocument();
});

test('开启关怀模式 turns it on and the offer does not come back', async () => {
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '开启关怀模式' }));
  expect(usePreferences.getState()).toMatchObject({ careMode: true, careModeOffered: true });
  expect(screen.queryByRole('region', { name: '关怀模式' })).not.toBeInTheDocument();
  expect(screen.getByRole('main')).toHaveClass('care-mode');
});

test('暂不开启 keeps the normal mode and is remembered', async () => {
  await renderPage(HomePage);
  await userEvent.click(screen.getByRole('button', { name: '暂不开启' }));
  expect(usePreferences.getState()).toMatchObject({ careMode: false, careModeOffered: true });
  expect(screen.queryByRole('button', { name: '开启关怀模式' })).not.toBeInTheDocument();
});

test('the switch at the top of 首页 turns 关怀模式 on and off, for a signed-in person too', async () => {
  await signInAs('13800000001');
  await renderPage(HomePage);
  const careSwitch = screen.getByRole('switch', { name: '关怀模式' });
  expect(careSwitch).toHaveAttribute('aria-checked', 'false');
  await userEvent.click(careSwitch);
  expect(careSwitch).toHaveAttribute('aria-checked', 'true');
  expect(screen.getByRole('main')).toHaveClass('care-mode');
  await userEvent.click(careSwitch);
  expect(usePreferences.getState().careMode).toBe(false);
});

test('the switch in 我的 is still there and says the same state as 首页', async () => {
  usePreferences.getState().setCareMode(true);
  await renderPage(MinePage);
  expect(screen.getByRole('checkbox', { name: /关怀模式/ })).toHaveAttribute('aria-checked', 'true');
});

test('the 首页 switch works from the keyboard with Enter and Space', async () => {
  await renderPage(HomePage);
  await settle();
  // The key goes to the switch itself; the real keyboard path (Tab, then the key) is in a11y.e2e.ts.
  fireEvent.keyDown(screen.getByRole('switch', { name: '关怀模式' }), { key: 'Enter' });
  expect(usePreferences.getState().careMode).toBe(true);
  fireEvent.keyDown(screen.getByRole('switch', { name: '关怀模式' }), { key: ' ' });
  expect(usePreferences.getState().careMode).toBe(false);
});
