import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readAppManifest } from '../scripts/boot/app-json';
import { mainPackageBytes } from '../scripts/check-size';

/** Bytes of a mini-program build by package, and of an H5 build's first load. */

export interface MiniProgramSizes {
  /** Everything outside the subpackage roots: what the platform downloads before the first page. */
  main: number;
  subpackages: Record<string, number>;
  total: number;
  /** The main package's biggest files: where to look when it grows. */
  largestMainFiles: { file: string; bytes: number }[];
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

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function miniProgramSizes(distDir: string): MiniProgramSizes {
  const roots = [
    ...new Set(readAppManifest(distDir).pages.flatMap((page) => (page.subpackage ? [page.subpackage] : []))),
  ];
  const files = filesUnder(distDir).map((file) => ({
    file: path.relative(distDir, file).split(path.sep).join('/'),
    bytes: fs.statSync(file).size,
  }));
  const inRoot = (file: string, root: string) => file.startsWith(`${root}/`);
  const subpackages = Object.fromEntries(
    roots.map((root) => [
      root,
      files.filter(({ file }) => inRoot(file, root)).reduce((sum, { bytes }) => sum + bytes, 0),
    ]),
  );
  return {
    main: mainPackageBytes(distDir),
    subpackages,
    total: files.reduce((sum, { bytes }) => sum + bytes, 0),
    largestMainFiles: files
      .filter(({ file }) => !roots.some((root) => inRoot(file, root)))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5),
  };
}

/** The scripts and stylesheets index.html loads before anything else. */
export function h5FirstLoad(distDir: string): H5Sizes {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="?stylesheet"?/.test(tag))
    .flatMap((tag) => {
      const href = /\bhref="([^"]+)"/.exec(tag);
      return href ? [href[1]] : [];
    });
  const measure = (refs: string[]): Bytes =>
    refs
      .map((ref) => fs.readFileSync(path.join(distDir, ref.replace(/^\.?\//, ''))))
      .reduce(
        (sum, content) => ({ raw: sum.raw + content.length, gzip: sum.gzip + zlib.gzipSync(content).length }),
        {
          raw: 0,
          gzip: 0,
        },
      );
  return { js: measure(scripts), css: measure(styles), files: [...scripts, ...styles] };
}
