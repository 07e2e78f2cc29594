/**
 * What stays out of what every phone downloads first (issue 16): the WeChat and Alipay main
 * packages and the H5 first load hold neither the QR encoder and the 医保电子凭证 page, nor the
 * 使用记录 chart, nor dayjs (src/domain/clock.ts says why). Each mark is also looked for in the whole
 * build, so a mark that no longer matches anything fails here instead of passing for ever.
 */
import fs from 'node:fs';
import path from 'node:path';
import { h5FirstLoad, mainPackageFiles } from '../../scripts/check-size';
import { textMark, type Mark } from './marks';

const RELEASE = path.resolve(__dirname, '..', '..', 'dist', 'release');

const SUBPACKAGE_ONLY: readonly Mark[] = [
  // uqr's own error text.
  textMark('the QR encoder (uqr)', 'Version value out of range'),
  textMark('the 医保电子凭证 page', '结算时请向医药机构出示此码'),
  textMark('the 使用记录 chart', '近12个月支付金额'),
  // dayjs.min.js's text for an unparsable date.
  textMark('dayjs', 'Invalid Date'),
];

function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? filesUnder(full, base)
      : [path.relative(base, full).split(path.sep).join('/')];
  });
}

function marksIn(dir: string, files: readonly string[]): string[] {
  const text = files
    .filter((file) => /\.(js|json|wxml|axml|wxss|acss|css|html)$/.test(file))
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
  return SUBPACKAGE_ONLY.filter((mark) => mark.pattern.test(text)).map((mark) => mark.label);
}

const everyMark = SUBPACKAGE_ONLY.map((mark) => mark.label);

describe.each(['weapp', 'alipay'])('the release %s build', (target) => {
  const dir = path.join(RELEASE, target);

  test('has the QR encoder, the card page, the chart and dayjs somewhere', () => {
    expect(marksIn(dir, filesUnder(dir))).toEqual(everyMark);
  });

  test('keeps all four out of its main package', () => {
    expect(marksIn(dir, mainPackageFiles(dir))).toEqual([]);
  });
});

describe('the release H5 build', () => {
  const dir = path.join(RELEASE, 'h5');

  test('has the QR encoder, the card page, the chart and dayjs somewhere', () => {
    expect(marksIn(dir, filesUnder(dir))).toEqual(everyMark);
  });

  test('keeps all four out of what index.html loads first', () => {
    const firstLoad = h5FirstLoad(dir).files.map((file) => file.replace(/^\.?\//, ''));
    expect(marksIn(dir, firstLoad)).toEqual([]);
  });
});
