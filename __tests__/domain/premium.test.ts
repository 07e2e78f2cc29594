import { canPayPremium } from '@/domain';
import type { Insured, PremiumInput, RegionRules } from '@/domain';

const TODAY = '2025-06-30';

const rules: RegionRules = {
  provinceCode: '44',
  allowedRelationships: ['spouse', 'parent', 'child'],
  crossProvince: false,
  sponsorMinimumBalanceFen: 0,
  maxBeneficiariesPerSponsor: null,
  maxSponsorsPerBeneficiary: null,
  deductionOrder: 'beneficiary-chosen',
  reviewMode: 'manual',
  premiumMinimumBalanceFen: 38000,
  premiumAmountFen: 40000,
};

const sponsor: Insured = {
  name: '陈建国',
  idNumber: '440106197003151232',
  insuranceType: 'employee',
  status: 'active',
  provinceCode: '44',
  balanceFen: 500000,
};

const mother: Insured = {
  name: '周玉兰',
  idNumber: '440106194506103028',
  insuranceType: 'resident',
  status: 'active',
  provinceCode: '44',
  balanceFen: 0,
};

function input(overrides: Partial<PremiumInput> = {}): PremiumInput {
  return {
    sponsor,
    beneficiary: mother,
    year: 2025,
    paidYears: [],
    region: rules,
    relationStatus: 'active',
    today: TODAY,
    ...overrides,
  };
}

function codeOf(overrides: Partial<PremiumInput>): string | null {
  const result = canPayPremium(input(overrides));
  return result.ok ? null : result.error.code;
}

describe('canPayPremium', () => {
  it('quotes the premium and the balance left after paying it', () => {
    expect(canPayPremium(input())).toEqual({
      ok: true,
      value: { amountFen: 40000, balanceAfterFen: 460000 },
    });
  });

  it('works without a relation status for a plain check', () => {
    expect(codeOf({ relationStatus: undefined })).toBeNull();
  });

  it('refuses while the relation is under review', () => {
    expect(canPayPremium(input({ relationStatus: 'pending' }))).toEqual({
      ok: false,
      error: { code: 'PREMIUM_RELATION_INACTIVE', message: '共济关系还在审核中，审核通过后才能代缴' },
    });
  });

  it.each(['rejected', 'unbound'] as const)('refuses a %s relation', (relationStatus) => {
    expect(codeOf({ relationStatus })).toBe('PREMIUM_RELATION_INACTIVE');
  });

  it('refuses a sponsor who is not employee-insured', () => {
    expect(codeOf({ sponsor: { ...sponsor, insuranceType: 'resident' } })).toBe('SPONSOR_NOT_EMPLOYEE');
  });

  it('refuses a suspended sponsor', () => {
    expect(codeOf({ sponsor: { ...sponsor, status: 'suspended' } })).toBe('SPONSOR_SUSPENDED');
  });

  it('refuses an employee-insured relative, who does not pay resident premiums', () => {
    expect(canPayPremium(input({ beneficiary: { ...mother, insuranceType: 'employee' } }))).toEqual({
      ok: false,
      error: {
        code: 'PREMIUM_NOT_RESIDENT',
        message: '该亲属参加的是职工医保，由单位和个人缴费，无需代缴居民医保',
      },
    });
  });

  it('refuses a relative without insurance, asking to register first', () => {
    const result = canPayPremium(
      input({ beneficiary: { ...mother, insuranceType: 'none', provinceCode: '' } }),
    );
    expect(!result.ok && [result.error.code, result.error.message]).toEqual([
      'PREMIUM_NOT_RESIDENT',
      '该亲属未参加城乡居民医保，请先为其办理参保登记',
    ]);
  });

  it('refuses a suspended relative', () => {
    expect(codeOf({ beneficiary: { ...mother, status: 'suspended' } })).toBe('BENEFICIARY_SUSPENDED');
  });

  it('accepts next year', () => {
    expect(codeOf({ year: 2026 })).toBeNull();
  });

  it.each([2024, 2027, 2025.5])('refuses the year %p', (year) => {
    expect(canPayPremium(input({ year }))).toEqual({
      ok: false,
      error: { code: 'PREMIUM_YEAR', message: '只能代缴2025年或2026年的居民医保费，请重新选择年度' },
    });
  });

  it('takes the current year when today is not given', () => {
    const thisYear = new Date().getFullYear();
    expect([
      codeOf({ today: undefined, year: thisYear }),
      codeOf({ today: undefined, year: thisYear - 1 }),
    ]).toEqual([null, 'PREMIUM_YEAR']);
  });

  it('refuses a year already paid', () => {
    expect(canPayPremium(input({ paidYears: [2024, 2025] }))).toEqual({
      ok: false,
      error: { code: 'PREMIUM_ALREADY_PAID', message: '该亲属2025年的居民医保费已缴纳，无需重复缴费' },
    });
  });

  it('allows a year not yet paid when earlier years were', () => {
    expect(codeOf({ year: 2026, paidYears: [2024, 2025] })).toBeNull();
  });

  it('refuses a balance below the premium, telling the amount needed in yuan', () => {
    expect(canPayPremium(input({ sponsor: { ...sponsor, balanceFen: 39999 } }))).toEqual({
      ok: false,
      error: {
        code: 'PREMIUM_BALANCE',
        message: '个人账户余额不足：代缴需要余额至少400.00元，您当前余额为399.99元',
      },
    });
  });

  it('allows a balance exactly equal to the premium, leaving zero', () => {
    expect(canPayPremium(input({ sponsor: { ...sponsor, balanceFen: 40000 } }))).toEqual({
      ok: true,
      value: { amountFen: 40000, balanceAfterFen: 0 },
    });
  });

  it('requires the region minimum when it is above the premium', () => {
    const region = { ...rules, premiumMinimumBalanceFen: 50000 };
    expect([
      codeOf({ region, sponsor: { ...sponsor, balanceFen: 49999 } }),
      codeOf({ region, sponsor: { ...sponsor, balanceFen: 50000 } }),
    ]).toEqual(['PREMIUM_BALANCE', null]);
  });

  it('treats a malformed today as a programming error', () => {
    expect(() => canPayPremium(input({ today: '2025-6-30' }))).toThrow(TypeError);
  });
});
