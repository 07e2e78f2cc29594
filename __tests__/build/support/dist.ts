import fs from 'node:fs';
import path from 'node:path';

/** The build folders the build checks read: dist/ unless DIST_ROOT points elsewhere (e.g. an old build). */
export const DIST_ROOT = path.resolve(
  process.env.DIST_ROOT ?? path.join(__dirname, '..', '..', '..', 'dist'),
);

export const MINI_TARGETS = ['weapp', 'alipay'] as const;
export type MiniTarget = (typeof MINI_TARGETS)[number];

export function distOf(target: MiniTarget): string {
  const dir = path.join(DIST_ROOT, target);
  if (!fs.existsSync(path.join(dir, 'app.json'))) {
    throw new Error(`${dir} has no app.json: build it first (npx taro build --type ${target})`);
  }
  return dir;
}

export function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}
