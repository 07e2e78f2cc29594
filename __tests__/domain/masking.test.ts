import fc from 'fast-check';
import { maskIdNumber, maskName, maskPhone } from '@/domain';

describe('maskName', () => {
  it.each([
    ['张三丰', '张*丰'],
    ['李四', '李*'],
    ['欧阳娜娜', '欧**娜'],
    ['阿依古丽·买买提', '阿***·**提'],
    ['  王五 ', '王*'],
    ['张', '*'],
    ['', ''],
    ['𠀀𠀁𠀂', '𠀀*𠀂'],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('hides the last character too when only separators lie in between', () => {
    expect(maskName('张··李')).toBe('张··*');
  });

  it('never shows a name of two or more characters whole', () => {
    const name = fc
      .array(fc.oneof(fc.fullUnicode(), fc.constantFrom('·', '张', '李')), { minLength: 2, maxLength: 30 })
      .map((chars) => chars.join(''))
      .filter((text) => !text.includes('*') && Array.from(text.trim()).length >= 2);
    fc.assert(
      fc.property(name, (text) => maskName(text) !== text.trim() && maskName(text).includes('*')),
      { numRuns: 10000 },
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first four and last four characters with ten stars between', () => {
    expect(maskIdNumber('44010619700315123X')).toBe('4401**********123X');
  });

  it('writes a lower-case x upper-case', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
  });

  it.each([
    ['440106700315123', '4401*******5123'],
    ['440106123', '4401*6123'],
    ['44010612', '44****12'],
    ['4401', '4**1'],
    ['44', '**'],
    ['', ''],
  ])('still masks the short input %j as %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
  });

  it('drops spaces and dashes first', () => {
    expect(maskPhone('138-0000 0001')).toBe('138****0001');
  });

  it.each([
    ['1380001', '1*****1'],
    ['138', '***'],
  ])('still masks the short input %j as %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});

describe('masking long inputs', () => {
  const longText = (minLength: number): fc.Arbitrary<string> =>
    fc
      .string({ unit: 'binary', minLength, maxLength: 40 })
      .filter((text) => !/[*\s-]/.test(text) && !/[\uff01-\uff5e]/.test(text));

  it('never returns an ID number longer than eight characters whole', () => {
    fc.assert(
      fc.property(longText(9), (text) => maskIdNumber(text) !== text && maskIdNumber(text).includes('*')),
      { numRuns: 10000 },
    );
  });

  it('never returns a phone number longer than seven characters whole', () => {
    fc.assert(
      fc.property(longText(8), (text) => maskPhone(text) !== text && maskPhone(text).includes('*')),
      { numRuns: 10000 },
    );
  });
});
