import { checkBinding } from '@/domain';
import type { BindingInput, Insured, Relation, RegionRules } from '@/domain';
import { makeIdNumber } from './fixtures/ids';

const TODAY = '2025-06-30';

const rules: RegionRules = {
  provinceCode: '44',
  allowedRelationships: [
    'spouse',
    'parent',
    'child',
    'sibling',
    'grandparent',
    'maternal-grandparent',
    'grandchild',
    'maternal-grandchild',
  ],
  crossProvince: false,
  sponsorMinimumBalanceFen: 0,
  maxBeneficiariesPerSponsor: null,
  maxSponsorsPerBeneficiary: null,
  deductionOrder: 'beneficiary-chosen',
  reviewMode: 'manual',
  premiumMinimumBalanceFen: 38000,
  premiumAmountFen: 40000,
};

function person(name: string, birth: string, overrides: Partial<Insured> = {}, sequence = '123'): Insured {
  return {
    name,
    idNumber: makeIdNumber('440106', birth, sequence),
    insuranceType: 'resident',
    status: 'active',
    provinceCode: '44',
    balanceFen: 0,
    ...overrides,
  };
}

const sponsor = person('甲', '19700315', { insuranceType: 'employee', balanceFen: 100000 });
const mother = person('乙', '19450610');
const son = person('丙', '20000101');
const brother = person('丁', '19750520');
const otherSponsor = person('戊', '19720822', { insuranceType: 'employee', balanceFen: 50000 });

function input(overrides: Partial<BindingInput> = {}): BindingInput {
  return {
    sponsor,
    beneficiary: mother,
    relationship: 'parent',
    existing: [],
    region: rules,
    today: TODAY,
    ...overrides,
  };
}

function relation(
  from: Insured,
  to: Insured,
  status: Relation['status'],
  id = `${from.name}-${to.name}-${status}`,
): Relation {
  return {
    id,
    sponsorIdNumber: from.idNumber,
    beneficiaryIdNumber: to.idNumber,
    relationship: 'parent',
    status,
  };
}

function codeOf(overrides: Partial<BindingInput>): string | null {
  const result = checkBinding(input(overrides));
  return result.ok ? null : result.error.code;
}

function messageOf(overrides: Partial<BindingInput>): string | null {
  const result = checkBinding(input(overrides));
  return result.ok ? null : result.error.message;
}

describe('checkBinding', () => {
  it('allows an eligible sponsor to bind an eligible parent', () => {
    expect(checkBinding(input())).toEqual({ ok: true, value: undefined });
  });

  it('reports the first failing rule, in the documented order, as each is fixed', () => {
    const seen: (string | null)[] = [];
    let current = input({
      sponsor: { ...sponsor, insuranceType: 'resident', status: 'suspended', balanceFen: 0 },
      beneficiary: null,
      relationship: 'parent',
      existing: [relation(sponsor, mother, 'active'), relation(otherSponsor, mother, 'active')],
      region: {
        ...rules,
        allowedRelationships: ['spouse', 'parent'],
        maxBeneficiariesPerSponsor: 1,
        maxSponsorsPerBeneficiary: 1,
      },
    });
    const fixes: ((now: BindingInput) => BindingInput)[] = [
      (now) => ({ ...now, sponsor: { ...now.sponsor, insuranceType: 'employee' } }),
      (now) => ({ ...now, sponsor: { ...now.sponsor, status: 'active' } }),
      (now) => ({ ...now, sponsor: { ...now.sponsor, balanceFen: 1 } }),
      (now) => ({ ...now, beneficiary: { ...now.sponsor, status: 'suspended' } }),
      (now) => ({ ...now, beneficiary: { ...now.sponsor } }),
      (now) => ({ ...now, beneficiary: { ...son, provinceCode: '41' }, relationship: 'child' }),
      (now) => ({ ...now, relationship: 'parent' }),
      (now) => ({ ...now, beneficiary: { ...mother, provinceCode: '41' } }),
      (now) => ({ ...now, beneficiary: mother }),
      (now) => ({ ...now, existing: now.existing.slice(1).concat(relation(sponsor, son, 'active')) }),
      (now) => ({ ...now, region: { ...now.region, maxBeneficiariesPerSponsor: 2 } }),
      (now) => ({ ...now, existing: [] }),
    ];
    seen.push(codeOf(current));
    for (const fix of fixes) {
      current = fix(current);
      seen.push(codeOf(current));
    }
    expect(seen).toEqual([
      'SPONSOR_NOT_EMPLOYEE',
      'SPONSOR_SUSPENDED',
      'SPONSOR_BALANCE',
      'BENEFICIARY_NOT_INSURED',
      'BENEFICIARY_SUSPENDED',
      'SELF_BINDING',
      'RELATIONSHIP_NOT_ELIGIBLE',
      'RELATIONSHIP_AGE',
      'PROVINCE_MISMATCH',
      'ALREADY_BOUND',
      'SPONSOR_LIMIT',
      'BENEFICIARY_HAS_SPONSOR',
      null,
    ]);
  });

  it('treats a malformed today as a programming error', () => {
    expect(() => checkBinding(input({ today: '30/06/2025' }))).toThrow(TypeError);
  });

  describe('sponsor', () => {
    it.each(['resident', 'none'] as const)(
      'refuses a %s-insured sponsor with SPONSOR_NOT_EMPLOYEE',
      (insuranceType) => {
        expect(codeOf({ sponsor: { ...sponsor, insuranceType } })).toBe('SPONSOR_NOT_EMPLOYEE');
      },
    );

    it('refuses a suspended sponsor with SPONSOR_SUSPENDED', () => {
      expect(codeOf({ sponsor: { ...sponsor, status: 'suspended' } })).toBe('SPONSOR_SUSPENDED');
    });

    it('refuses a sponsor with an empty account', () => {
      expect(messageOf({ sponsor: { ...sponsor, balanceFen: 0 } })).toBe(
        '您的个人账户暂无余额，有余额后才能办理家庭共济',
      );
    });

    it('allows a sponsor with one fen', () => {
      expect(codeOf({ sponsor: { ...sponsor, balanceFen: 1 } })).toBeNull();
    });

    it('refuses a balance exactly at the region minimum, which must be exceeded', () => {
      expect(
        checkBinding(
          input({
            sponsor: { ...sponsor, balanceFen: 100000 },
            region: { ...rules, sponsorMinimumBalanceFen: 100000 },
          }),
        ),
      ).toEqual({
        ok: false,
        error: {
          code: 'SPONSOR_BALANCE',
          message: '个人账户余额需超过1,000.00元才能办理家庭共济，您当前余额为1,000.00元',
        },
      });
    });

    it('allows a balance one fen above the region minimum', () => {
      expect(
        codeOf({
          sponsor: { ...sponsor, balanceFen: 100001 },
          region: { ...rules, sponsorMinimumBalanceFen: 100000 },
        }),
      ).toBeNull();
    });
  });

  describe('beneficiary', () => {
    it('refuses a person the platform does not know', () => {
      expect(checkBinding(input({ beneficiary: null }))).toEqual({
        ok: false,
        error: { code: 'BENEFICIARY_NOT_INSURED', message: '未查询到该亲属的基本医保参保信息，请先参保' },
      });
    });

    it('refuses a person who is not insured', () => {
      expect(codeOf({ beneficiary: { ...mother, insuranceType: 'none', provinceCode: '' } })).toBe(
        'BENEFICIARY_NOT_INSURED',
      );
    });

    it('allows an employee-insured relative', () => {
      expect(codeOf({ beneficiary: { ...mother, insuranceType: 'employee', balanceFen: 100 } })).toBeNull();
    });

    it('refuses a suspended relative', () => {
      expect(messageOf({ beneficiary: { ...mother, status: 'suspended' } })).toMatch(
        /^该亲属暂停参保，暂不能绑定/,
      );
    });

    it('refuses binding oneself', () => {
      expect(codeOf({ beneficiary: { ...sponsor } })).toBe('SELF_BINDING');
    });

    it('recognises oneself when the ID differs only by a lower-case x', () => {
      const xSponsor = { ...sponsor, idNumber: '11010519491231002X' };
      expect(
        codeOf({ sponsor: xSponsor, beneficiary: { ...xSponsor, idNumber: '11010519491231002x' } }),
      ).toBe('SELF_BINDING');
    });
  });

  describe('relationship', () => {
    it('refuses a code outside 近亲属, naming a spouse’s parents', () => {
      expect(messageOf({ relationship: 'parent-in-law' })).toMatch(
        /^配偶的父母等不在家庭共济范围内，只能绑定近亲属/,
      );
    });

    it('refuses a relationship the region does not allow, naming it and the region', () => {
      expect(
        checkBinding(
          input({
            beneficiary: brother,
            relationship: 'sibling',
            region: { ...rules, allowedRelationships: ['spouse', 'parent', 'child'], displayName: '粤医保' },
          }),
        ),
      ).toEqual({
        ok: false,
        error: {
          code: 'RELATIONSHIP_NOT_ELIGIBLE',
          message: '兄弟姐妹不在粤医保家庭共济范围内，可绑定：配偶、父母、子女',
        },
      });
    });

    it('says 本地 when the region has no display name', () => {
      expect(
        messageOf({
          beneficiary: brother,
          relationship: 'sibling',
          region: { ...rules, allowedRelationships: ['spouse'] },
        }),
      ).toBe('兄弟姐妹不在本地家庭共济范围内，可绑定：配偶');
    });

    it.each(['parent', 'grandparent', 'maternal-grandparent'])(
      'refuses a %s younger than the sponsor',
      (relationship) => {
        expect(codeOf({ beneficiary: son, relationship })).toBe('RELATIONSHIP_AGE');
      },
    );

    it('refuses a parent born on the same day as the sponsor', () => {
      expect(codeOf({ beneficiary: person('庚', '19700315', {}, '456'), relationship: 'parent' })).toBe(
        'RELATIONSHIP_AGE',
      );
    });

    it('explains that a parent must be born earlier', () => {
      expect(messageOf({ beneficiary: son, relationship: 'parent' })).toBe(
        '父母的出生日期应早于您的出生日期，请核对所选关系和身份证号',
      );
    });

    it.each(['child', 'grandchild', 'maternal-grandchild'])(
      'refuses a %s older than the sponsor',
      (relationship) => {
        expect(codeOf({ beneficiary: mother, relationship })).toBe('RELATIONSHIP_AGE');
      },
    );

    it('refuses a grandchild born on the same day as the sponsor', () => {
      expect(codeOf({ beneficiary: person('庚', '19700315', {}, '456'), relationship: 'grandchild' })).toBe(
        'RELATIONSHIP_AGE',
      );
    });

    it('explains that a child must be born later', () => {
      expect(messageOf({ beneficiary: mother, relationship: 'child' })).toBe(
        '子女的出生日期应晚于您的出生日期，请核对所选关系和身份证号',
      );
    });

    it.each(['child', 'grandchild', 'maternal-grandchild'])('allows a younger %s', (relationship) => {
      expect(codeOf({ beneficiary: son, relationship })).toBeNull();
    });

    it.each(['spouse', 'sibling'])('does not check age for a %s', (relationship) => {
      expect([
        codeOf({ beneficiary: mother, relationship }),
        codeOf({ beneficiary: son, relationship }),
      ]).toEqual([null, null]);
    });

    it('leaves age to review when the relative’s ID on record cannot be read', () => {
      expect(
        codeOf({ beneficiary: { ...son, idNumber: '440106000101123' }, relationship: 'parent' }),
      ).toBeNull();
    });
  });

  describe('province', () => {
    it('refuses a relative insured in another province, naming both', () => {
      expect(checkBinding(input({ beneficiary: { ...mother, provinceCode: '41' } }))).toEqual({
        ok: false,
        error: {
          code: 'PROVINCE_MISMATCH',
          message: '家庭共济要求双方参保地在同一省份：您在广东参保，该亲属在河南参保，暂不能绑定',
        },
      });
    });

    it('judges by 参保地, not the ID prefix: a Guangdong-born relative insured in Henan is refused', () => {
      expect(
        codeOf({
          sponsor: { ...sponsor, provinceCode: '44' },
          beneficiary: { ...mother, provinceCode: '41' },
        }),
      ).toBe('PROVINCE_MISMATCH');
    });

    it('judges by 参保地, not the ID prefix: a Henan-born relative insured in Guangdong is allowed', () => {
      const henanBorn = { ...mother, idNumber: makeIdNumber('410105', '19450610', '302') };
      expect(codeOf({ beneficiary: henanBorn })).toBeNull();
    });

    it('allows another province when the region shares across provinces', () => {
      expect(
        codeOf({ beneficiary: { ...mother, provinceCode: '41' }, region: { ...rules, crossProvince: true } }),
      ).toBeNull();
    });

    it('names an unknown 参保地 as 外省', () => {
      expect(messageOf({ beneficiary: { ...mother, provinceCode: '99' } })).toBe(
        '家庭共济要求双方参保地在同一省份：您在广东参保，该亲属在外省参保，暂不能绑定',
      );
    });
  });

  describe('existing relations', () => {
    it('refuses a relative whose binding is under review, saying so', () => {
      expect(checkBinding(input({ existing: [relation(sponsor, mother, 'pending')] }))).toEqual({
        ok: false,
        error: { code: 'ALREADY_BOUND', message: '您已为该亲属提交绑定申请，正在审核中，请耐心等待结果' },
      });
    });

    it('refuses a relative already bound', () => {
      expect(messageOf({ existing: [relation(sponsor, mother, 'active')] })).toBe(
        '该亲属已与您绑定，无需重复绑定',
      );
    });

    it('recognises an existing binding recorded with a lower-case x', () => {
      const xMother = { ...mother, idNumber: '11010519491231002X' };
      const existing = [
        { ...relation(sponsor, xMother, 'active'), beneficiaryIdNumber: '11010519491231002x' },
      ];
      expect(codeOf({ beneficiary: xMother, existing })).toBe('ALREADY_BOUND');
    });

    it.each(['rejected', 'unbound'] as const)('allows binding again after a %s relation', (status) => {
      expect(codeOf({ existing: [relation(sponsor, mother, status)] })).toBeNull();
    });

    it('ignores another sponsor’s binding of the same relative when the region allows several sponsors', () => {
      expect(codeOf({ existing: [relation(otherSponsor, mother, 'active')] })).toBeNull();
    });
  });

  describe('cardinality', () => {
    const limited = { ...rules, maxBeneficiariesPerSponsor: 2 };

    it('refuses a sponsor who already has the maximum, counting pending and active', () => {
      expect(
        checkBinding(
          input({
            region: limited,
            existing: [relation(sponsor, son, 'active'), relation(sponsor, brother, 'pending')],
          }),
        ),
      ).toEqual({
        ok: false,
        error: {
          code: 'SPONSOR_LIMIT',
          message: '本地每位职工最多为2位亲属共济，您已达到上限；如需添加，请先解绑一位亲属',
        },
      });
    });

    it('allows a sponsor one below the maximum', () => {
      expect(codeOf({ region: limited, existing: [relation(sponsor, son, 'active')] })).toBeNull();
    });

    it('does not count rejected or unbound relations towards the sponsor’s maximum', () => {
      expect(
        codeOf({
          region: limited,
          existing: [relation(sponsor, son, 'rejected'), relation(sponsor, brother, 'unbound')],
        }),
      ).toBeNull();
    });

    it('does not count other sponsors’ relations towards the sponsor’s maximum', () => {
      expect(
        codeOf({
          region: limited,
          existing: [relation(otherSponsor, son, 'active'), relation(otherSponsor, brother, 'active')],
        }),
      ).toBeNull();
    });

    const single = { ...rules, maxSponsorsPerBeneficiary: 1 };

    it('refuses a relative already bound by another sponsor where one sponsor is the limit', () => {
      expect(
        checkBinding(input({ region: single, existing: [relation(otherSponsor, mother, 'active')] })),
      ).toEqual({
        ok: false,
        error: {
          code: 'BENEFICIARY_HAS_SPONSOR',
          message: '该亲属已被其他职工绑定，一人只能由一名职工共济；如需改由您共济，请先由对方解绑',
        },
      });
    });

    it('counts another sponsor’s pending binding of the relative', () => {
      expect(codeOf({ region: single, existing: [relation(otherSponsor, mother, 'pending')] })).toBe(
        'BENEFICIARY_HAS_SPONSOR',
      );
    });

    it('allows a relative whose other sponsor unbound them', () => {
      expect(codeOf({ region: single, existing: [relation(otherSponsor, mother, 'unbound')] })).toBeNull();
    });

    it('counts each other sponsor once however many records they have', () => {
      const two = { ...rules, maxSponsorsPerBeneficiary: 2 };
      const existing = [
        relation(otherSponsor, mother, 'active', 'r1'),
        relation(otherSponsor, mother, 'pending', 'r2'),
      ];
      expect(codeOf({ region: two, existing })).toBeNull();
    });

    it('refuses a relative who has reached a limit above one, saying how many sponsors they have', () => {
      const two = { ...rules, maxSponsorsPerBeneficiary: 2 };
      const third = person('辛', '19800101', { insuranceType: 'employee', balanceFen: 100 });
      const existing = [relation(otherSponsor, mother, 'active'), relation(third, mother, 'active')];
      expect(messageOf({ region: two, existing })).toBe('该亲属已由2名职工共济，已达到上限，暂不能绑定');
    });
  });
});
