import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BootFailure, BootReport } from '../../scripts/boot/harness';

/**
 * The boot harness against hand-written broken builds. It runs in a child process, as
 * `npm run test:boot` does: an unhandled rejection inside the sandbox is only visible to the
 * process's own `unhandledRejection` listener, which jest keeps for itself.
 */
const root = path.resolve(__dirname, '..', '..');
const fixtures = path.join(__dirname, 'fixtures');

interface Run {
  status: number | null;
  stdout: string;
}

function runHarness(fixture: string, platform: 'weapp' | 'alipay', json: boolean): Run {
  const dist = path.join(fixtures, fixture);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/boot/run.ts',
      '--dist',
      dist,
      '--platform',
      platform,
      '--expect',
      path.join(dist, 'expected-texts.json'),
      ...(json ? ['--json'] : []),
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout };
}

function reportOf(run: Run): BootReport {
  const { reports } = JSON.parse(run.stdout) as { reports: BootReport[] };
  return reports[0];
}

function failuresOf(report: BootReport, route: string): BootFailure[] {
  return report.failures.filter((failure) => failure.route === route);
}

describe('booting a broken WeChat build', () => {
  let report: BootReport;
  beforeAll(() => {
    report = reportOf(runHarness('broken-weapp', 'weapp', true));
  }, 60_000);

  test('a healthy tab page boots without failures', () => {
    expect(failuresOf(report, 'pages/home/index')).toEqual([]);
  });

  test('a page that throws in onLoad is reported with its error', () => {
    expect(failuresOf(report, 'pages/throws/index')).toEqual([
      expect.objectContaining({ stage: 'onLoad', message: expect.stringContaining('throws in onLoad') }),
    ]);
  });

  test('a tab page whose first render lacks its expected text is reported with what it showed', () => {
    expect(failuresOf(report, 'pages/blank/index')).toEqual([
      expect.objectContaining({
        stage: 'first render',
        message: expect.stringMatching(/lacks 业务办理.*加载中/),
      }),
    ]);
  });

  test('a promise rejection nobody handles is reported against the page that caused it', () => {
    expect(failuresOf(report, 'pages/rejects/index')).toEqual([
      expect.objectContaining({
        stage: 'unhandled promise rejection',
        message: expect.stringContaining('rejected and never handled'),
      }),
    ]);
  });

  test('an error thrown later in a setTimeout callback is reported', () => {
    expect(failuresOf(report, 'pages/late-error/index')).toEqual([
      expect.objectContaining({
        stage: 'setTimeout callback',
        message: expect.stringContaining('thrown later in a timer'),
      }),
    ]);
  });

  test('a page listed in app.json without a script is reported', () => {
    expect(failuresOf(report, 'pages/missing/index')).toEqual([
      expect.objectContaining({
        stage: 'script',
        message: expect.stringContaining('missing from the build'),
      }),
    ]);
  });

  test('a subpackage page loads its own chunk through a relative require', () => {
    const detail = report.pages.find((page) => page.route === 'sub/detail/index');
    expect(detail).toMatchObject({ subpackage: 'sub', failures: [], text: '详情' });
  });

  test('every setData payload of a page is recorded in order', () => {
    const payloads = report.setData
      .filter((entry) => entry.target === 'pages/home/index')
      .map((entry) => entry.payload);
    expect(payloads).toEqual([{ 'root.cn': [expect.anything()] }, { 'root.cn[1]': expect.anything() }]);
  });

  test('storage written by the app at launch is read back by a page', () => {
    expect(report.pages.find((page) => page.route === 'pages/home/index')?.text).toBe('家庭共济\n欢迎回来');
  });
});

describe('booting a broken Alipay build', () => {
  let report: BootReport;
  beforeAll(() => {
    report = reportOf(runHarness('broken-alipay', 'alipay', true));
  }, 60_000);

  test("a page reads what the app stored through my's object-style storage", () => {
    expect(report.pages.find((page) => page.route === 'pages/home/index')).toMatchObject({
      failures: [],
      text: '欢迎回来',
    });
  });

  test('a page that throws in onLoad is reported', () => {
    expect(failuresOf(report, 'pages/throws/index')).toEqual([
      expect.objectContaining({
        stage: 'onLoad',
        message: expect.stringContaining('throws in onLoad on Alipay'),
      }),
    ]);
  });

  test('a tab page whose first render is empty is reported', () => {
    expect(failuresOf(report, 'pages/blank/index')).toEqual([
      expect.objectContaining({ stage: 'first render', message: expect.stringContaining('lacks 业务办理') }),
    ]);
  });
});

test('the command exits non-zero and ends with a summary line counting the failed pages', () => {
  const run = runHarness('broken-alipay', 'alipay', false);
  expect(run.status).toBe(1);
  expect(run.stdout.trim().split('\n').at(-1)).toBe(
    'boot: 1 pages passed, 2 failed, 2 failures in all (alipay 1/3)',
  );
}, 60_000);
