import fs from 'node:fs';
import path from 'node:path';
import { readAppManifest } from '../scripts/boot/app-json';
import { mainPackageBytes } from '../scripts/check-size';

export { h5FirstLoad, type Bytes, type H5Sizes } from '../scripts/check-size';

/** Bytes of a mini-program build by package, and of an H5 build's first load. */

export interface MiniProgramSizes {
  /** Everything outside the subpackage roots: what the platform downloads before the first page. */
  main: number;
  subpackages: Record<string, number>;
  total: number;
  /** The main package's biggest files: where to look when it grows. */
  largestMainFiles: { file: string; bytes: number }[];
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
