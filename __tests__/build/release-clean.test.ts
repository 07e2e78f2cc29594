/**
 * A release build is the app and nothing else (issue 13): no file that `npm run build:<target>`
 * emits for WeChat, Alipay or H5 holds a seed persona's name, ID number or phone, the mock SMS
 * code, an /api/_mock route or the QA console. `npm test` builds them into dist/release/<target>;
 * on its own: `TARO_APP_API_BASE=https://… TARO_OUTPUT=dist/release/weapp npm run build:weapp`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mockOnlyMarks, occurrences } from './marks';

const RELEASE = path.resolve(__dirname, '..', '..', 'dist', 'release');
const TARGETS = [
  { target: 'weapp', entry: 'app.json' },
  { target: 'alipay', entry: 'app.json' },
  { target: 'h5', entry: 'index.html' },
] as const;

test('the marks cover every seed persona, the SMS code, the mock routes and the console', () => {
  const labels = mockOnlyMarks().map((mark) => mark.label);
  expect(labels).toEqual(
    expect.arrayContaining([
      'persona name 周建军',
      'ID number of 周建军',
      'phone of 周建军',
      'the mock SMS code',
      '_mock',
      'QA console: pages/qa',
    ]),
  );
});

describe.each(TARGETS)('the release $target build', ({ target, entry }) => {
  const dir = path.join(RELEASE, target);

  beforeAll(() => {
    if (!fs.existsSync(path.join(dir, entry))) {
      throw new Error(`dist/release/${target} is missing: npm test builds it (see this file's header)`);
    }
  });

  test('holds no persona, SMS code, mock route or QA console in any file', () => {
    expect(occurrences(dir, mockOnlyMarks())).toEqual([]);
  });
});
