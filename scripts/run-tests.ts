import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWSER_INSTALL_HINT, findBrowser } from './find-browser';

/**
 * `npm test`: every gate in order, each step timed, ending with one `N passed, N failed` line that
 * counts the jest tests (unit, component and browser) so CI can read the outcome.
 */
const root = path.resolve(__dirname, '..');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'family-test-'));

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
}

interface Step {
  name: string;
  command: string[];
  env?: NodeJS.ProcessEnv;
  jestReport?: string;
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const jestReport = (name: string) => path.join(reportDir, `${name}.json`);

const targets = ['weapp', 'alipay', 'h5'] as const;

const steps: Step[] = [
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'format', command: [bin('prettier'), '--check', '.'] },
  { name: 'typecheck', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  {
    name: 'jest',
    command: [
      bin('jest'),
      '--ci',
      '--selectProjects',
      'unit',
      'taro',
      '--coverage',
      '--json',
      `--outputFile=${jestReport('jest')}`,
    ],
    jestReport: jestReport('jest'),
  },
  // The demo builds (embedded mock back end) into dist/<target>: the browser tests and the boot
  // harness drive them. The release builds into dist/release/<target>: what ships, grepped for
  // anything of the mock, held to budgets.json and booted too. Their base URL is a dummy https one
  // (.invalid never resolves), which is all a build needs.
  ...targets.map((target) => ({
    name: `demo:${target}`,
    command: [bin('tsx'), 'scripts/build.ts', target, '--demo'],
  })),
  ...targets.map((target) => ({
    name: `release:${target}`,
    command: [bin('tsx'), 'scripts/build.ts', target],
    env: {
      TARO_APP_API_BASE: 'https://api.example.invalid',
      TARO_OUTPUT: path.join(root, 'dist', 'release', target),
    },
  })),
  {
    name: 'build checks',
    command: [
      bin('jest'),
      '--ci',
      '--selectProjects',
      'build',
      '--json',
      `--outputFile=${jestReport('build')}`,
    ],
    jestReport: jestReport('build'),
  },
  { name: 'size', command: [bin('tsx'), 'scripts/check-size.ts'] },
  { name: 'boot', command: [bin('tsx'), 'scripts/boot/run.ts'] },
  {
    name: 'e2e',
    command: [bin('jest'), '-c', 'jest.e2e.config.js', '--ci', '--json', `--outputFile=${jestReport('e2e')}`],
    jestReport: jestReport('e2e'),
  },
];

const only = process.argv.slice(2);

// Without a browser the last step would fail after ten minutes of building: say so at once.
if ((only.length === 0 || only.includes('e2e')) && !findBrowser()) {
  console.error(
    `npm test needs Chrome or Chromium for the browser tests. Install them with\n  ${BROWSER_INSTALL_HINT}\n` +
      'or point CHROME_PATH at an installed Chrome or Chromium.',
  );
  process.exit(1);
}
let passed = 0;
let failed = 0;
const timings: string[] = [];
let broken = false;

for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [command, ...args] = step.command;
  // Builds print a progress bar per line; CI wants the result, not the animation.
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name.padEnd(14)} ${seconds.padStart(7)} s  ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (step.jestReport && fs.existsSync(step.jestReport)) {
    const report = JSON.parse(fs.readFileSync(step.jestReport, 'utf8')) as JestReport;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (result.status !== 0) {
    broken = true;
    if (!step.jestReport) failed += 1;
    break;
  }
}

console.log(`\nsteps:\n${timings.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
