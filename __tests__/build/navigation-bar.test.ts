/**
 * A mini-program draws its own navigation bar from the page config, so the H5 bar of the page frame
 * must not reach its output: neither in the demo nor in the release, on WeChat or Alipay. The H5
 * demo is the control: there the bar is in the code, so the marks do find it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { occurrences, textMark } from './marks';
import { BUILD_KINDS, DIST_ROOT, MINI_TARGETS, distOf } from './support/dist';

/** The bar's spoken name and its class: in the code only where the bar can be drawn. */
const BAR_MARKS = [textMark('页面导航'), textMark('nav-bar__action')];

test.each(MINI_TARGETS.flatMap((target) => BUILD_KINDS.map((kind) => [target, kind] as const)))(
  'the %s %s build carries no H5 navigation bar',
  (target, kind) => {
    expect(occurrences(distOf(target, kind), BAR_MARKS)).toEqual([]);
  },
);

test('the H5 demo build carries the bar the mini-programs leave out', () => {
  const h5 = path.join(DIST_ROOT, 'h5');
  if (!fs.existsSync(path.join(h5, 'index.html'))) {
    throw new Error(`${h5} has no index.html: build it first (npm run build:h5:demo)`);
  }
  expect(occurrences(h5, BAR_MARKS).length).toBeGreaterThan(0);
});
