import fs from 'node:fs';
import path from 'node:path';

/**
 * Main-package size of each mini-program build against the committed budget: the platform limit
 * fails the run, our own goal only warns.
 */
interface Budget {
  mainPackageHardLimitBytes: number;
  mainPackageGoalBytes: number;
}

const root = path.resolve(__dirname, '..');
const budget = JSON.parse(fs.readFileSync(path.join(root, 'budgets.json'), 'utf8')) as Budget;

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

export function mainPackageBytes(distDir: string): number {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson;
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  return filesUnder(distDir)
    .map((file) => ({
      rel: path.relative(distDir, file).split(path.sep).join('/'),
      size: fs.statSync(file).size,
    }))
    .filter(({ rel }) => !roots.some((subRoot) => rel.startsWith(subRoot)))
    .reduce((sum, { size }) => sum + size, 0);
}

if (require.main === module) {
  let failed = false;
  for (const target of ['weapp', 'alipay']) {
    const dist = path.join(root, 'dist', target);
    if (!fs.existsSync(path.join(dist, 'app.json'))) {
      console.error(`dist/${target} is missing: build it first`);
      failed = true;
      continue;
    }
    const bytes = mainPackageBytes(dist);
    const kb = (bytes / 1024).toFixed(1);
    if (bytes > budget.mainPackageHardLimitBytes) {
      console.error(`✕ ${target} main package ${kb} KB exceeds the platform limit`);
      failed = true;
    } else if (bytes > budget.mainPackageGoalBytes) {
      console.warn(
        `! ${target} main package ${kb} KB is above our goal of ${budget.mainPackageGoalBytes / 1024} KB`,
      );
    } else {
      console.log(`✓ ${target} main package ${kb} KB`);
    }
  }
  process.exit(failed ? 1 : 0);
}
