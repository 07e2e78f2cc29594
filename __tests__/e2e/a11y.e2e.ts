/**
 * Every route of app.config, as 陈建国 (粤医保) and 李卫东 (河南医保) and, for the pages that need a
 * relation, 周建军 (the seed's one relation), in normal and 关怀模式, on a phone and on a desktop:
 * axe-core with no serious or critical violation, and every control at least 44×44 CSS px.
 */
import type { Page } from 'playwright-core';
import { freshDevicePerTest } from './support/device';
import { openApp, signIn, snap } from './support/app';
import { axeViolations } from './support/axe';
import { openConsole, outcome } from './support/qa';

const device = freshDevicePerTest();
// A walk is some ninety page states: longer than one story, far shorter than a state per test.
jest.setTimeout(150_000);

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
}

/** The routes as app.config lists them, read the way the Taro CLI reads it (h5 demo). */
function appRoutes(): string[] {
  const globals = globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig };
  globals.defineAppConfig = (config) => config;
  process.env.TARO_ENV = 'h5';
  const config = (require('../../src/app.config') as { default: AppConfig }).default;
  return [
    ...config.pages,
    ...config.subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`)),
  ].map((route) => `/${route}`);
}

const ROUTES = appRoutes();
/**
 * 周建军's seeded relation and household member (→ 王大力), for the routes that take an id. Only his
 * walk uses them: the others see their own account's pages (使用记录 with its chart, not a
 * relation's records they may not read).
 */
const SEED_IDS: Record<string, string> = {
  '/pages/family/detail/index': 'id=relation-seed-1',
  '/pages/money/usage/index': 'relationId=relation-seed-1',
  '/pages/money/limit/index': 'relationId=relation-seed-1',
  '/pages/money/premium/index': 'relationId=relation-seed-1',
  '/pages/family/commitment/index': 'memberId=member-seed-1',
  '/pages/family/result/index': 'id=relation-seed-1&status=active',
};

const CHEN = '13800000001';
const LI = '13900000001';
const ZHOU_JIANJUN = '13900000003';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const MIN_TARGET = 44;

/**
 * Controls smaller than 44×44 CSS px. A link inside a running sentence is exempt (WCAG 2.5.5's
 * inline exception) and says so with data-inline-link.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      '[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],button,a[href],input[type=checkbox]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('[data-inline-link],[aria-hidden=true]'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.width > 0 && box.height > 0 && element.checkVisibility())
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(
        ({ element, box }) =>
          `${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 20)} ` +
          `${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, MIN_TARGET);
}

/** Waits until the page on top has drawn and nothing on it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const visible = (element: Element) => (element as HTMLElement).checkVisibility();
      const pages = [...document.querySelectorAll('.page')].filter(visible);
      const loading = [...document.querySelectorAll('.state--loading')].filter(visible);
      return pages.length > 0 && loading.length === 0;
    },
    undefined,
    { timeout: 10_000 },
  );
  // The router's slide-in: axe reads colours, which are blended while a page moves.
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

interface Finding {
  state: string;
  problems: string[];
}

/** Checks the page as it is now; answers what is wrong, named by the state. */
async function check(page: Page, state: string): Promise<Finding[]> {
  const problems = [
    ...(await axeViolations(page)),
    ...(await smallTargets(page)).map((target) => `touch target under 44 px: ${target}`),
  ];
  return problems.length > 0 ? [{ state, problems }] : [];
}

async function setCareMode(page: Page, on: boolean): Promise<void> {
  await openApp(page, device.h5.server.url, '/pages/mine/index');
  const careSwitch = page.getByRole('checkbox', { name: /关怀模式/ }).first();
  await careSwitch.waitFor();
  if ((await careSwitch.getAttribute('aria-checked')) !== String(on)) await careSwitch.click();
}

async function acceptNotice(page: Page): Promise<void> {
  await openApp(page, device.h5.server.url, '/pages/family/notice/index');
  const agree = page.getByRole('checkbox', { name: '【已阅读以上信息并同意】' });
  await agree.waitFor();
  await agree.click();
  await page.getByRole('button', { name: '我已阅读并同意' }).click();
  await settled(page);
}

/**
 * Loads the app afresh at `route`, so earlier pages are not in the way: the address changes without
 * the router seeing it (a hash change would draw the page once before the reload draws it again).
 */
async function freshLoadAt(page: Page, route: string): Promise<boolean> {
  await page.evaluate((hash) => history.replaceState(null, '', hash), `#${route}`);
  await page.reload();
  return settled(page).then(
    () => true,
    () => false,
  );
}

/** Every route, in both modes and both sizes; one fresh load so earlier pages are not in the way. */
async function walk(
  page: Page,
  who: string,
  routes = ROUTES,
  ids: Record<string, string> = {},
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const careMode of [false, true]) {
    await setCareMode(page, careMode);
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      for (const route of routes) {
        const query = ids[route];
        const state = `${who} ${careMode ? '关怀模式' : '普通'} ${size.width}px ${route}`;
        // A page still loading after the wait is a dead end for the person as well.
        if (await freshLoadAt(page, query ? `${route}?${query}` : route)) {
          findings.push(...(await check(page, state)));
        } else findings.push({ state, problems: ['still loading after 10 s'] });
      }
    }
  }
  return findings;
}

test('every page passes axe-core with large enough targets for 陈建国 in 粤医保', async () => {
  await signIn(device.page, device.h5.server.url, CHEN);
  await acceptNotice(device.page);
  expect(await walk(device.page, '陈建国')).toEqual([]);
});

test('every page passes axe-core with large enough targets for 李卫东 in 河南医保', async () => {
  await signIn(device.page, device.h5.server.url, LI);
  await acceptNotice(device.page);
  expect(await walk(device.page, '李卫东')).toEqual([]);
});

test('the pages of a bound relation pass axe-core for 周建军, the unbind dialog open too', async () => {
  const { page } = device;
  await signIn(page, device.h5.server.url, ZHOU_JIANJUN);
  await acceptNotice(page);
  const findings = await walk(page, '周建军', Object.keys(SEED_IDS), SEED_IDS);
  for (const careMode of [false, true]) {
    await setCareMode(page, careMode);
    await freshLoadAt(page, `/pages/family/detail/index?${SEED_IDS['/pages/family/detail/index']}`);
    await page.getByRole('button', { name: /解绑/ }).first().click();
    await page.getByRole('dialog').waitFor();
    findings.push(...(await check(page, `周建军 ${careMode ? '关怀模式' : '普通'} 解绑对话框`)));
  }
  expect(findings).toEqual([]);
});

/** Makes every request fail, from the QA console's 故障 section. */
async function failEveryRequest(page: Page): Promise<void> {
  await openConsole(page, '故障');
  await page.getByLabel('失败率（%）').fill('100');
  await page.getByLabel('最短延迟（毫秒）').fill('0');
  await page.getByLabel('最长延迟（毫秒）').fill('0');
  await page.getByRole('button', { name: '应用', exact: true }).click();
  await outcome(page, '已应用：100% 的请求失败');
}

test('an error state from the QA console’s fault injection passes axe-core in both modes', async () => {
  const { page } = device;
  await page.setViewportSize(DESKTOP);
  await signIn(page, device.h5.server.url, CHEN);
  await failEveryRequest(page);
  const findings: Finding[] = [];
  for (const careMode of [false, true]) {
    await setCareMode(page, careMode);
    await openApp(page, device.h5.server.url, '/pages/money/usage/index');
    await page.getByRole('button', { name: '重试' }).last().waitFor();
    await snap(page, `a11y-error-${careMode ? 'care' : 'normal'}`);
    findings.push(...(await check(page, `陈建国 ${careMode ? '关怀模式' : '普通'} 网络错误`)));
  }
  expect(findings).toEqual([]);
});

/** The spoken name of what has the keyboard focus now. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim();
  });
}

/** Presses Tab until the control called `name` has the focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  const matches = (text: string) => text === name;
  const seen: string[] = [];
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedName(page);
    if (matches(focused)) return;
    seen.push(focused);
  }
  throw new Error(`Tab never reached ${name}; it went through: ${seen.join(' | ')}`);
}

test('on a desktop 首页 and the add form are reached and worked with the keyboard alone', async () => {
  const { page } = device;
  await page.setViewportSize(DESKTOP);
  await signIn(page, device.h5.server.url, CHEN);
  await openApp(page, device.h5.server.url, '/pages/index/index');
  await page.reload();
  await settled(page);

  await tabTo(page, '关怀模式');
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: '关怀模式' }).getAttribute('aria-checked')).resolves.toBe(
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('switch', { name: '关怀模式' }).getAttribute('aria-checked')).resolves.toBe(
    'false',
  );

  await tabTo(page, '亲情账号绑定/解绑');
  await page.keyboard.press('Enter');
  await tabTo(page, '【已阅读以上信息并同意】');
  await page.keyboard.press('Space');
  await tabTo(page, '我已阅读并同意');
  await page.keyboard.press('Enter');
  await tabTo(page, '＋ 添加共济关系');
  await page.keyboard.press('Enter');

  await tabTo(page, '姓名');
  await page.keyboard.type('周玉兰');
  await tabTo(page, '身份证号');
  await page.keyboard.type('440106194506103028');
  await tabTo(page, '与您的关系：请选择');
  await page.keyboard.press('Enter');
  await tabTo(page, '父母');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: '与您的关系：母亲' }).waitFor();
  // The back end's eligibility check comes first; the face check appears after it.
  await page.getByRole('button', { name: '开始人脸验证' }).waitFor();
  await tabTo(page, '开始人脸验证');
  await page.keyboard.press('Enter');
  // 拍照并验证 is enabled, and so in the tab order, once the camera gives its first frame.
  await page.getByRole('button', { name: '拍照并验证', disabled: false }).waitFor();
  await tabTo(page, '拍照并验证');
  await page.keyboard.press('Enter');
  await page.getByText('人脸验证已通过').waitFor();
  await snap(page, 'a11y-keyboard-add-form');
});
