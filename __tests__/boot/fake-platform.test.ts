import { createFakePlatform, type Platform } from '../../scripts/boot/fake-platform';
import { SandboxTimers } from '../../scripts/boot/timers';

/** The fake `wx` / `my` on its own, where its answers are the platforms' documented ones. */
function fake(platform: Platform) {
  const problems: string[] = [];
  const timers = new SandboxTimers((source, error) => problems.push(`${source}: ${String(error)}`));
  const { api, calls } = createFakePlatform(platform, {
    timers,
    routes: new Set(['pages/index/index', 'pages/detail/index']),
    tabRoutes: new Set(['pages/index/index']),
    onProblem: (name, message) => problems.push(`${name}: ${message}`),
  });
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = api[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not in the fake ${platform}`);
    return (fn as (...inner: unknown[]) => unknown)(...args);
  };
  return { call, calls, problems, timers };
}

test('the fake wx answers a missing storage key with an empty string, as WeChat does', () => {
  expect(fake('weapp').call('getStorageSync', 'nothing')).toBe('');
});

test('the fake wx hands back a copy of what was stored, not the stored object', () => {
  const { call } = fake('weapp');
  const stored = { balance: 100 };
  call('setStorageSync', 'account', stored);
  stored.balance = 0;
  expect(call('getStorageSync', 'account')).toEqual({ balance: 100 });
});

test("the fake my refuses a value above Alipay's 200 KB per key and reports it", () => {
  const { call, problems } = fake('alipay');
  call('setStorageSync', { key: 'db', data: 'x'.repeat(210 * 1024) });
  expect([call('getStorageSync', { key: 'db' }), problems]).toEqual([
    { data: null },
    [expect.stringContaining('exceeds the storage limit of alipay')],
  ]);
});

test('navigateTo a page that is not registered fails through its callback and is reported', async () => {
  const { call, problems, timers } = fake('weapp');
  const fail = jest.fn();
  call('navigateTo', { url: '/pages/nowhere/index', fail });
  await timers.settle(1000);
  expect([fail.mock.calls[0]?.[0], problems]).toEqual([
    { errMsg: 'navigateTo:fail page "pages/nowhere/index" is not found' },
    [expect.stringContaining('is not found')],
  ]);
});

test('wx.request answers 404 JSON and is recorded', async () => {
  const { call, calls, timers } = fake('weapp');
  const success = jest.fn();
  call('request', { url: 'http://127.0.0.1:9527/api/session', method: 'GET', success });
  await timers.settle(1000);
  expect([success.mock.calls[0]?.[0]?.statusCode, calls[0]]).toEqual([
    404,
    {
      api: 'request',
      args: [{ url: 'http://127.0.0.1:9527/api/session', method: 'GET', success: '[function]' }],
    },
  ]);
});
