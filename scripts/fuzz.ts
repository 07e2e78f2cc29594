import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run fuzz`: the reliability properties (__tests__/reliability) with many more runs than
 * `npm test` gives them, then how many cases each group ran. FUZZ_RUNS (default 2000, the runs of
 * one endpoint property; the others scale from it) and FUZZ_SEED (default the fixed seed of
 * `npm test`) can be set; any failure prints the seed and path that replay it.
 */
const root = path.resolve(__dirname, '..');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'family-fuzz-')), 'cases.jsonl');
const runs = process.env.FUZZ_RUNS ?? '2000';

interface Line {
  name: string;
  cases: number;
  commands?: number;
  requests?: number;
}

const started = Date.now();
const result = spawnSync(path.join(root, 'node_modules', '.bin', 'jest'), ['--ci', '__tests__/reliability'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report, FORCE_COLOR: '0' },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

const lines: Line[] = fs.existsSync(report)
  ? fs
      .readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Line)
  : [];
const sum = (filter: (line: Line) => boolean) =>
  lines.filter(filter).reduce((total, line) => total + line.cases, 0);
const endpoint = sum((line) => line.name.startsWith('endpoint '));
const otherRequests = sum(
  (line) => line.name === 'any method on any path' || line.name === 'http raw bodies',
);
const model = lines.find((line) => line.name === 'model-based sequences');
const validators = sum(
  (line) =>
    !line.name.startsWith('endpoint ') &&
    line !== model &&
    line.name !== 'any method on any path' &&
    line.name !== 'http raw bodies',
);

console.log(
  `\nfuzz (FUZZ_RUNS=${runs}, seed ${process.env.FUZZ_SEED ?? 20261122}) in ${minutes} min: ${result.status === 0 ? 'no failure' : 'FAILED'}`,
);
console.log(`  endpoint cases (every route, signed in and out): ${endpoint}`);
console.log(`  stray method/path and raw HTTP cases:            ${otherRequests}`);
console.log(`  validator cases:                                  ${validators}`);
if (model !== undefined) {
  console.log(
    `  model-based sequences:                            ${model.cases} (${model.commands ?? 0} steps, ${model.requests ?? 0} requests)`,
  );
}
process.exit(result.status ?? 1);
