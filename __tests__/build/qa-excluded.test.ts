/**
 * A production mini-program carries no QA console (issue 10): dist/weapp, built without
 * TARO_APP_QA, holds neither the console's page nor its code. It needs that build first — `npm test`
 * makes it — and on its own: `npm run build:weapp && npx jest __tests__/build/qa-excluded.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';

const WEAPP = path.resolve(__dirname, '..', '..', 'dist', 'weapp');

/** The console's route and words that nothing else in the app uses, its class names and the desktop styles. */
const CONSOLE_MARKS = [
  'pages/qa',
  '测试控制台',
  '让我的登录立即过期',
  '导入粘贴的数据',
  '结算后余额',
  'family-qa-export',
  'qa-persona',
  'desktop-aside',
];

/** The minifier writes non-ASCII text in JS as \uXXXX escapes; a mark is looked for in both forms. */
function jsEscaped(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function textFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFilesUnder(full);
    return /\.(js|json|wxml|wxss|wxs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every `file: mark` where one of the marks occurs in the build. */
function occurrences(marks: readonly string[]): string[] {
  return textFilesUnder(WEAPP).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return marks
      .filter((mark) => text.includes(mark) || text.includes(jsEscaped(mark)))
      .map((mark) => `${path.relative(WEAPP, file)}: ${mark}`);
  });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(WEAPP, 'app.json'))) {
    throw new Error(
      'dist/weapp is missing: run `npm run build:weapp` (without TARO_APP_QA) before this test',
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
  expect(occurrences(CONSOLE_MARKS)).toEqual([]);
});

test('the build replaced process.env.TARO_APP_QA, which a mini-program could not read at run time', () => {
  expect(occurrences(['TARO_APP_QA'])).toEqual([]);
});
