import fs from 'node:fs';
import path from 'node:path';

/**
 * The build folders the build checks read. `npm test` builds the demo (embedded mock back end) into
 * dist/<target> and the release (http) into dist/release/<target>; DIST_ROOT points elsewhere,
 * e.g. at an old build to see a check fail.
 */
export const DIST_ROOT = path.resolve(
  process.env.DIST_ROOT ?? path.join(__dirname, '..', '..', '..', 'dist'),
);

export const MINI_TARGETS = ['weapp', 'alipay'] as const;
export type MiniTarget = (typeof MINI_TARGETS)[number];

export const BUILD_KINDS = ['demo', 'release'] as const;
export type BuildKind = (typeof BUILD_KINDS)[number];

export function distOf(target: MiniTarget, kind: BuildKind): string {
  const dir = kind === 'release' ? path.join(DIST_ROOT, 'release', target) : path.join(DIST_ROOT, target);
  if (!fs.existsSync(path.join(dir, 'app.json'))) {
    throw new Error(
      `${dir} has no app.json: build it first (npm run build:${target}${kind === 'demo' ? ':demo' : ''})`,
    );
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
