import fc from 'fast-check';
import { receiptNumber } from '@/domain';

/** Fixed, so a failure is the same on every run. */
const SEEDED = { seed: 20261201 };

test('a premium id becomes eight digits in two groups, without its prefix', () => {
  expect(receiptNumber('premium-1012')).toBe('0000 1012');
});

test('every 凭证号 is groups of four digits that end with the id’s digits', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{1,12}-[0-9]{1,20}$/), (id) => {
      const number = receiptNumber(id);
      expect(number).toMatch(/^\d{4}( \d{4})+$/);
      expect(number.replace(/ /g, '').replace(/^0+/, '')).toBe(id.replace(/\D/g, '').replace(/^0+/, ''));
    }),
    SEEDED,
  );
});

test('two ids with different numbers never share a 凭证号', () => {
  fc.assert(
    fc.property(fc.nat(), fc.nat(), (a, b) => {
      fc.pre(a !== b);
      expect(receiptNumber(`premium-${a}`)).not.toBe(receiptNumber(`premium-${b}`));
    }),
    SEEDED,
  );
});

test('an id without digits is a programming error', () => {
  expect(() => receiptNumber('premium')).toThrow(TypeError);
});
