/**
 * Every form field's validator against anything a person (or a paste) can put in it: it never
 * throws, it refuses with a Chinese message, and what it accepts is exactly what the rules say.
 */
import fc from 'fast-check';
import {
  formatYuan,
  idCheckCharacter,
  maskIdNumber,
  maskName,
  maskPhone,
  parseIdNumber,
  parseYuanToFen,
  PROVINCE_NAMES,
  RELATIONSHIPS,
  validateName,
  validatePhone,
} from '@/domain';
import type { Result } from '@/domain';
import { guangdong, henan } from '@/regions';
import { checkTypedRelative } from '@/features/relations/relativeForm';
import type { RelativeField } from '@/features/relations/relativeForm';
import { fcOptions, reportCases, runsFor, TEST_TIMEOUT_MS } from './fuzz-config';
import { hostileString } from './hostile';

jest.setTimeout(TEST_TIMEOUT_MS);

const RUNS = runsFor(500, 5);
const TODAY = '2025-06-15';
const HAN = /[\u4e00-\u9fff]/;

/** Any text at all: every code point (lone surrogates too), graphemes, and the hostile set. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  hostileString,
);

/** A refusal a person can act on: a code for the program, a Chinese sentence for them. */
function expectUsable<T>(result: Result<T>): void {
  if (result.ok) return;
  expect(result.error.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  expect(HAN.test(result.error.message)).toBe(true);
}

function property<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void {
  it(`${name} (${RUNS} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(arbitrary, (value) => {
        cases += 1;
        check(value);
      }),
      fcOptions(RUNS),
    );
    reportCases(name, cases);
  });
}

// ------------------------------------------------------------------ generators of valid input

const PROVINCES = Object.keys(PROVINCE_NAMES);

/** A resident ID number that passes every rule: known province, real birth date, right check character. */
const validIdNumber: fc.Arbitrary<string> = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    area: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${TODAY}T00:00:00Z`),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, area, birth, sequence }) => {
    const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
    const body = `${province}${String(area).padStart(4, '0')}${date}${String(sequence).padStart(3, '0')}`;
    return `${body}${idCheckCharacter(body)}`;
  });

const hanCharacter = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));

/** Han names of 2–20 characters, minority names as parts joined by the middle dot. */
const validName: fc.Arbitrary<string> = fc
  .array(fc.array(hanCharacter, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map((part) => part.join('')).join('·'))
  .filter((name) => Array.from(name).length >= 2 && Array.from(name).length <= 20);

const validPhone: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);

/** Markup in the forms it is pasted: tags, handlers, entities, script URLs. */
const markup: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '"><b>周</b>',
    '周玉兰<br>',
    '&lt;script&gt;',
    'javascript:alert(1)',
    '<iframe src="//evil">',
  ),
  fc
    .tuple(validName, fc.constantFrom('<', '>', '"', "'", '&', '/', '=', '`'), validName)
    .map(([head, sign, tail]) => `${head}${sign}${tail}`),
);

// ------------------------------------------------------------------ never throws, always usable

describe('no validator throws, on any string', () => {
  property('parseIdNumber answers every string with a result', anyText, (text) => {
    expectUsable(parseIdNumber(text, TODAY));
  });
  property('validateName answers every string with a result', anyText, (text) => {
    expectUsable(validateName(text));
  });
  property('validatePhone answers every string with a result', anyText, (text) => {
    expectUsable(validatePhone(text));
  });
  property('parseYuanToFen answers every string with a result', anyText, (text) => {
    expectUsable(parseYuanToFen(text));
  });
  property('masking never throws and never returns more than it was given', anyText, (text) => {
    for (const masked of [maskName(text), maskIdNumber(text), maskPhone(text)]) {
      expect(typeof masked).toBe('string');
      expect(Array.from(masked).length).toBeLessThanOrEqual(Array.from(text).length);
    }
  });
  property(
    'the add-relative form check answers any draft with Chinese messages',
    fc.record({
      name: anyText,
      idNumber: anyText,
      phone: anyText,
      relationship: fc.constantFrom(null, ...RELATIONSHIPS.map((option) => option.code)),
      region: fc.constantFrom(guangdong, henan),
      blurred: fc.subarray<RelativeField>(['name', 'idNumber', 'relationship', 'phone']),
    }),
    ({ name, idNumber, phone, relationship, region, blurred }) => {
      const draft = {
        name,
        idNumber,
        phone,
        relationship,
        materials: {},
        verification: null,
        idempotencyKey: 'k',
      };
      const check = checkTypedRelative(draft, {
        sponsorBirthDate: '1970-03-15',
        region,
        today: TODAY,
        blurred: new Set(blurred),
      });
      Object.values(check.errors).forEach((message) => expect(HAN.test(message ?? '')).toBe(true));
      if (check.complete) expect(check.idNumber).toMatch(/^\d{17}[\dX]$/);
    },
  );
});

// ------------------------------------------------------------------ accepts exactly what the rules say

describe('ID numbers', () => {
  property(
    'a valid ID number is accepted, with spaces, a lower-case x or full-width digits',
    validIdNumber,
    (id) => {
      const variants = [
        id,
        id.toLowerCase(),
        `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
        id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      ];
      for (const variant of variants) {
        const parsed = parseIdNumber(variant, TODAY);
        expect(parsed.ok && parsed.value.idNumber).toBe(id);
      }
    },
  );

  property(
    'changing any one digit of a valid ID number is caught',
    fc.tuple(validIdNumber, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 })),
    ([id, position, shift]) => {
      const digit = (Number(id.charAt(position)) + shift) % 10;
      const typo = `${id.slice(0, position)}${digit}${id.slice(position + 1)}`;
      expect(parseIdNumber(typo, TODAY).ok).toBe(false);
    },
  );

  property('a masked ID number keeps four characters at each end and hides the rest', validIdNumber, (id) => {
    const masked = maskIdNumber(id);
    expect(masked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
    expect(masked).not.toMatch(/\d{17}/);
  });
});

describe('names', () => {
  property(
    'a Chinese name of 2 to 20 characters, with or without the middle dot, is accepted as typed',
    validName,
    (name) => {
      const result = validateName(name);
      expect(result.ok && result.value).toBe(name);
    },
  );

  it('accepts 阿依古丽·买买提 and the dots people type for the middle dot', () => {
    for (const typed of [
      '阿依古丽·买买提',
      '阿依古丽•买买提',
      '阿依古丽・买买提',
      '阿依古丽.买买提',
      ' 阿依古丽·买买提 ',
    ]) {
      const result = validateName(typed);
      expect(result.ok && result.value).toBe('阿依古丽·买买提');
    }
  });

  property(
    'a name of one character or more than twenty is refused',
    fc.oneof(
      hanCharacter,
      fc.array(hanCharacter, { minLength: 21, maxLength: 60 }).map((chars) => chars.join('')),
    ),
    (name) => {
      const result = validateName(name);
      expect(!result.ok && result.error.code).toBe('NAME_LENGTH');
    },
  );

  property('a name carrying markup is refused', markup, (text) => {
    const result = validateName(text);
    expect(result.ok).toBe(false);
  });

  property(
    'a name with a dot at either end or two dots in a row is refused',
    fc.tuple(validName, fc.constantFrom('·{}', '{}·', '{}··{}')),
    ([name, shape]) => {
      const typed = shape.replace(/\{\}/g, name);
      expect(validateName(typed).ok).toBe(false);
    },
  );

  property('a masked name never shows a hidden character', validName, (name) => {
    const masked = maskName(name);
    const chars = Array.from(name);
    expect(Array.from(masked)).toHaveLength(chars.length);
    expect(masked.startsWith(chars[0])).toBe(true);
    expect(masked).toContain('*');
  });
});

describe('phone numbers', () => {
  property(
    'a mainland mobile number is accepted with +86, spaces or dashes, and returned as 11 digits',
    fc.tuple(validPhone, fc.constantFrom('{}', '+86{}', '86{}', '+86 {}', '{3} {4} {4}', '{3}-{4}-{4}')),
    ([phone, shape]) => {
      const typed = shape
        .replace('{}', phone)
        .replace('{3}', phone.slice(0, 3))
        .replace('{4}', phone.slice(3, 7))
        .replace('{4}', phone.slice(7));
      const result = validatePhone(typed);
      expect(result.ok && result.value).toBe(phone);
    },
  );

  property(
    'a number with a letter, a missing digit or a landline prefix is refused',
    fc.tuple(
      validPhone,
      fc.constantFrom<'drop' | 'letter' | 'landline' | 'extra'>('drop', 'letter', 'landline', 'extra'),
    ),
    ([phone, how]) => {
      const typed = {
        drop: phone.slice(1),
        letter: `${phone.slice(0, 5)}o${phone.slice(6)}`,
        landline: `0${phone.slice(1)}`,
        extra: `${phone}0`,
      }[how];
      expect(validatePhone(typed).ok).toBe(false);
    },
  );

  property('a masked phone number shows only its first three and last four digits', validPhone, (phone) => {
    expect(maskPhone(phone)).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
  });
});

describe('money', () => {
  property(
    'every amount formatYuan writes parses back to the same fen',
    fc.nat({ max: Number.MAX_SAFE_INTEGER }),
    (fen) => {
      const parsed = parseYuanToFen(formatYuan(fen));
      expect(parsed.ok && parsed.value).toBe(fen);
    },
  );

  property(
    'yuan with up to two decimals become exact fen, never a rounded float',
    fc.tuple(
      fc.nat({ max: 10_000_000 }),
      fc.constantFrom('', '.', '.0', '.5', '.05', '.50', '.99', '.1', '.3'),
    ),
    ([yuan, decimals]) => {
      const cents = decimals.length <= 1 ? 0 : Number(decimals.slice(1).padEnd(2, '0'));
      const parsed = parseYuanToFen(`${yuan}${decimals}`);
      if (decimals === '.') {
        expect(parsed.ok).toBe(false);
      } else {
        expect(parsed.ok && parsed.value).toBe(yuan * 100 + cents);
      }
    },
  );

  property(
    'negative amounts, three decimals and stray characters are refused',
    fc.tuple(
      fc.nat({ max: 1_000_000 }),
      fc.constantFrom('-{}', '{}.001', '{}元', '¥{}', '{}e2', '0x{}', '{} {}', '{}#'),
    ),
    ([yuan, shape]) => {
      expect(parseYuanToFen(shape.replace(/\{\}/g, String(yuan))).ok).toBe(false);
    },
  );
});
