/**
 * A demo mini-program carries no QA console unless asked (issue 10): dist/weapp, built without
 * TARO_APP_QA, holds neither the console's page nor its code. It needs that build first — `npm test`
 * makes it — and on its own: `npm run build:weapp:demo && npx jest __tests__/build/qa-excluded.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { CONSOLE_MARKS, occurrences, textMark } from './marks';

const WEAPP = path.resolve(__dirname, '..', '..', 'dist', 'weapp');

/** Every `file: mark` where one of the marks occurs in the build. */
function consoleOccurrences(marks: readonly string[]): string[] {
  return occurrences(
    WEAPP,
    marks.map((mark) => textMark(mark)),
  );
}

beforeAll(() => {
  if (!fs.existsSync(path.join(WEAPP, 'app.json'))) {
    throw new Error(
      'dist/weapp is missing: run `npm run build:weapp:demo` (without TARO_APP_QA) before this test',
    );
  }
});

test('the production WeChat build registers no QA console page', () => {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  const pages = [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
  ];
  const consolePages = pages.filter((page) => page.startsWith('pages/qa/'));
  if (consolePages.length > 0) {
    throw new Error(
      `dist/weapp registers ${consolePages.join(', ')}: it was built with TARO_APP_QA=1, or src/app.config.ts ` +
        'no longer leaves the console out of production mini-programs',
    );
  }
  expect(fs.existsSync(path.join(WEAPP, 'pages', 'qa'))).toBe(false);
});

test('no file of the production WeChat build holds the console’s route, words or styles', () => {
  expect(consoleOccurrences(CONSOLE_MARKS)).toEqual([]);
});

test('the build replaced process.env.TARO_APP_QA, which a mini-program could not read at run time', () => {
  expect(consoleOccurrences(['TARO_APP_QA'])).toEqual([]);
});
