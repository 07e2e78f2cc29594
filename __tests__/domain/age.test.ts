import { ageOn, needsFaceVerification } from '@/domain';
import { makeIdNumber } from './fixtures/ids';

const LEAP_DAY_BABY = makeIdNumber('440106', '20080229', '123');
/** Turns 16 in 2100, which is not a leap year. */
const LEAP_DAY_2084 = makeIdNumber('110105', '20840229', '001');
const CHEN_XIAOMING = '440106201609010011';

describe('ageOn', () => {
  it('counts whole years from a birth date', () => {
    expect(ageOn('1970-03-15', '2025-06-30')).toBe(55);
  });

  it('counts whole years from an ID number', () => {
    expect(ageOn('440106197003151232', '2025-06-30')).toBe(55);
  });

  it('does not count the year before the birthday', () => {
    expect(ageOn('1970-03-15', '2025-03-14')).toBe(54);
  });

  it('counts the year on the birthday itself', () => {
    expect(ageOn('1970-03-15', '2025-03-15')).toBe(55);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2025-06-30', '2025-06-30')).toBe(0);
  });

  it('does not yet count the year on 28 February for someone born on 29 February', () => {
    expect(ageOn(LEAP_DAY_BABY, '2025-02-28')).toBe(16);
  });

  it('counts the year on 1 March of a common year for someone born on 29 February', () => {
    expect(ageOn(LEAP_DAY_BABY, '2025-03-01')).toBe(17);
  });

  it('counts the year on 29 February of a leap year for someone born that day', () => {
    expect(ageOn(LEAP_DAY_BABY, '2024-02-29')).toBe(16);
  });

  it('is null for a birth date after today', () => {
    expect(ageOn('2025-07-01', '2025-06-30')).toBeNull();
  });

  it('is null for something that is neither a date nor a valid ID number', () => {
    expect(ageOn('440106197003151233', '2025-06-30')).toBeNull();
  });

  it('treats a malformed today as a programming error', () => {
    expect(() => ageOn('1970-03-15', '20250630')).toThrow(TypeError);
  });
});

describe('needsFaceVerification', () => {
  it('is false for 陈小明, who is under 16', () => {
    expect(needsFaceVerification(CHEN_XIAOMING, '2025-06-30')).toBe(false);
  });

  it('is false on the day before the 16th birthday', () => {
    expect(needsFaceVerification(CHEN_XIAOMING, '2032-08-31')).toBe(false);
  });

  it('is true on the 16th birthday itself', () => {
    expect(needsFaceVerification(CHEN_XIAOMING, '2032-09-01')).toBe(true);
  });

  it('is true for an adult', () => {
    expect(needsFaceVerification('440106194506103028', '2025-06-30')).toBe(true);
  });

  it('is false on 28 February of a common year for a 29 February child turning 16', () => {
    expect(needsFaceVerification(LEAP_DAY_2084, '2100-02-28')).toBe(false);
  });

  it('is true on 1 March of a common year for a 29 February child turning 16', () => {
    expect(needsFaceVerification(LEAP_DAY_2084, '2100-03-01')).toBe(true);
  });

  it('asks for verification when the ID number cannot be read', () => {
    expect(needsFaceVerification('4401062016', '2025-06-30')).toBe(true);
  });
});
