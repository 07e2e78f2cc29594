import fc from 'fast-check';
import { formatYuan, parseYuanToFen } from '@/domain';

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [123450, '1,234.50'],
    [100000, '1,000.00'],
    [99999, '999.99'],
    [123456789012, '1,234,567,890.12'],
    [-123450, '-1,234.50'],
    [-5, '-0.05'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('writes %p fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([Number.NaN, 1.5, Number.POSITIVE_INFINITY, 2 ** 53])('throws a TypeError for %p', (fen) => {
    expect(() => formatYuan(fen)).toThrow(TypeError);
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['12.3', 1230],
    ['12', 1200],
    ['0.05', 5],
    ['12.30', 1230],
    ['1,234.50', 123450],
    ['1,234,567', 123456700],
    [' 8.8 ', 880],
    ['007', 700],
    ['0', 0],
    ['１２．５', 1250],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %p fen', (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, value: fen });
  });

  it('computes from digits, not floats, so 0.29 and 19.99 come out exact', () => {
    expect([parseYuanToFen('0.29'), parseYuanToFen('19.99')]).toEqual([
      { ok: true, value: 29 },
      { ok: true, value: 1999 },
    ]);
  });

  it.each(['', '   '])('refuses an empty input %j', (text) => {
    expect(parseYuanToFen(text)).toEqual({
      ok: false,
      error: { code: 'MONEY_EMPTY', message: '请输入金额' },
    });
  });

  it.each(['-1', '-0.5', ' -3'])('refuses the negative amount %j', (text) => {
    expect(parseYuanToFen(text)).toEqual({
      ok: false,
      error: { code: 'MONEY_NEGATIVE', message: '金额不能为负数，请重新输入' },
    });
  });

  it.each(['1.005', '0.001', '12.345'])('refuses %j with more than two decimals', (text) => {
    expect(parseYuanToFen(text)).toEqual({
      ok: false,
      error: { code: 'MONEY_DECIMALS', message: '金额最多保留两位小数（精确到分），请重新输入' },
    });
  });

  it.each([
    'abc',
    '12a',
    '1e3',
    '.5',
    '5.',
    '+5',
    '1,23',
    '12,34.5',
    '1,2345',
    '¥5',
    'NaN',
    'Infinity',
    '1 000',
  ])('refuses the non-number %j', (text) => {
    expect(parseYuanToFen(text)).toEqual({
      ok: false,
      error: { code: 'MONEY_FORMAT', message: '请输入正确的金额，例如 12.50' },
    });
  });

  it.each(['90071992547409.92', '100000000000000000', '9'.repeat(400)])(
    'refuses %s as beyond the safe range',
    (text) => {
      expect(parseYuanToFen(text)).toEqual({
        ok: false,
        error: { code: 'MONEY_TOO_LARGE', message: '金额过大，请核对后重新输入' },
      });
    },
  );

  it('reads back whatever formatYuan writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => {
        const result = parseYuanToFen(formatYuan(fen));
        return result.ok && result.value === fen;
      }),
      { numRuns: 10000 },
    );
  });
});
