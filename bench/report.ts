import { CONDITIONS, GOALS, HOME_TARGETS, USAGE_LIST } from './config';
import type { ListMetrics, LoadMetrics } from './browser';
import type { Bytes, H5Sizes, MiniProgramSizes } from './sizes';

/** results.json's shape, and the Markdown table made from it. */

/** The release build (what ships), the demo build (embedded mock) and the bare-Taro baseline. */
export type Trio<T> = { release: T; demo: T; baseline: T };

export interface LoadSeries {
  runs: LoadMetrics[];
  median: {
    fcpMs: number | null;
    lcpMs: number | null;
    targetVisibleMs: number | null;
    jsCssTransferredBytes: number | null;
  };
  /** What the server's Content-Encoding said for the scripts, over all runs. */
  scriptEncodings: string[];
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
  miniProgram: { weapp: Trio<MiniProgramSizes>; alipay: Trio<MiniProgramSizes> };
  h5: Trio<H5Sizes>;
  load: Trio<LoadSeries>;
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
const ratio = (value: number | null, baseline: number | null) =>
  value === null || baseline === null || baseline === 0 ? null : value / baseline;
const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);

/** `≤ 0.95× ✓`: a goal against the ratio it judges. */
function goal(value: number | null, limit: number, which: string): string {
  const verdict = value === null ? '?' : value <= limit ? '✓' : '✗';
  return `${which} ≤ ${limit}× ${verdict}`;
}

type Row = [string, string, string, string, string, string, string];

/** A row of three figures, the two ratios to the baseline and a goal. */
function row(
  label: string,
  trio: Trio<number | null>,
  format: (value: number | null) => string,
  goalText = '',
): Row {
  return [
    label,
    format(trio.release),
    format(trio.demo),
    format(trio.baseline),
    times(ratio(trio.release, trio.baseline)),
    times(ratio(trio.demo, trio.baseline)),
    goalText,
  ];
}

const size = (value: number | null) => (value === null ? '—' : kb(value));
const pick = <T, V>(trio: Trio<T>, get: (value: T) => V): Trio<V> => ({
  release: get(trio.release),
  demo: get(trio.demo),
  baseline: get(trio.baseline),
});

function packageRows(name: string, sizes: Trio<MiniProgramSizes>): Row[] {
  const main = pick(sizes, (value) => value.main);
  const releaseRatio = ratio(main.release, main.baseline);
  const demoRatio = ratio(main.demo, main.baseline);
  const subpackages = [
    ...new Set([...Object.keys(sizes.release.subpackages), ...Object.keys(sizes.demo.subpackages)]),
  ];
  return [
    row(
      `${name} main package`,
      main,
      size,
      `${goal(releaseRatio, GOALS.releaseMainPackageRatio, 'release')}, ${goal(demoRatio, GOALS.demoMainPackageRatio, 'demo')}`,
    ),
    ...subpackages.map((root) =>
      row(
        `${name} subpackage \`${root}\``,
        {
          release: sizes.release.subpackages[root] ?? null,
          demo: sizes.demo.subpackages[root] ?? null,
          baseline: null,
        },
        size,
      ),
    ),
    row(
      `${name} total`,
      pick(sizes, (value) => value.total),
      size,
    ),
  ];
}

function bytesRows(label: string, sizes: Trio<Bytes>, goalText = ''): Row[] {
  return [
    row(
      `${label} (raw)`,
      pick(sizes, (value) => value.raw),
      size,
    ),
    row(
      `${label} (gzip)`,
      pick(sizes, (value) => value.gzip),
      size,
      goalText,
    ),
  ];
}

function listRow(list: ListResult): Row {
  const label = `demo usage-record list: elements in the DOM while ${USAGE_LIST.records.toLocaleString('en')} records scroll`;
  const rest = ['—', '—', '—', ''] as const;
  if (list.status === 'n/a (page not built yet)') return [label, '—', list.status, ...rest];
  if (list.status === 'failed') return [label, '—', `failed: ${list.error}`, ...rest];
  const { maxItemsInDom, maxElementsInDom, recordsSeen, firstListPaintMs } = list.metrics;
  return [
    label,
    '—',
    `${maxItemsInDom} items, ${maxElementsInDom} elements (${recordsSeen} records seen; first list paint ${firstListPaintMs} ms)`,
    ...rest,
  ];
}

export function toMarkdown(results: Results): string {
  const load = pick(results.load, (series) => series.median);
  const h5Js = pick(results.h5, (sizes) => sizes.js);
  const lcp = pick(load, (median) => median.lcpMs);
  const rows: Row[] = [
    ...packageRows('WeChat', results.miniProgram.weapp),
    ...packageRows('Alipay', results.miniProgram.alipay),
    ...bytesRows(
      'H5 first-load JS',
      h5Js,
      goal(ratio(h5Js.release.gzip, h5Js.baseline.gzip), GOALS.releaseH5FirstLoadGzipRatio, 'release'),
    ),
    ...bytesRows(
      'H5 first-load CSS',
      pick(results.h5, (sizes) => sizes.css),
    ),
    row(
      'H5 JS + CSS on the wire until home shows',
      pick(load, (median) => median.jsCssTransferredBytes),
      size,
    ),
    row(
      'H5 First Contentful Paint',
      pick(load, (median) => median.fcpMs),
      ms,
    ),
    row(
      'H5 Largest Contentful Paint',
      lcp,
      ms,
      goal(ratio(lcp.release, lcp.baseline), GOALS.releaseLcpRatio, 'release'),
    ),
    row(
      `H5 until visible: ${HOME_TARGETS.app.description} / baseline: ${HOME_TARGETS.baseline.description}`,
      pick(load, (median) => median.targetVisibleMs),
      ms,
    ),
    listRow(results.usageList),
  ];
  const table = [
    '| figure | release | demo | bare Taro | release ÷ bare | demo ÷ bare | goal (not a gate) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  const c = results.conditions;
  const encodings = [...new Set(Object.values(results.load).flatMap((series) => series.scriptEncodings))];
  const largest = (name: string, sizes: MiniProgramSizes) =>
    `${name}: ${sizes.largestMainFiles.map(({ file, bytes }) => `\`${file}\` ${kb(bytes)}`).join(', ')}`;
  return [
    `# Benchmark: this app (release and demo) against a bare Taro app`,
    '',
    `${results.generatedAt} · Taro ${results.environment.taro} · Node ${results.environment.node} · ${results.environment.chromium} · ${results.environment.cpu}`,
    '',
    ...table,
    '',
    `H5 timings: median of ${c.runs} cold loads each (fresh context, cache disabled, runs interleaved), ` +
      `${c.cpuSlowdown}× CPU slowdown, DevTools Fast 3G: ${c.latencyMs} ms RTT, ` +
      `${((c.downloadBytesPerSecond * 8) / 1e6).toFixed(2)} Mbps down, ${((c.uploadBytesPerSecond * 8) / 1e6).toFixed(3)} Mbps up, ` +
      `${c.viewport.width}×${c.viewport.height} phone, served from loopback; scripts arrived with Content-Encoding ` +
      `${encodings.join(', ') || 'unknown'} (sizes "gzip" are the files gzipped at zlib's default level, as that server sends them). ` +
      `"Until visible" ends when the first frame showing the element has been rendered. ` +
      `First-load bytes are what index.html references (scripts, preloads and stylesheets); page chunks load after it.`,
    '',
    `Largest main-package files — ${largest('WeChat release', results.miniProgram.weapp.release)}; ${largest('baseline', results.miniProgram.weapp.baseline)}.`,
    '',
    Object.keys(results.buildSeconds).length === 0
      ? 'Builds: not rebuilt (--no-build).'
      : `Builds: ${Object.entries(results.buildSeconds)
          .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
          .join(', ')}.`,
    '',
  ].join('\n');
}
