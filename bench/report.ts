import { CONDITIONS, GOALS, HOME_TARGETS, USAGE_LIST } from './config';
import type { ListMetrics, LoadMetrics } from './browser';
import type { Bytes, H5Sizes, MiniProgramSizes } from './sizes';

/** results.json's shape, and the Markdown table made from it. */

export type Pair<T> = { app: T; baseline: T };

export interface LoadSeries {
  runs: LoadMetrics[];
  median: {
    fcpMs: number | null;
    lcpMs: number | null;
    targetVisibleMs: number | null;
    jsCssTransferredBytes: number | null;
  };
}

export type ListResult =
  | { status: 'measured'; route: string; metrics: ListMetrics }
  | { status: 'n/a (page not built yet)'; route: string }
  | { status: 'failed'; route: string; error: string };

export interface Results {
  generatedAt: string;
  environment: { taro: string; node: string; chromium: string; cpu: string };
  conditions: typeof CONDITIONS;
  goals: typeof GOALS;
  buildSeconds: Record<string, number>;
  miniProgram: { weapp: Pair<MiniProgramSizes>; alipay: Pair<MiniProgramSizes> };
  h5: Pair<H5Sizes>;
  load: Pair<LoadSeries>;
  usageList: ListResult;
}

export function median(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const middle = Math.floor(present.length / 2);
  return present.length % 2 === 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
const ratio = (app: number | null, baseline: number | null) =>
  app === null || baseline === null || baseline === 0 ? null : app / baseline;
const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function goal(parts: { ok: boolean | null; text: string }[]): string {
  return parts.map(({ ok, text }) => `${text} ${ok === null ? '?' : mark(ok)}`).join(', ');
}

type Row = [string, string, string, string, string];

function packageRows(name: string, sizes: Pair<MiniProgramSizes>): Row[] {
  const mainRatio = ratio(sizes.app.main, sizes.baseline.main);
  const rows: Row[] = [
    [
      `${name} main package`,
      kb(sizes.app.main),
      kb(sizes.baseline.main),
      times(mainRatio),
      goal([
        {
          ok: mainRatio === null ? null : mainRatio <= GOALS.releaseMainPackageRatio,
          text: `≤ ${GOALS.releaseMainPackageRatio}×`,
        },
      ]),
    ],
  ];
  const subpackages = Object.entries(sizes.app.subpackages);
  if (subpackages.length === 0) rows.push([`${name} subpackages`, 'none', 'none', '', '']);
  for (const [root, bytes] of subpackages)
    rows.push([`${name} subpackage \`${root}\``, kb(bytes), '—', '', '']);
  rows.push([
    `${name} total`,
    kb(sizes.app.total),
    kb(sizes.baseline.total),
    times(ratio(sizes.app.total, sizes.baseline.total)),
    '',
  ]);
  return rows;
}

function bytesRow(label: string, app: Bytes, baseline: Bytes): Row {
  return [
    label,
    `${kb(app.raw)} / ${kb(app.gzip)}`,
    `${kb(baseline.raw)} / ${kb(baseline.gzip)}`,
    `${times(ratio(app.raw, baseline.raw))} / ${times(ratio(app.gzip, baseline.gzip))}`,
    '',
  ];
}

function listRow(list: ListResult): Row {
  const label = `usage-record list: elements in the DOM while ${USAGE_LIST.records.toLocaleString('en')} records scroll`;
  if (list.status === 'n/a (page not built yet)') return [label, list.status, '—', '—', ''];
  if (list.status === 'failed') return [label, `failed: ${list.error}`, '—', '—', ''];
  const { maxItemsInDom, maxElementsInDom, recordsSeen, firstListPaintMs } = list.metrics;
  return [
    label,
    `${maxItemsInDom} items, ${maxElementsInDom} elements (${recordsSeen} records seen; first list paint ${firstListPaintMs} ms)`,
    '—',
    '—',
    '',
  ];
}

export function toMarkdown(results: Results): string {
  const { load } = results;
  const lcpRatio = ratio(load.app.median.lcpMs, load.baseline.median.lcpMs);
  const rows: Row[] = [
    ...packageRows('WeChat', results.miniProgram.weapp),
    ...packageRows('Alipay', results.miniProgram.alipay),
    bytesRow('H5 first-load JS (raw / gzip)', results.h5.app.js, results.h5.baseline.js),
    bytesRow('H5 first-load CSS (raw / gzip)', results.h5.app.css, results.h5.baseline.css),
    [
      'H5 JS + CSS on the wire until home shows (gzip)',
      kb(load.app.median.jsCssTransferredBytes ?? 0),
      kb(load.baseline.median.jsCssTransferredBytes ?? 0),
      times(ratio(load.app.median.jsCssTransferredBytes, load.baseline.median.jsCssTransferredBytes)),
      '',
    ],
    [
      'H5 First Contentful Paint',
      ms(load.app.median.fcpMs),
      ms(load.baseline.median.fcpMs),
      times(ratio(load.app.median.fcpMs, load.baseline.median.fcpMs)),
      '',
    ],
    [
      'H5 Largest Contentful Paint',
      ms(load.app.median.lcpMs),
      ms(load.baseline.median.lcpMs),
      times(lcpRatio),
      goal([
        {
          ok: lcpRatio === null ? null : lcpRatio <= GOALS.releaseLcpRatio,
          text: `≤ ${GOALS.releaseLcpRatio}×`,
        },
      ]),
    ],
    [
      `H5 until visible: ${HOME_TARGETS.app.description} / baseline: ${HOME_TARGETS.baseline.description}`,
      ms(load.app.median.targetVisibleMs),
      ms(load.baseline.median.targetVisibleMs),
      times(ratio(load.app.median.targetVisibleMs, load.baseline.median.targetVisibleMs)),
      '',
    ],
    listRow(results.usageList),
  ];
  const table = [
    '| figure | this app | baseline | ratio | goal (not a gate) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  const c = results.conditions;
  const largest = (name: string, sizes: MiniProgramSizes) =>
    `${name}: ${sizes.largestMainFiles.map(({ file, bytes }) => `\`${file}\` ${kb(bytes)}`).join(', ')}`;
  return [
    `# Benchmark: this app against a bare Taro app`,
    '',
    `${results.generatedAt} · Taro ${results.environment.taro} · Node ${results.environment.node} · ${results.environment.chromium} · ${results.environment.cpu}`,
    '',
    ...table,
    '',
    `H5 timings: median of ${c.runs} cold loads each (fresh context, cache disabled, runs interleaved), ` +
      `${c.cpuSlowdown}× CPU slowdown, ${c.latencyMs} ms latency, ${(c.downloadBytesPerSecond * 8) / 1e6} Mbps down, ` +
      `${(c.uploadBytesPerSecond * 8) / 1e6} Mbps up, ${c.viewport.width}×${c.viewport.height} phone, served gzipped from loopback. ` +
      `"Until visible" ends when the first frame showing the element has been rendered. ` +
      `First-load bytes are what index.html references; page chunks load after it.`,
    '',
    `Largest main-package files — ${largest('WeChat app', results.miniProgram.weapp.app)}; ${largest('baseline', results.miniProgram.weapp.baseline)}.`,
    '',
    Object.keys(results.buildSeconds).length === 0
      ? 'Builds: not rebuilt (--no-build).'
      : `Builds: ${Object.entries(results.buildSeconds)
          .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
          .join(', ')}.`,
    '',
  ].join('\n');
}
