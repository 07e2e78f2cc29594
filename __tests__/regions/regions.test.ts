import { PROVINCE_NAMES, checkBinding, isRelationshipCode } from '@/domain';
import type { Insured } from '@/domain';
import { REGIONS, guangdong, henan, regionById, regionForProvince, relationshipScopeNote } from '@/regions';
import type { RegionProfile } from '@/regions';

const TODAY = '2025-06-30';

/** A hypothetical third province, written the way a new profile file would be. */
const shanxi: RegionProfile = {
  id: 'shanxi',
  appName: '山西医保',
  displayName: '山西医保',
  provinceName: '山西',
  provinceCode: '14',
  terms: {
    sponsor: '授权人',
    beneficiary: '被授权人',
    relationshipAccount: '家庭账户共济',
    member: '家庭成员',
  },
  serviceHallLabel: '服务大厅',
  entryLabel: '家庭账户共济',
  flowKind: 'relation',
  reviewDescription: '提交后即时生效',
  reviewPromise: '提交后即时生效',
  deductionOrderDescription: '先扣本人账户，再按授权顺序扣授权人账户，仍不足的部分自付现金',
  offline: {
    where: '参保地医保经办机构服务窗口',
    phone: '12393',
    steps: ['带齐材料到窗口办理'],
    alsoBring: ['医保卡'],
    source: '假设的省份，仅用于测试',
  },
  allowedRelationships: ['spouse', 'parent', 'child'],
  relationshipScopeReason: null,
  crossProvince: false,
  sponsorMinimumBalanceFen: 100000,
  maxBeneficiariesPerSponsor: null,
  maxSponsorsPerBeneficiary: null,
  deductionOrder: 'beneficiary-chosen',
  reviewMode: 'instant',
  premiumMinimumBalanceFen: 40000,
  premiumAmountFen: 40000,
};

function insured(idNumber: string, overrides: Partial<Insured> = {}): Insured {
  return {
    name: '某人',
    idNumber,
    insuranceType: 'resident',
    status: 'active',
    provinceCode: '14',
    balanceFen: 0,
    ...overrides,
  };
}

describe('region profiles', () => {
  it.each(REGIONS.map((region) => [region.id, region] as const))(
    '%s names its own province',
    (_id, region) => {
      expect(region.provinceName).toBe(PROVINCE_NAMES[region.provinceCode]);
    },
  );

  it.each(REGIONS.map((region) => [region.id, region] as const))('%s allows only 近亲属', (_id, region) => {
    expect(region.allowedRelationships.every(isRelationshipCode)).toBe(true);
  });

  it('have distinct ids and province codes', () => {
    expect([
      new Set(REGIONS.map((r) => r.id)).size,
      new Set(REGIONS.map((r) => r.provinceCode)).size,
    ]).toEqual([REGIONS.length, REGIONS.length]);
  });

  it('粤医保 uses its own words and entry point', () => {
    expect([
      guangdong.appName,
      guangdong.terms,
      guangdong.serviceHallLabel,
      guangdong.entryLabel,
      guangdong.flowKind,
    ]).toEqual([
      '粤医保',
      { sponsor: '授权人', beneficiary: '使用人', relationshipAccount: '亲情账号', member: '亲属' },
      '业务办理',
      '亲情账号绑定/解绑',
      'relation',
    ]);
  });

  it('粤医保 allows spouse, parents and children, reviewed by hand, several sponsors, order chosen by the user', () => {
    expect([
      guangdong.allowedRelationships,
      guangdong.reviewMode,
      guangdong.maxSponsorsPerBeneficiary,
      guangdong.maxBeneficiariesPerSponsor,
      guangdong.deductionOrder,
      guangdong.crossProvince,
    ]).toEqual([['spouse', 'parent', 'child'], 'manual', null, null, 'beneficiary-chosen', false]);
  });

  it('粤医保 keeps 380 yuan for premiums and charges 400', () => {
    expect([
      guangdong.premiumMinimumBalanceFen,
      guangdong.premiumAmountFen,
      guangdong.sponsorMinimumBalanceFen,
    ]).toEqual([38000, 40000, 0]);
  });

  it('粤医保 says a review takes about one working day', () => {
    expect(guangdong.reviewDescription).toContain('预计一个工作日内完成审核');
  });

  it('河南医保 uses its own words and entry point', () => {
    expect([henan.appName, henan.terms, henan.serviceHallLabel, henan.entryLabel, henan.flowKind]).toEqual([
      '河南医保',
      { sponsor: '共济人', beneficiary: '被共济人', relationshipAccount: '家庭共济', member: '家庭成员' },
      '我要办',
      '职工医保家庭共济账户绑定',
      'household',
    ]);
  });

  it('河南医保 allows all 近亲属, instantly, one sponsor per person, order by balance', () => {
    expect([
      henan.allowedRelationships.length,
      henan.reviewMode,
      henan.maxSponsorsPerBeneficiary,
      henan.deductionOrder,
      henan.crossProvince,
      henan.sponsorMinimumBalanceFen,
    ]).toEqual([8, 'instant', 1, 'balance-desc', false, 0]);
  });

  it('河南医保 says a binding takes effect at once', () => {
    expect(henan.reviewDescription).toContain('即时生效');
  });
});

describe('regionForProvince', () => {
  it.each([
    ['44', 'guangdong'],
    ['41', 'henan'],
  ])('finds the profile for %s', (code, id) => {
    expect(regionForProvince(code)?.id).toBe(id);
  });

  it('is null where the app is not offered', () => {
    expect(regionForProvince('11')).toBeNull();
  });
});

describe('regionById', () => {
  it('finds a profile by id', () => {
    expect(regionById('henan')).toBe(henan);
  });

  it('is null for an unknown id', () => {
    expect(regionById('shanghai')).toBeNull();
  });
});

describe('a third province', () => {
  const registry = [...REGIONS, shanxi];
  const sponsor = insured('140105197003151235', { insuranceType: 'employee' });
  const mother = insured('140105194506103020');

  it('is found once its profile is in the registry', () => {
    expect(regionForProvince('14', registry)).toBe(shanxi);
  });

  it('refuses a sponsor at exactly its 1000-yuan minimum, through the unchanged rules', () => {
    const result = checkBinding({
      sponsor: { ...sponsor, balanceFen: 100000 },
      beneficiary: mother,
      relationship: 'parent',
      existing: [],
      region: shanxi,
      today: TODAY,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'SPONSOR_BALANCE',
        message: '个人账户余额需超过1,000.00元才能办理家庭共济，您当前余额为1,000.00元',
      },
    });
  });

  it('allows a sponsor one fen above its minimum', () => {
    expect(
      checkBinding({
        sponsor: { ...sponsor, balanceFen: 100001 },
        beneficiary: mother,
        relationship: 'parent',
        existing: [],
        region: shanxi,
        today: TODAY,
      }),
    ).toEqual({ ok: true, value: undefined });
  });

  it('names itself when refusing a relationship outside its scope', () => {
    const result = checkBinding({
      sponsor: { ...sponsor, balanceFen: 200000 },
      beneficiary: mother,
      relationship: 'sibling',
      existing: [],
      region: shanxi,
      today: TODAY,
    });
    expect(!result.ok && result.error.message).toBe(
      '兄弟姐妹不在山西医保家庭共济范围内，可绑定：配偶、父母、子女',
    );
  });
});

describe('relationshipScopeNote', () => {
  it('names in one line the 近亲属 粤医保 does not cover, and why', () => {
    expect(relationshipScopeNote(guangdong)).toBe(
      '兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女暂不能在粤医保绑定：粤医保2023年公布的办法只开放配偶、父母、子女之间的共济，其他近亲属可到参保地医保经办机构咨询。',
    );
  });

  it('says nothing where every 近亲属 may be bound', () => {
    expect(relationshipScopeNote(henan)).toBeNull();
  });

  it('names what a region leaves out even without a reason', () => {
    expect(relationshipScopeNote(shanxi)).toBe(
      '兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女暂不能在山西医保绑定。',
    );
  });
});
