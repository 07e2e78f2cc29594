import dayjs from 'dayjs';
import fc from 'fast-check';
import { idCheckCharacter, normalizeIdNumber, parseIdNumber, sameIdNumber } from '@/domain';
import { makeIdNumber, referenceCheckCharacter, withWrongCheck } from './fixtures/ids';

const TODAY = '2025-06-30';

function errorCode(input: string, today = TODAY): string | null {
  const result = parseIdNumber(input, today);
  return result.ok ? null : result.error.code;
}

describe('parseIdNumber', () => {
  it('reads birth date, sex and province from a valid number', () => {
    expect(parseIdNumber('440106197003151232', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '440106197003151232', birthDate: '1970-03-15', sex: 'male', provinceCode: '44' },
    });
  });

  it('reads an even 17th digit as female', () => {
    const result = parseIdNumber('440106197208222049', TODAY);
    expect(result.ok && result.value.sex).toBe('female');
  });

  it('accepts the check character X', () => {
    expect(parseIdNumber('11010519491231002X', TODAY).ok).toBe(true);
  });

  it('accepts a lower-case x and returns it upper-case', () => {
    const result = parseIdNumber('11010519491231002x', TODAY);
    expect(result.ok && result.value.idNumber).toBe('11010519491231002X');
  });

  it('trims surrounding spaces', () => {
    const result = parseIdNumber('  440106197003151232 \n', TODAY);
    expect(result.ok && result.value.idNumber).toBe('440106197003151232');
  });

  it('ignores spaces between digit groups, as people paste them', () => {
    const result = parseIdNumber('440106 19700315 1232', TODAY);
    expect(result.ok && result.value.idNumber).toBe('440106197003151232');
  });

  it('accepts full-width digits typed with a Chinese input method', () => {
    const result = parseIdNumber('４４０１０６１９７００３１５１２３２', TODAY);
    expect(result.ok && result.value.idNumber).toBe('440106197003151232');
  });

  it.each(['', '   ', '\u3000'])('refuses an empty input %j with ID_EMPTY', (input) => {
    expect(parseIdNumber(input, TODAY)).toEqual({
      ok: false,
      error: { code: 'ID_EMPTY', message: '请填写身份证号' },
    });
  });

  it('asks for the 18-digit number when given a 15-digit legacy one', () => {
    const result = parseIdNumber('440106700315123', TODAY);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ID_LEGACY_15', message: expect.stringContaining('请填写18位的新身份证号') },
    });
  });

  it.each(['4401061970031512', '44010619700315123', '4401061970031512321', '44010670031512X'])(
    'refuses %s with ID_LENGTH',
    (input) => {
      expect(errorCode(input)).toBe('ID_LENGTH');
    },
  );

  it('tells how many characters were typed when the length is wrong', () => {
    const result = parseIdNumber('44010619700315123', TODAY);
    expect(!result.ok && result.error.message).toBe('身份证号应为18位，您填写了17位，请核对');
  });

  it.each(['44010619700315A232', '4401061970031512X2', '44010619700315123Y', '44010619700315123-'])(
    'refuses %s with ID_CHARACTERS',
    (input) => {
      expect(errorCode(input)).toBe('ID_CHARACTERS');
    },
  );

  it('accepts exactly the province-level codes of GB/T 2260 as the first two digits', () => {
    const known = [
      [11, 15],
      [21, 23],
      [31, 37],
      [41, 46],
      [50, 54],
      [61, 65],
      [71, 71],
      [81, 83],
    ];
    for (let code = 0; code < 100; code += 1) {
      const prefix = String(code).padStart(2, '0');
      const expected = known.some(([low, high]) => code >= low && code <= high);
      const result = parseIdNumber(makeIdNumber(`${prefix}0106`, '19700315', '123'), TODAY);
      expect({ prefix, ok: result.ok }).toEqual({ prefix, ok: expected });
    }
  });

  it('refuses an unknown province code with ID_REGION', () => {
    expect(errorCode(makeIdNumber('990106', '19700315', '123'))).toBe('ID_REGION');
  });

  it('refuses 30 February with ID_BIRTH_DATE', () => {
    expect(errorCode(makeIdNumber('440106', '19990230', '123'))).toBe('ID_BIRTH_DATE');
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseIdNumber(makeIdNumber('440106', '20000229', '123'), TODAY).ok).toBe(true);
  });

  it('refuses 29 February 1900, which was not a leap year', () => {
    expect(errorCode(makeIdNumber('440106', '19000229', '123'))).toBe('ID_BIRTH_DATE');
  });

  it.each(['19701315', '19700015', '19700300', '19700431'])('refuses the impossible date %s', (birth) => {
    expect(errorCode(makeIdNumber('440106', birth, '123'))).toBe('ID_BIRTH_DATE');
  });

  it('accepts 1 January 1900 as the earliest birth date', () => {
    expect(parseIdNumber(makeIdNumber('440106', '19000101', '123'), TODAY).ok).toBe(true);
  });

  it('refuses a birth date before 1900', () => {
    expect(errorCode(makeIdNumber('440106', '18991231', '123'))).toBe('ID_BIRTH_DATE');
  });

  it('accepts someone born today', () => {
    expect(parseIdNumber(makeIdNumber('440106', '20250630', '123'), TODAY).ok).toBe(true);
  });

  it('refuses a birth date after today', () => {
    expect(errorCode(makeIdNumber('440106', '20250701', '123'))).toBe('ID_BIRTH_DATE');
  });

  it('takes the current day when today is not given', () => {
    const tomorrow = dayjs().add(1, 'day').format('YYYYMMDD');
    const yesterday = dayjs().subtract(1, 'day').format('YYYYMMDD');
    expect([
      parseIdNumber(makeIdNumber('440106', yesterday, '123')).ok,
      parseIdNumber(makeIdNumber('440106', tomorrow, '123')).ok,
    ]).toEqual([true, false]);
  });

  it('refuses a wrong check character with ID_CHECKSUM', () => {
    expect(parseIdNumber(withWrongCheck('440106197003151232'), TODAY)).toEqual({
      ok: false,
      error: { code: 'ID_CHECKSUM', message: expect.stringContaining('请逐位核对') },
    });
  });

  it('refuses a digit where the check character must be X', () => {
    expect(errorCode('110105194912310020')).toBe('ID_CHECKSUM');
  });

  it('treats a malformed today as a programming error', () => {
    expect(() => parseIdNumber('440106197003151232', '2025/06/30')).toThrow(TypeError);
  });

  it('never throws on any string', () => {
    const inputs = fc.oneof(
      fc.string(),
      fc.fullUnicodeString(),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.stringOf(fc.constantFrom(...'0123456789Xx ０Ｘ'), { maxLength: 22 }),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = parseIdNumber(input, TODAY);
        return result.ok || (typeof result.error.code === 'string' && result.error.message !== '');
      }),
      { numRuns: 10000 },
    );
  });

  it('accepts a well-formed number exactly when its check character is right', () => {
    const provinces = [
      '11',
      '15',
      '21',
      '23',
      '31',
      '37',
      '41',
      '44',
      '46',
      '50',
      '54',
      '61',
      '65',
      '71',
      '81',
      '83',
    ];
    const day = fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2025, 5, 30)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10).replace(/-/g, ''));
    const digits = (length: number): fc.Arbitrary<string> =>
      fc.stringOf(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length });
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        digits(4),
        day,
        digits(3),
        fc.constantFrom(...'0123456789Xx'),
        (province, area, birth, sequence, last) => {
          const body = `${province}${area}${birth}${sequence}`;
          const expected = last.toUpperCase() === referenceCheckCharacter(body);
          return parseIdNumber(`${body}${last}`, TODAY).ok === expected;
        },
      ),
      { numRuns: 10000 },
    );
  });
});

describe('idCheckCharacter', () => {
  it('computes X for the example body of GB 11643', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });
});

describe('normalizeIdNumber', () => {
  it('drops spaces and upper-cases x', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});

describe('sameIdNumber', () => {
  it('treats numbers differing only in the case of x as the same person', () => {
    expect(sameIdNumber('11010519491231002x', '11010519491231002X')).toBe(true);
  });

  it('tells different numbers apart', () => {
    expect(sameIdNumber('440106197003151232', '440106197208222049')).toBe(false);
  });
});
