import { PROVINCE_NAMES, currentDay, fail, isCalendarDay, isProvinceCode, ok, provinceName } from '@/domain';

describe('provinces', () => {
  it('name a province-level code', () => {
    expect([provinceName('44'), provinceName('41')]).toEqual(['广东', '河南']);
  });

  it('know 34 province-level codes plus the residence-permit code 83', () => {
    expect(Object.keys(PROVINCE_NAMES)).toHaveLength(35);
  });

  it.each(['99', '', '4', 'toString', '__proto__'])('do not know %j', (code) => {
    expect([isProvinceCode(code), provinceName(code)]).toEqual([false, null]);
  });
});

describe('isCalendarDay', () => {
  it.each(['2024-02-29', '2025-12-31'])('accepts %s', (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });

  it.each(['2025-02-29', '2025-6-30', '20250630', '2025-06-30T00:00:00', ''])('refuses %j', (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });
});

describe('currentDay', () => {
  it('is a calendar day', () => {
    expect(isCalendarDay(currentDay())).toBe(true);
  });
});

describe('ok and fail', () => {
  it('build the two sides of a Result', () => {
    expect([ok(1), fail('ID_EMPTY', '请填写身份证号')]).toEqual([
      { ok: true, value: 1 },
      { ok: false, error: { code: 'ID_EMPTY', message: '请填写身份证号' } },
    ]);
  });
});
