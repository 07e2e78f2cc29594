import fs from 'node:fs';
import path from 'node:path';
import { EXPECTED_TEXTS, type Expectations } from './expectations';
import type { Platform } from './fake-platform';
import { bootMiniProgram, type BootFailure, type BootReport } from './harness';
import { isRecord } from './values';

/**
 * `npm run test:boot` (after the builds): boots the demo (dist/weapp, dist/alipay) and the release
 * (dist/release/weapp, dist/release/alipay) builds in a fake `wx` / `my`, prints each page and
 * ends with one summary line; exits 1 when anything failed or a build is missing.
 *
 *   --dist DIR --platform weapp|alipay [--expect FILE]   boot one folder (the tests' fixtures);
 *                                                        FILE is JSON { route: [text, …] },
 *                                                        else the table of expectations.ts
 *   --json                                               print the reports as JSON instead
 */
const root = path.resolve(__dirname, '..', '..');

interface Target {
  distDir: string;
  platform: Platform;
  expectations: Expectations;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function readExpectations(file: string): Expectations {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!isRecord(json)) throw new Error(`${file} must be an object of route → texts`);
  return Object.fromEntries(
    Object.entries(json).map(([route, texts]) => [
      route,
      Array.isArray(texts) ? texts.filter((text): text is string => typeof text === 'string') : [],
    ]),
  );
}

function targets(): Target[] {
  const dist = argument('--dist');
  if (dist === undefined) {
    // The demo builds and the release builds (dist/release/<platform>, as npm test makes them).
    return (['weapp', 'alipay'] as const).flatMap((platform) =>
      [path.join(root, 'dist', platform), path.join(root, 'dist', 'release', platform)].map((distDir) => ({
        distDir,
        platform,
        expectations: EXPECTED_TEXTS,
      })),
    );
  }
  const platform = argument('--platform');
  if (platform !== 'weapp' && platform !== 'alipay') throw new Error('--platform must be weapp or alipay');
  const expect = argument('--expect');
  return [
    {
      distDir: path.resolve(dist),
      platform,
      expectations: expect ? readExpectations(expect) : EXPECTED_TEXTS,
    },
  ];
}

function describeFailure(failure: BootFailure): string {
  const [first, ...rest] = failure.message.split('\n');
  return [`      ✕ ${failure.stage}: ${first}`, ...rest.map((line) => `        ${line.trim()}`)].join('\n');
}

function printReport(report: BootReport): void {
  const where = report.distDir.startsWith(root) ? path.relative(root, report.distDir) : report.distDir;
  console.log(`\n${report.platform} (${where})`);
  const appFailures = report.failures.filter(
    (failure) => failure.route === null || !report.pages.some((page) => page.route === failure.route),
  );
  for (const failure of appFailures) console.log(describeFailure(failure));
  for (const page of report.pages) {
    const mark = page.failures.length === 0 ? '✓' : '✕';
    const kind = page.tab ? 'tab' : page.subpackage ? `subpackage ${page.subpackage}` : 'page';
    const size =
      page.firstRenderBytes === null
        ? 'no render'
        : `first render ${(page.firstRenderBytes / 1024).toFixed(1)} KB`;
    console.log(`  ${mark} ${page.route}  (${kind}; ${page.setDataCalls} setData, ${size})`);
    for (const failure of page.failures) console.log(describeFailure(failure));
  }
  for (const entry of report.console) {
    console.log(
      `    console.${entry.level} in ${entry.route ?? 'app'} (not a failure): ${entry.message.split('\n')[0]}`,
    );
  }
}

/** `weapp demo`, `weapp release`, or the bare platform for a folder given with --dist. */
function label(report: BootReport): string {
  if (report.distDir === path.join(root, 'dist', 'release', report.platform))
    return `${report.platform} release`;
  if (report.distDir === path.join(root, 'dist', report.platform)) return `${report.platform} demo`;
  return report.platform;
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const reports: BootReport[] = [];
  const missing: string[] = [];
  for (const target of targets()) {
    if (!fs.existsSync(path.join(target.distDir, 'app.json'))) {
      missing.push(`${target.distDir} has no app.json: build it first (npm test builds every one)`);
      continue;
    }
    reports.push(await bootMiniProgram(target));
  }
  const pages = reports.flatMap((report) => report.pages);
  const failedPages = pages.filter((page) => page.failures.length > 0).length;
  const failures = reports.reduce((sum, report) => sum + report.failures.length, 0);
  if (json) {
    console.log(JSON.stringify({ reports, missing }, null, 2));
  } else {
    reports.forEach(printReport);
    missing.forEach((message) => console.error(`\n✕ ${message}`));
    const perTarget = reports
      .map(
        (report) =>
          `${label(report)} ${report.pages.filter((page) => page.failures.length === 0).length}/${report.pages.length}`,
      )
      .join(', ');
    console.log(
      `\nboot: ${pages.length - failedPages} pages passed, ${failedPages} failed, ${failures} failures in all (${perTarget || 'nothing booted'})${missing.length > 0 ? `, ${missing.length} build(s) missing` : ''}`,
    );
  }
  return failures > 0 || missing.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
