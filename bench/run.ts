import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAppManifest } from '../scripts/boot/app-json';
import { launchChromium, measureListNodes, measureLoad, type LoadMetrics } from './browser';
import { CONDITIONS, GOALS, HOME_TARGETS, USAGE_LIST } from './config';
import { median, toMarkdown, type ListResult, type LoadSeries, type Pair, type Results } from './report';
import { serveGzipped } from './serve';
import { usageListSetupScript } from './usage-list';
import { h5FirstLoad, miniProgramSizes } from './sizes';

/**
 * `npm run bench`: production builds of this app and of the bare-Taro baseline for WeChat, Alipay
 * and H5, their sizes, H5 paint timings under throttling, and the usage-record list's DOM size.
 * Writes bench/results.json and bench/results.md and prints the table. Not a gate.
 *
 *   --no-build   measure the dist folders as they are (to iterate on the bench itself)
 */
const root = path.resolve(__dirname, '..');
const projects = { app: root, baseline: path.join(__dirname, 'baseline') };
const TARGETS = ['weapp', 'alipay', 'h5'] as const;
type Project = keyof typeof projects;

type Target = (typeof TARGETS)[number];

const dist = (project: Project, target: Target) => path.join(projects[project], 'dist', target);
// Other builds of the app may run meanwhile and clean its dist/: measure copies taken right after ours.
const snapshots = fs.mkdtempSync(path.join(os.tmpdir(), 'taro-bench-'));
const measured = (project: Project, target: Target) => path.join(snapshots, project, target);

const appPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  browserslist?: string[];
};
// babel-preset-taro looks for browserslist only in the package.json / .browserslistrc of the
// working directory, then falls back to iOS 9 / Android 5; the baseline gets the app's through the
// environment, or it would be transpiled further (about 10% bigger) than the app.
const browserslist = (appPackage.browserslist ?? []).join(', ');

/** Taro from the app's node_modules; the baseline sits inside the app, so its imports resolve there too. */
function build(project: Project, target: Target): number {
  const started = Date.now();
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', target], {
    cwd: projects[project],
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', BROWSERSLIST: browserslist },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const built = target === 'h5' ? 'index.html' : 'app.json';
  if (result.status !== 0 || !fs.existsSync(path.join(dist(project, target), built))) {
    console.error(`\n${buildErrors(`${result.stdout}\n${result.stderr}`)}`);
    throw new Error(`building ${project} for ${target} failed`);
  }
  return (Date.now() - started) / 1000;
}

/** Webpack's first error from a build log, without the progress bar that fills most of it. */
function buildErrors(log: string): string {
  const escape = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
  const lines = log
    .replace(escape, '')
    .split(/[\r\n]+/)
    .filter(
      (line) =>
        line.trim().length > 0 && !/█|modules \d+ active|DeprecationWarning|trace-deprecation/.test(line),
    );
  const first = lines.findIndex((line) => /error/i.test(line));
  return (first >= 0 ? lines.slice(first, first + 30) : lines.slice(-30)).join('\n');
}

async function measureList(baseUrl: string): Promise<ListResult> {
  const routes = readAppManifest(measured('app', 'weapp')).pages.map((page) => page.route);
  if (!routes.includes(USAGE_LIST.route))
    return { status: 'n/a (page not built yet)', route: USAGE_LIST.route };
  const browser = await launchChromium();
  try {
    return {
      status: 'measured',
      route: USAGE_LIST.route,
      metrics: await measureListNodes(browser, baseUrl, USAGE_LIST, {
        setupScript: await usageListSetupScript(),
        cpuSlowdown: CONDITIONS.cpuSlowdown,
      }),
    };
  } catch (error) {
    return {
      status: 'failed',
      route: USAGE_LIST.route,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  } finally {
    await browser.close();
  }
}

function series(runs: LoadMetrics[]): LoadSeries {
  return {
    runs,
    median: {
      fcpMs: median(runs.map((run) => run.fcpMs)),
      lcpMs: median(runs.map((run) => run.lcpMs)),
      targetVisibleMs: median(runs.map((run) => run.targetVisibleMs)),
      jsCssTransferredBytes: median(runs.map((run) => run.jsCssTransferredBytes)),
    },
  };
}

/** Cold loads of both H5 builds, interleaved so a slow moment of the machine hurts both alike; then the list. */
async function measureH5(): Promise<{ runs: Pair<LoadMetrics[]>; chromium: string; usageList: ListResult }> {
  const servers = {
    app: await serveGzipped(measured('app', 'h5')),
    baseline: await serveGzipped(measured('baseline', 'h5')),
  };
  try {
    const runs: Pair<LoadMetrics[]> = { app: [], baseline: [] };
    const browser = await launchChromium();
    const chromium = `Chromium ${browser.version()}`;
    try {
      for (let run = 1; run <= CONDITIONS.runs; run++) {
        for (const project of ['app', 'baseline'] as const) {
          const metrics = await measureLoad(browser, servers[project].url, HOME_TARGETS[project]);
          runs[project].push(metrics);
          const round = (value: number | null) => (value === null ? '—' : Math.round(value));
          console.log(
            `load ${run}/${CONDITIONS.runs} ${project}: FCP ${round(metrics.fcpMs)} ms, LCP ${round(metrics.lcpMs)} ms, visible ${round(metrics.targetVisibleMs)} ms`,
          );
        }
      }
    } finally {
      await browser.close();
    }
    return { runs, chromium, usageList: await measureList(servers.app.url) };
  } finally {
    await Promise.all([servers.app.close(), servers.baseline.close()]);
  }
}

async function main(): Promise<void> {
  const buildSeconds: Record<string, number> = {};
  const rebuild = !process.argv.includes('--no-build');
  for (const target of TARGETS) {
    for (const project of ['app', 'baseline'] as const) {
      if (rebuild) {
        process.stdout.write(`building ${project} for ${target}… `);
        buildSeconds[`${project} ${target}`] = build(project, target);
        console.log(`${buildSeconds[`${project} ${target}`].toFixed(1)} s`);
      }
      fs.cpSync(dist(project, target), measured(project, target), { recursive: true });
    }
  }

  const { runs, chromium, usageList } = await measureH5();

  const taroVersion = (
    JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules', '@tarojs', 'cli', 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const results: Results = {
    generatedAt: new Date().toISOString(),
    environment: {
      taro: taroVersion,
      node: process.version,
      chromium,
      cpu: `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'CPU'}`,
    },
    conditions: CONDITIONS,
    goals: GOALS,
    buildSeconds,
    miniProgram: {
      weapp: {
        app: miniProgramSizes(measured('app', 'weapp')),
        baseline: miniProgramSizes(measured('baseline', 'weapp')),
      },
      alipay: {
        app: miniProgramSizes(measured('app', 'alipay')),
        baseline: miniProgramSizes(measured('baseline', 'alipay')),
      },
    },
    h5: { app: h5FirstLoad(measured('app', 'h5')), baseline: h5FirstLoad(measured('baseline', 'h5')) },
    load: { app: series(runs.app), baseline: series(runs.baseline) },
    usageList,
  };
  const markdown = toMarkdown(results);
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(__dirname, 'results.md'), markdown);
  console.log(`\n${markdown}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(snapshots, { recursive: true, force: true }));
