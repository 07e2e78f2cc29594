import { isMaterialKind, MATERIAL_KINDS, MATERIAL_LABELS, requiredMaterials } from '@/regions/materials';

describe('requiredMaterials', () => {
  it('asks 粤医保 for both ID cards, the household register and the 承诺书 for a parent', () => {
    expect(requiredMaterials('relation', 'parent')).toEqual([
      'sponsor-id-front',
      'sponsor-id-back',
      'beneficiary-id-front',
      'beneficiary-id-back',
      'hukou-first-page',
      'hukou-member-page',
      'commitment-letter',
    ]);
  });

  it('asks 粤医保 for the marriage certificate instead of the household register for a spouse', () => {
    const forSpouse = requiredMaterials('relation', 'spouse');
    expect(forSpouse).toContain('marriage-certificate');
    expect(forSpouse).not.toContain('hukou-first-page');
  });

  it('asks 河南医保 for the signed 个人承诺书 only', () => {
    expect(requiredMaterials('household', 'sibling')).toEqual(['commitment-signature']);
  });
});

describe('material kinds', () => {
  it('label every kind in Chinese', () => {
    expect(MATERIAL_KINDS.map((kind) => MATERIAL_LABELS[kind])).toEqual([
      '授权人身份证人像面',
      '授权人身份证国徽面',
      '使用人身份证人像面',
      '使用人身份证国徽面',
      '户口本首页',
      '户口本常住人口登记页',
      '结婚证',
      '承诺书',
      '个人承诺书签名',
    ]);
  });

  it('recognise only known kinds', () => {
    expect([
      isMaterialKind('marriage-certificate'),
      isMaterialKind('toString'),
      isMaterialKind('passport'),
    ]).toEqual([true, false, false]);
  });
});
