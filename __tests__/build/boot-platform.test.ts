/**
 * The release mini-programs booted signed in against the mock back end, with a fake wx / my that
 * refuses the way the real ones do (docs/boot-harness.md): WeChat's privacy check on the photo
 * picker, Alipay's 4xx-as-fail requests and its uploadFile that needs fileType. A person fills in
 * the 添加共济关系 form and takes a photo; the pages must say what happened.
 */
import { bootMiniProgram, type BootOptions } from '../../scripts/boot/harness';
import type { Platform } from '../../scripts/boot/fake-platform';
import { distOf } from './support/dist';
import { signedInAs } from './support/signed-in';
import { TAKE_FIRST_PHOTO } from './support/actions';

const ADD = 'pages/family/add/index';
const RELATIONS = 'pages/family/relations/index';

// Each boot runs every page of the build to its quiet point.
jest.setTimeout(60_000);

/** WeChat APIs its documents mark deprecated, with what replaces them: chooseMedia, getWindowInfo … */
const WECHAT_DEPRECATED = ['chooseImage', 'getSystemInfoSync', 'getSystemInfo', 'getSystemInfoAsync'];

const SIGNED_IN_TABS = {
  'pages/index/index': ['陈*国', '个人账户余额'],
  'pages/services/index': ['业务办理'],
  'pages/mine/index': ['退出登录'],
};

async function boot(platform: Platform, options: Partial<BootOptions> = {}) {
  const world = await signedInAs('13800000001', 'guangdong');
  const report = await bootMiniProgram({
    distDir: distOf(platform, 'release'),
    platform,
    expectations: { ...SIGNED_IN_TABS, ...options.expectations },
    network: world.network,
    storage: world.storage,
    settleMs: 2000,
    ...options,
  });
  const page = (route: string) => report.pages.find((candidate) => candidate.route === route);
  return { report, page };
}

test.each(['weapp', 'alipay'] as const)(
  'every page of the %s release build boots signed in without a failure',
  async (platform) => {
    const { report } = await boot(platform);
    expect(report.pages.length).toBeGreaterThan(15);
    expect(report.failures).toEqual([]);
  },
  60_000,
);

test('on WeChat, a photo slot refused for privacy tells the person why and how to allow it', async () => {
  const { page } = await boot('weapp', {
    privacy: { agreed: false, answer: 'disagree' },
    actions: { [ADD]: [...TAKE_FIRST_PHOTO, { tap: '不同意' }] },
  });
  expect(page(ADD)?.failures).toEqual([]);
  expect(page(ADD)?.text).toContain('您还没有同意《家庭共济小程序隐私保护指引》');
});

test('on WeChat, agreeing to the privacy guide in the app lets the photo go up', async () => {
  const { page, report } = await boot('weapp', {
    privacy: { agreed: false, answer: 'agree' },
    actions: { [ADD]: [...TAKE_FIRST_PHOTO, { event: 'agreeprivacyauthorization', on: '同意' }] },
  });
  expect(page(ADD)?.text).toContain('重拍');
  expect(report.apiCalls.map((call) => call.api)).toEqual(
    expect.arrayContaining(['chooseMedia', 'uploadFile']),
  );
  const called = report.apiCalls.map((call) => call.api);
  expect(called.filter((api) => WECHAT_DEPRECATED.includes(api))).toEqual([]);
});

test('on Alipay, a photo goes up: the upload says it is an image', async () => {
  const { page } = await boot('alipay', { actions: { [ADD]: TAKE_FIRST_PHOTO } });
  expect(page(ADD)?.failures).toEqual([]);
  expect(page(ADD)?.text).toContain('重拍');
});

test('on Alipay, a refusal of the back end reaches the person in its own words', async () => {
  const world = await signedInAs('13800000001', 'guangdong');
  const refusal = '测试：该业务暂停办理，请到线下窗口办理';
  const { page } = await boot('alipay', {
    storage: world.storage,
    network: (request) =>
      request.path.startsWith('/api/family/relations')
        ? Promise.resolve({ status: 400, body: { code: 'SERVICE_SUSPENDED', message: refusal } })
        : world.network(request),
    expectations: { [RELATIONS]: [refusal] },
  });
  expect(page(RELATIONS)?.failures).toEqual([]);
});

test('on Alipay, a session the back end ended (401) sends the person to sign in again', async () => {
  const world = await signedInAs('13800000001', 'guangdong');
  const { page } = await boot('alipay', {
    storage: world.storage,
    network: () =>
      Promise.resolve({ status: 401, body: { code: 'UNAUTHORIZED', message: '登录已过期，请重新登录' } }),
    expectations: { 'pages/index/index': ['您还未登录'], 'pages/auth/login/index': ['登录已过期'] },
  });
  expect(page('pages/index/index')?.failures).toEqual([]);
  expect(page('pages/auth/login/index')?.failures).toEqual([]);
});
