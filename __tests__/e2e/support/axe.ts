/**
 * axe-core inside the browser tests: every page state a test reaches (each snap() and the end of
 * each test) is checked, and a serious or critical violation (or any `region` or `meta-viewport`
 * one) fails the test with its rule, target and route. In 关怀模式 the enhanced contrast rule (7:1) runs too. The number of states checked is
 * kept in artifacts/axe-summary.json, one entry per test file, so a whole run can be counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './browser';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SUMMARY = path.join(ARTIFACTS, 'axe-summary.json');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
// axe rates these two moderate, but issue 16 requires them: content outside landmarks, and a
// viewport that turns pinch-zoom off.
const ALWAYS_FAILING = new Set(['region', 'meta-viewport']);

interface Summary {
  total: number;
  files: Record<string, { states: number; routes: string[] }>;
}

let states = 0;
const routes = new Set<string>();

function readSummary(): Summary {
  try {
    const parsed = JSON.parse(fs.readFileSync(SUMMARY, 'utf8')) as Summary;
    return { total: 0, files: parsed.files ?? {} };
  } catch {
    return { total: 0, files: {} };
  }
}

/** Adds this file's count to the summary; a file run again replaces its own entry. */
function writeSummary(): void {
  const testPath = expect.getState().testPath;
  if (!testPath) return;
  const summary = readSummary();
  summary.files[path.basename(testPath)] = { states, routes: [...routes].sort() };
  summary.total = Object.values(summary.files).reduce((sum, file) => sum + file.states, 0);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
}

/** The route the H5 hash router shows, e.g. `/pages/family/detail/index?id=…`. */
function routeOf(url: string): string {
  const hash = new URL(url).hash.replace(/^#/, '');
  return hash || '/pages/index/index';
}

function describe(violation: Result, route: string): string {
  const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
  return `${violation.impact} ${violation.id} on ${route}: ${violation.help} — ${targets}`;
}

/** Runs axe on what the page shows now; answers the serious and critical violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const careMode = document.querySelector('.care-mode') !== null;
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const all = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast-enhanced': { enabled: false } },
    });
    if (!careMode) return all;
    // 7:1 is 关怀模式's promise to the person; the QA console beside the app on a desktop is QA's
    // tool, has no 关怀模式 and is held to the normal 4.5:1 above.
    const enhanced = await axe.run(
      { exclude: [['.qa-beside']] },
      { resultTypes: ['violations'], runOnly: ['color-contrast-enhanced'] },
    );
    return { ...all, violations: [...all.violations, ...enhanced.violations] };
  });
  const route = routeOf(page.url());
  states += 1;
  routes.add(route.split('?')[0]);
  writeSummary();
  return (results as AxeResults).violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? '') || ALWAYS_FAILING.has(violation.id))
    .map((violation) => describe(violation, route));
}

/** Fails the test on any serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  if (page.isClosed() || !page.url().startsWith('http')) return;
  expect(await axeViolations(page)).toEqual([]);
}
