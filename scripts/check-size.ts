import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * `npm run size`: the release builds (dist/release/<target>, what ships) against budgets.json. A
 * budget sits just above what the release reaches today, so any growth fails `npm test` and has
 * to be argued for by raising it in the same change. The demo builds only have to stay under the
 * platform's hard limit.
 */
interface Budget {
  mainPackageHardLimitBytes: number;
  release: {
    weappMainPackageBytes: number;
    alipayMainPackageBytes: number;
    h5FirstLoadJsGzipBytes: number;
    h5FirstLoadCssGzipBytes: number;
  };
}

const root = path.resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

interface AppJson {
  subPackages?: { root: string }[];
  subpackages?: { root: string }[];
}

/** The files of a mini-program build outside every subpackage root, relative to the build. */
export function mainPackageFiles(distDir: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson;
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  return filesUnder(distDir)
    .map((file) => path.relative(distDir, file).split(path.sep).join('/'))
    .filter((rel) => !roots.some((subRoot) => rel.startsWith(subRoot)));
}

export function mainPackageBytes(distDir: string): number {
  return mainPackageFiles(distDir).reduce((sum, rel) => sum + fs.statSync(path.join(distDir, rel)).size, 0);
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface H5Sizes {
  js: Bytes;
  css: Bytes;
  /** The files index.html references, in order. */
  files: string[];
}

/** The scripts and stylesheets index.html loads before anything else (preloads included). */
export function h5FirstLoad(distDir: string): H5Sizes {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((match) => match[0]);
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="?([^"\\s>]+)"?`).exec(tag)?.[1];
  const scripts = tags.flatMap((tag) => {
    const src = tag.startsWith('<script') ? attribute(tag, 'src') : undefined;
    const preload = tag.startsWith('<link') && /\brel="?(modulepreload|preload)"?/.test(tag);
    const href = preload && attribute(tag, 'as') !== 'style' ? attribute(tag, 'href') : undefined;
    return src ? [src] : href ? [href] : [];
  });
  const styles = tags.flatMap((tag) => {
    const stylesheet = tag.startsWith('<link') && /\brel="?stylesheet"?/.test(tag);
    const href = stylesheet ? attribute(tag, 'href') : undefined;
    return href ? [href] : [];
  });
  const measure = (refs: string[]): Bytes =>
    [...new Set(refs)]
      .map((ref) => fs.readFileSync(path.join(distDir, ref.replace(/^\.?\//, ''))))
      .reduce(
        (sum, content) => ({ raw: sum.raw + content.length, gzip: sum.gzip + zlib.gzipSync(content).length }),
        { raw: 0, gzip: 0 },
      );
  return { js: measure(scripts), css: measure(styles), files: [...new Set([...scripts, ...styles])] };
}

export function readBudget(): Budget {
  return JSON.parse(fs.readFileSync(path.join(root, 'budgets.json'), 'utf8')) as Budget;
}

interface Check {
  what: string;
  bytes: number;
  limit: number;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function checks(budget: Budget): { done: Check[]; missing: string[] } {
  const done: Check[] = [];
  const missing: string[] = [];
  for (const target of ['weapp', 'alipay'] as const) {
    for (const kind of ['release', 'demo'] as const) {
      const dist =
        kind === 'release' ? path.join(root, 'dist', 'release', target) : path.join(root, 'dist', target);
      if (!fs.existsSync(path.join(dist, 'app.json'))) {
        missing.push(path.relative(root, dist));
        continue;
      }
      const limit =
        kind === 'release' ? budget.release[`${target}MainPackageBytes`] : budget.mainPackageHardLimitBytes;
      done.push({ what: `${kind} ${target} main package`, bytes: mainPackageBytes(dist), limit });
    }
  }
  const h5 = path.join(root, 'dist', 'release', 'h5');
  if (fs.existsSync(path.join(h5, 'index.html'))) {
    const sizes = h5FirstLoad(h5);
    done.push({
      what: 'release h5 first-load JS (gzip)',
      bytes: sizes.js.gzip,
      limit: budget.release.h5FirstLoadJsGzipBytes,
    });
    done.push({
      what: 'release h5 first-load CSS (gzip)',
      bytes: sizes.css.gzip,
      limit: budget.release.h5FirstLoadCssGzipBytes,
    });
  } else {
    missing.push(path.relative(root, h5));
  }
  return { done, missing };
}

if (require.main === module) {
  const { done, missing } = checks(readBudget());
  for (const check of done) {
    const mark = check.bytes > check.limit ? '✕' : '✓';
    console.log(`${mark} ${check.what} ${kb(check.bytes)} (${check.bytes} B; budget ${check.limit} B)`);
  }
  for (const dir of missing) console.error(`✕ ${dir} is missing: build it first (npm test builds every one)`);
  const over = done.filter((check) => check.bytes > check.limit);
  if (over.length > 0) {
    console.error(
      `\n${over.length} over budget: make it smaller, or raise budgets.json in the same change and say why`,
    );
  }
  process.exit(over.length > 0 || missing.length > 0 ? 1 : 0);
}
