import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QaConsole } from '@/features/qa';
import MinePage from '@/pages/mine/index';
import { installBackend, lastNavigation, renderPage } from '../../support/render';

test('我的 in the H5 build leads to the 测试控制台', async () => {
  installBackend();
  await renderPage(MinePage);
  await userEvent.click(screen.getByRole('button', { name: '测试控制台' }));
  expect(lastNavigation()).toEqual({ kind: 'navigateTo', url: '/pages/qa/console/index' });
});

test('beside the app the console offers no way back to an app already in view', async () => {
  installBackend();
  render(<QaConsole visit={1} beside />);
  expect(screen.getByRole('tab', { name: '审核' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '返回应用首页' })).toBeNull();
});

test('as a page the console leads back to the app’s home', async () => {
  installBackend();
  render(<QaConsole visit={1} />);
  await userEvent.click(screen.getByRole('button', { name: '返回应用首页' }));
  expect(lastNavigation()).toEqual({ kind: 'switchTab', url: '/pages/index/index' });
});
