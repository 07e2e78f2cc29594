import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NavigationBar, readBarState } from '@/features/shell/components/NavigationBar';
import { Page } from '@/features/shell';
import { lastNavigation, taroTesting } from '../../support/render';

/** The page stack the jest Taro shim reports through getCurrentPages. */
const pageStack = (taroTesting as unknown as { pageStack: object[] }).pageStack;

beforeEach(() => {
  taroTesting.reset();
});

/** The page stack as Taro's H5 router keeps it: page instances with their path and page config. */
function stack(...pages: { path: string; title?: string }[]): void {
  pageStack.splice(
    0,
    pageStack.length,
    ...pages.map(({ path, title }) => ({
      path: `${path}?stamp=1`,
      options: {},
      config: title === undefined ? {} : { navigationBarTitleText: title },
    })),
  );
}

test('a page opened from another is titled from its page config and offers 返回', () => {
  stack(
    { path: '/pages/family/relations/index', title: '门诊共济关系绑定/解绑' },
    {
      path: '/pages/family/add/index',
      title: '添加共济关系',
    },
  );
  expect(readBarState()).toEqual({ title: '添加共济关系', canGoBack: true });
});

test('a page opened by a link, with nothing below it, offers 首页 instead of 返回', () => {
  stack({ path: '/pages/auth/login/index', title: '登录' });
  expect(readBarState()).toEqual({ title: '登录', canGoBack: false });
});

test('a tab page gets no bar', () => {
  stack({ path: '/pages/services/index', title: '业务办理' });
  expect(readBarState()).toBeNull();
});

test('返回 goes back to the page the person came from', async () => {
  stack(
    { path: '/pages/mine/index', title: '我的' },
    { path: '/pages/legal/privacy/index', title: '隐私政策' },
  );
  render(<NavigationBar title="隐私政策" canGoBack />);
  expect(
    within(screen.getByRole('navigation', { name: '页面导航' })).getByText('隐私政策'),
  ).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '返回' }));
  expect(lastNavigation()?.kind).toBe('navigateBack');
});

test('首页 switches to the home tab', async () => {
  render(<NavigationBar title="登录" canGoBack={false} />);
  expect(screen.queryByRole('button', { name: '返回' })).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: '首页' }));
  expect(lastNavigation()).toEqual({ kind: 'switchTab', url: '/pages/index/index' });
});

test('outside H5 the page frame draws no bar: the mini-program draws its own from the page config', () => {
  stack(
    { path: '/pages/mine/index', title: '我的' },
    { path: '/pages/legal/privacy/index', title: '隐私政策' },
  );
  render(<Page>内容</Page>);
  expect(screen.getByText('内容')).toBeInTheDocument();
  expect(screen.queryByRole('navigation')).toBeNull();
});

test('返回 is in the tab order and Enter presses it, as on a desktop keyboard', async () => {
  stack(
    { path: '/pages/mine/index', title: '我的' },
    { path: '/pages/legal/privacy/index', title: '隐私政策' },
  );
  render(<NavigationBar title="隐私政策" canGoBack />);
  const back = screen.getByRole('button', { name: '返回' });
  expect(back).toHaveAttribute('tabindex', '0');
  // The key goes to the control itself; Tab reaching it is in a11y.e2e.ts.
  fireEvent.keyDown(back, { key: 'Enter' });
  expect(lastNavigation()?.kind).toBe('navigateBack');
});

test('首页 is in the tab order and Enter presses it', async () => {
  stack({ path: '/pages/auth/login/index', title: '登录' });
  render(<NavigationBar title="登录" canGoBack={false} />);
  const home = screen.getByRole('button', { name: '首页' });
  expect(home).toHaveAttribute('tabindex', '0');
  // The key goes to the control itself; Tab reaching it is in a11y.e2e.ts.
  fireEvent.keyDown(home, { key: 'Enter' });
  expect(lastNavigation()).toEqual(expect.objectContaining({ url: '/pages/index/index' }));
});
