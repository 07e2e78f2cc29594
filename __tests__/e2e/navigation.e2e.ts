/**
 * The H5 shell's way back: the navigation bar every non-tab page gets from the page frame and its
 * page config, 首页 when there is no history, and Back that never leaves a blank page.
 */
import type { Locator, Page } from 'playwright-core';
import { freshDevicePerTest } from './support/device';
import { appRoutes, openApp, routeOf, signIn, type AppRoute } from './support/app';

jest.setTimeout(180_000);

const device = freshDevicePerTest();

/**
 * The bar of the page on top: the last in the document. While a page slides in, the one below it
 * is still shown, bar and all.
 */
const bar = (page: Page): Locator => page.getByRole('navigation', { name: '页面导航' }).last();

/** Opens a route as a fresh start: a deep link, or a reload, leaves no page to go back to. */
async function openFresh(page: Page, route: string): Promise<void> {
  await openApp(page, device.h5.server.url, route);
  await page.reload();
}

/** Waits until the bar names the page the app ended on (a gate may redirect, e.g. to 温馨提示). */
async function settledTitle(page: Page, routes: AppRoute[]): Promise<AppRoute> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = routes.find((entry) => entry.route === routeOf(page.url()));
    // The bars shown now, read without waiting: one may be on its way out.
    const bars = await page.getByRole('navigation', { name: '页面导航' }).allInnerTexts();
    // A bar reads "返回" or "首页", then the title.
    if (shown && bars.at(-1)?.split('\n').at(-1)?.trim() === shown.title) return shown;
    if (Date.now() > deadline) {
      throw new Error(`the bar of ${routeOf(page.url())} does not show its page config's title`);
    }
    await page.waitForTimeout(100);
  }
}

/** Back on a tab page: the page that slid away, bar and all, is gone. */
async function noBarShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[aria-label="页面导航"]')).every(
      (element) => (element as HTMLElement).offsetParent === null,
    ),
  );
}

/** The service entries a page offers right now, by their spoken names. */
async function entryLabels(page: Page): Promise<string[]> {
  const labels = await page
    .locator('.entry:visible')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  return labels.filter(Boolean);
}

test('tab pages have no navigation bar', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000001');
  const tabs = (await appRoutes(page)).filter((entry) => entry.tab);
  expect(tabs.length).toBe(3);
  for (const tab of tabs) {
    await openFresh(page, tab.route);
    // The tab bar's own labels show once the page is up.
    await page.getByText('我的', { exact: true }).last().waitFor();
    await page.waitForTimeout(400);
    expect(await page.getByRole('navigation', { name: '页面导航' }).count()).toBe(0);
  }
});

test('every non-tab page opened from a link shows its title and offers 首页, which goes home', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000001');
  const routes = await appRoutes(page);
  const pages = routes.filter((entry) => !entry.tab);
  expect(pages.length).toBeGreaterThan(15);
  for (const target of pages) {
    await openFresh(page, target.route);
    const shown = await settledTitle(page, routes);
    expect(shown.tab).toBe(false);
    await bar(page).getByRole('button', { name: '首页', exact: true }).waitFor();
    expect(await bar(page).getByRole('button', { name: '返回', exact: true }).count()).toBe(0);
  }
  await bar(page).getByRole('button', { name: '首页', exact: true }).click();
  await page.waitForURL((url) => routeOf(url.href) === '/pages/index/index');
  await page.getByText('个人账户余额（元）').waitFor();
});

test('every non-tab page has 返回 that goes where the person came from', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, '13800000001');
  const routes = await appRoutes(page);
  const visited = new Set<string>();
  for (const tab of routes.filter((entry) => entry.tab)) {
    await openFresh(page, tab.route);
    await page.locator('.entry:visible').first().waitFor();
    for (const label of await entryLabels(page)) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await page.waitForURL((url) => routeOf(url.href) !== tab.route);
      if (routes.some((entry) => entry.tab && entry.route === routeOf(page.url()))) {
        // An entry that switches tabs (首页's 更多) stacks nothing to go back from.
        await openFresh(page, tab.route);
        await page.getByRole('button', { name: label, exact: true }).waitFor();
        continue;
      }
      const opened = await settledTitle(page, routes);
      visited.add(opened.route);
      await bar(page).getByRole('button', { name: '返回', exact: true }).click();
      await page.waitForURL((url) => routeOf(url.href) === tab.route);
      await noBarShown(page);
      await page.getByRole('button', { name: label, exact: true }).waitFor();
    }
  }
  // The tabs' entries reach the notice, the money pages, the legal pages and the console.
  expect(visited.size).toBeGreaterThanOrEqual(8);
});

test('a visitor who opens the sign-in page from 我的 goes back with 返回, and from a link with 首页', async () => {
  const { page } = device;
  await openFresh(page, '/pages/mine/index');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await bar(page).getByText('登录', { exact: true }).waitFor();
  // A target a finger finds: at least 44 × 44 px, as the platforms' own bars give.
  const target = await bar(page).getByRole('button', { name: '返回', exact: true }).boundingBox();
  expect(target?.width).toBeGreaterThanOrEqual(44);
  expect(target?.height).toBeGreaterThanOrEqual(44);
  await bar(page).getByRole('button', { name: '返回', exact: true }).click();
  await page.getByText('您还未登录').waitFor();

  await openFresh(page, '/pages/auth/login/index');
  await bar(page).getByRole('button', { name: '首页', exact: true }).click();
  await page.waitForURL((url) => routeOf(url.href) === '/pages/index/index');
  await page.getByText('您还未登录').waitFor();
});

/** 陈建国 on the list of 共济关系, past the 温馨提示. */
async function openRelationsAsChen(page: Page): Promise<void> {
  await signIn(page, device.h5.server.url, '13800000001');
  await page.getByRole('button', { name: '亲情账号绑定/解绑' }).click();
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await page.getByRole('button', { name: /添加共济关系/ }).waitFor();
}

/**
 * Opens 添加共济关系 and goes back the moment the URL changes, ten times; answers the tries that
 * left the list hidden once the slide had finished.
 */
async function blankAfterQuickBack(page: Page, back: () => Promise<void>): Promise<number[]> {
  const add = page.getByRole('button', { name: /添加共济关系/ });
  const blank: number[] = [];
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await add.click();
    await page.waitForURL((url) => routeOf(url.href) === '/pages/family/add/index');
    await back();
    await page.waitForURL((url) => routeOf(url.href) === '/pages/family/relations/index');
    // Once no page slides any more, and past the router's own hide timer (350 ms after the form
    // opened): what stays is what the person sees, however slow the machine.
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' ||
            !(
              (animation.effect as KeyframeEffect | null)?.target instanceof Element &&
              (animation.effect as KeyframeEffect).target?.classList.contains('taro_page')
            ),
        ),
    );
    await page.waitForTimeout(400);
    if (!(await add.isVisible())) {
      blank.push(attempt);
      await page.reload();
      await add.waitFor();
    }
  }
  return blank;
}

test('the browser Back pressed at once after 添加共济关系 opens shows the list every time', async () => {
  const { page } = device;
  await openRelationsAsChen(page);
  expect(await blankAfterQuickBack(page, () => page.goBack().then(() => undefined))).toEqual([]);
});

test('返回 pressed at once after 添加共济关系 opens shows the list every time', async () => {
  const { page } = device;
  await openRelationsAsChen(page);
  const back = () => bar(page).getByRole('button', { name: '返回', exact: true }).click();
  expect(await blankAfterQuickBack(page, back)).toEqual([]);
});
