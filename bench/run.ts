import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAppManifest } from '../scripts/boot/app-json';
import { launchChromium, measureListNodes, measureLoad, type LoadMetrics } from './browser';
import { CONDITIONS, GOALS, HOME_TARGETS, USAGE_LIST } from './config';
import { median, toMarkdown, type ListResult, type LoadSeries, type Results, type Trio } from './report';
import { serveGzipped } from './serve';
import { usageListSetupScript } from './usage-list';
import { h5FirstLoad, miniProgramSizes } from './sizes';

/**
 * `npm run bench`: production builds of this app — the release (http, what ships) and the demo
 * (embedded mock back end) — and of the bare-Taro baseline for WeChat, Alipay and H5; their sizes,
 * H5 paint timings under DevTools' Fast 3G, and the usage-record list's DOM size. Writes
 * bench/results.json and bench/results.md and prints the table. Not a gate: budgets.json is.
 *
 *   --no-build   measure dist/release/<target>, dist/<target> and bench/baseline/dist/<target> as
 *                they are (to iterate on the bench itself)
 */
const root = path.resolve(__dirname, '..');
const baselineRoot = path.join(__dirname, 'baseline');
const TARGETS = ['weapp', 'alipay', 'h5'] as const;
const VARIANTS = ['release', 'demo', 'baseline'] as const;
type Variant = (typeof VARIANTS)[number];
type Target = (typeof TARGETS)[number];

const existing = (variant: Variant, target: Target) =>
  variant === 'release'
    ? path.join(root, 'dist', 'release', target)
    : variant === 'demo'
      ? path.join(root, 'dist', target)
      : path.join(baselineRoot, 'dist', target);
// Builds write straight here (TARO_OUTPUT), so another build cleaning dist/ cannot pull files
// from under the measurement.
const snapshots = fs.mkdtempSync(path.join(os.tmpdir(), 'taro-bench-'));
const measured = (variant: Variant, target: Target) => path.join(snapshots, variant, target);

const appPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  browserslist?: string[];
};
// babel-preset-taro looks for browserslist only in the package.json / .browserslistrc of the
// working directory, then falls back to iOS 9 / Android 5; the baseline gets the app's through the
// environment, or it would be transpiled further (about 10% bigger) than the app.
const browserslist = (appPackage.browserslist ?? []).join(', ');

const VARIANT_ENV: Record<Variant, Record<string, string>> = {
  // A dummy https base: the release's size and first paint do not depend on where it points.
  release: { TARO_APP_API_MODE: 'http', TARO_APP_API_BASE: 'https://api.example.invalid' },
  demo: { TARO_APP_API_MODE: 'embedded' },
  baseline: {},
};

/** Taro from the app's node_modules; the baseline sits inside the app, so its imports resolve there too. */
function build(variant: Variant, target: Target): number {
  const started = Date.now();
  const out = measured(variant, target);
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', target], {
    cwd: variant === 'baseline' ? baselineRoot : root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      FORCE_COLOR: '0',
      BROWSERSLIST: browserslist,
      TARO_OUTPUT: out,
      ...VARIANT_ENV[variant],
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const built = target === 'h5' ? 'index.html' : 'app.json';
  if (result.status !== 0 || !fs.existsSync(path.join(out, built))) {
    console.error(`\n${buildErrors(`${result.stdout}\n${result.stderr}`)}`);
    throw new Error(`building ${variant} for ${target} failed`);
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
  const routes = readAppManifest(measured('demo', 'weapp')).pages.map((page) => page.route);
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
    scriptEncodings: [...new Set(runs.flatMap((run) => run.scriptEncodings))].sort(),
  };
}

/** Cold loads of the three H5 builds, interleaved so a slow moment of the machine hurts all alike; then the list. */
async function measureH5(): Promise<{ runs: Trio<LoadMetrics[]>; chromium: string; usageList: ListResult }> {
  const servers = {
    release: await serveGzipped(measured('release', 'h5')),
    demo: await serveGzipped(measured('demo', 'h5')),
    baseline: await serveGzipped(measured('baseline', 'h5')),
  };
  try {
    const runs: Trio<LoadMetrics[]> = { release: [], demo: [], baseline: [] };
    const browser = await launchChromium();
    const chromium = `Chromium ${browser.version()}`;
    try {
      for (let run = 1; run <= CONDITIONS.runs; run++) {
        for (const variant of VARIANTS) {
          const target = HOME_TARGETS[variant === 'baseline' ? 'baseline' : 'app'];
          const metrics = await measureLoad(browser, servers[variant].url, target);
          runs[variant].push(metrics);
          const round = (value: number | null) => (value === null ? '—' : Math.round(value));
          console.log(
            `load ${run}/${CONDITIONS.runs} ${variant}: FCP ${round(metrics.fcpMs)} ms, LCP ${round(metrics.lcpMs)} ms, visible ${round(metrics.targetVisibleMs)} ms, ${metrics.scriptEncodings.join('+')}`,
          );
        }
      }
    } finally {
      await browser.close();
    }
    return { runs, chromium, usageList: await measureList(servers.demo.url) };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
}

async function main(): Promise<void> {
  const buildSeconds: Record<string, number> = {};
  const rebuild = !process.argv.includes('--no-build');
  for (const target of TARGETS) {
    for (const variant of VARIANTS) {
      if (rebuild) {
        process.stdout.write(`building ${variant} for ${target}… `);
        buildSeconds[`${variant} ${target}`] = build(variant, target);
        console.log(`${buildSeconds[`${variant} ${target}`].toFixed(1)} s`);
      } else {
        fs.cpSync(existing(variant, target), measured(variant, target), { recursive: true });
      }
    }
  }

  const { runs, chromium, usageList } = await measureH5();

  const taroVersion = (
    JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules', '@tarojs', 'cli', 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const each = <T>(measure: (variant: Variant) => T): Trio<T> => ({
    release: measure('release'),
    demo: measure('demo'),
    baseline: measure('baseline'),
  });
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
      weapp: each((variant) => miniProgramSizes(measured(variant, 'weapp'))),
      alipay: each((variant) => miniProgramSizes(measured(variant, 'alipay'))),
    },
    h5: each((variant) => h5FirstLoad(measured(variant, 'h5'))),
    load: each((variant) => series(runs[variant])),
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
