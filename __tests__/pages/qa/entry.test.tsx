import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DesktopAside } from '@/ui/DesktopFrame';
import MinePage from '@/pages/mine/index';
import { installBackend, lastNavigation, renderPage, taroTesting } from '../../support/render';

/** The page stack the jest Taro shim reports through getCurrentPages. */
const pageStack = (taroTesting as unknown as { pageStack: { route: string; options: object }[] }).pageStack;

test('我的 in the H5 build leads to the 测试控制台', async () => {
  installBackend();
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('button', { name: '测试控制台' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/qa/console/index' });
});

test('the desktop aside opens the console beside the phone column', async () => {
  render(<DesktopAside />);
  expect(screen.getByRole('complementary', { name: '测试工具' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '打开测试控制台' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/qa/console/index' });
});

test('the desktop aside does not open a second console over the first', async () => {
  pageStack.push({ route: 'pages/qa/console/index', options: {} });
  render(<DesktopAside />);
  await userEvent.click(screen.getByRole('button', { name: '打开测试控制台' }));
  expect(lastNavigation()).toBeUndefined();
});
