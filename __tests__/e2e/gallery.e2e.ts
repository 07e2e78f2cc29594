/**
 * A screenshot of every page the build registers (app.config's pages and sub-packages, read from
 * the running app, so a page someone adds is shot without touching this file): signed out once,
 * as 陈建国 (粤医保) and as 李卫东 (河南医保), on a phone (390×844) and on QA's desktop (1440×900).
 * Into artifacts/gallery/<region>-<device>-<route>.png. A page that shows nothing, 页面不存在 or a
 * console error fails the walk, naming the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './support/browser';
import { freshDevicePerTest } from './support/device';
import { appRoutes, openApp, routeOf, signIn, type AppRoute } from './support/app';
import type { DeviceKind } from './support/browser';

jest.setTimeout(180_000);

const GALLERY = path.join(ARTIFACTS, 'gallery');

interface Walk {
  region: string;
  /** The persona's phone; none for the signed-out walk. */
  phone?: string;
  name?: string;
}

const WALKS: readonly Walk[] = [
  { region: 'signed-out' },
  { region: 'yue', phone: '13800000001', name: '陈建国' },
  { region: 'henan', phone: '13900000001', name: '李卫东' },
];

/** `/pages/family/household/member/index` → `family-household-member` */
const routeName = (route: string) =>
  route
    .replace(/^\/pages\//, '')
    .replace(/\/index$/, '')
    .replace(/\//g, '-');

interface PersonData {
  relationId?: string;
  relationStatus?: string;
  memberId?: string;
}

/**
 * The signed-in person's own records, from the embedded back end's saved state: a relation they
 * are part of and a member of their household, for the pages that show one by its id.
 */
async function personData(page: Page, name: string): Promise<PersonData> {
  return page.evaluate((personName) => {
    interface SavedState {
      persons: { personId: string; name: string }[];
      relations: { id: string; status: string; sponsorId: string; beneficiaryId: string }[];
      households: { ownerId: string; members: { id: string; personId: string }[] }[];
    }
    const saved = window.localStorage.getItem('family-mock-state');
    if (!saved) return {};
    const wrapped = JSON.parse(saved) as { data: string };
    const state = JSON.parse(wrapped.data) as SavedState;
    const me = state.persons.find((person) => person.name === personName)?.personId;
    const relation = state.relations.find((entry) => entry.sponsorId === me || entry.beneficiaryId === me);
    const household = state.households.find(
      (entry) => entry.ownerId === me || entry.members.some((member) => member.personId === me),
    );
    return {
      relationId: relation?.id,
      relationStatus: relation?.status,
      memberId: household?.members[0]?.id,
    };
  }, name);
}

function routeUrl(route: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${route}?${query}` : route;
}

/** The query a page that shows one record needs, from the person's data (none when they have none). */
function paramsFor(route: string, data: PersonData): Record<string, string> {
  const given = (params: Record<string, string | undefined>) =>
    Object.fromEntries(
      Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
  switch (routeName(route)) {
    case 'family-detail':
      return given({ id: data.relationId });
    case 'family-result':
      return given({ id: data.relationId, status: data.relationStatus });
    case 'money-limit':
      return given({ relationId: data.relationId });
    case 'family-commitment':
      return given({ memberId: data.memberId });
    default:
      return {};
  }
}

/** Waits for the page on top to be the route asked for, and for its slide-in to end. */
async function settled(page: Page, route: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'));
    const shown = pages.filter((element) => element.offsetParent !== null || element.offsetHeight > 0);
    const top = shown[shown.length - 1];
    return (
      top !== undefined &&
      top.id.split('?')[0] === wanted &&
      document.getAnimations().every((animation) => animation.playState !== 'running')
    );
  }, route);
  // What the page asks the back end for first lands within a frame or two of the embedded back end.
  await page.waitForLoadState('networkidle');
}

/** What the page on top shows besides its navigation bar. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
      (element) => element.offsetParent !== null || element.offsetHeight > 0,
    );
    const top = pages[pages.length - 1];
    if (!top) return '';
    const bar = top.querySelector<HTMLElement>('[aria-label="页面导航"]');
    return top.innerText.replace(bar?.innerText ?? '', '').trim();
  });
}

/** Throws, naming the shot, when the page on top is empty, says 页面不存在 or something logged an error. */
async function expectShown(page: Page, consoleErrors: string[], file: string): Promise<void> {
  const text = await shownText(page);
  if (!text) throw new Error(`${file}: the page shows nothing`);
  if (text.includes('页面不存在')) throw new Error(`${file}: 页面不存在`);
  if (consoleErrors.length > 0) throw new Error(`${file}: ${consoleErrors.join('\n')}`);
}

async function walk(page: Page, consoleErrors: string[], device: DeviceKind, who: Walk, url: string) {
  await openApp(page, url);
  await page
    .getByText(/您还未登录|个人账户余额（元）/)
    .first()
    .waitFor();
  if (who.phone) await signIn(page, url, who.phone);
  const data = who.name ? await personData(page, who.name) : {};
  const routes: AppRoute[] = await appRoutes(page);
  expect(routes.length).toBeGreaterThan(15);
  for (const { route } of routes) {
    const file = `${who.region}-${device}-${routeName(route)}.png`;
    // Only the hash changes: the back end in memory and the session stay, as when a person follows a link.
    await page.evaluate(
      (target) => {
        window.location.hash = `#${target}`;
      },
      routeUrl(route, paramsFor(route, data)),
    );
    await settled(page, route);
    expect(routeOf(page.url())).toBe(route);
    await expectShown(page, consoleErrors, file);
    await page.screenshot({ path: path.join(GALLERY, file) });
  }
}

beforeAll(() => {
  fs.mkdirSync(GALLERY, { recursive: true });
});

describe('the walk’s own checks', () => {
  const device = freshDevicePerTest();

  test('catch an empty page, 页面不存在 and a console error', async () => {
    const { page } = device;
    await openApp(page, device.h5.server.url, '/pages/legal/privacy/index');
    await settled(page, '/pages/legal/privacy/index');
    await expect(expectShown(page, [], 'shown')).resolves.toBeUndefined();
    await expect(expectShown(page, ['planted'], 'logged')).rejects.toThrow('logged: planted');
    const body = page.locator('.taro_page:visible').last().locator('.legal');
    await body.evaluate((element) => {
      for (const child of Array.from(element.children)) {
        if (child.getAttribute('aria-label') !== '页面导航') child.remove();
      }
    });
    await expect(expectShown(page, [], 'empty')).rejects.toThrow('empty: the page shows nothing');
    await body.evaluate((element) => {
      element.textContent = '页面不存在';
    });
    await expect(expectShown(page, [], 'missing')).rejects.toThrow('missing: 页面不存在');
  });
});

for (const kind of ['phone', 'desktop'] as const) {
  describe(`on a ${kind}`, () => {
    const device = freshDevicePerTest({ kind });
    for (const who of WALKS) {
      test(`every page ${who.name ? `as ${who.name}` : 'signed out'} shows something, and is shot`, async () => {
        await walk(device.page, device.consoleErrors, kind, who, device.h5.server.url);
      });
    }
  });
}
