import { RELATIONSHIP_CODES } from '../domain';
import type { RegionProfile } from './types';

/** 河南医保: all 近亲属, families built first, binding takes effect at once. */
export const henan: RegionProfile = {
  id: 'henan',
  appName: '河南医保',
  displayName: '河南医保',
  provinceName: '河南',
  provinceCode: '41',
  terms: {
    sponsor: '共济人',
    beneficiary: '被共济人',
    relationshipAccount: '家庭共济',
    member: '家庭成员',
  },
  serviceHallLabel: '我要办',
  entryLabel: '职工医保家庭共济账户绑定',
  flowKind: 'household',
  reviewDescription: '签署个人承诺书并绑定后即时生效',
  reviewPromise: '签署个人承诺书并绑定后即时生效',
  commitmentLetter: {
    title: '个人承诺书',
    paragraphs: [
      '本人{signer}作为{sponsor}，自愿将本人职工医保个人账户与家庭成员{member}（{relationship}）共济使用，{member}为{beneficiary}。本人郑重承诺：',
      '一、{beneficiary}是本人的近亲属，本人提供的{beneficiary}身份信息和亲属关系真实、有效；如有虚假，本人愿承担相应的法律责任。',
      '二、共济的钱只用于在定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴居民医保等参保费用，不用于购买保健品、化妆品等非医疗用品。',
      '三、看病买药时使用患者本人的医保卡或医保电子凭证，不出借、不冒名就医，不以任何方式骗取医保基金。',
      '四、本人知悉：签署并绑定后即时生效；{sponsor}和{beneficiary}任何一方都可以随时解除绑定，已经结算的费用不受影响。',
    ],
  },
  deductionOrderDescription:
    '就医购药时先扣被共济人自己的个人账户，不足部分从余额最多的共济人账户开始扣，用完再扣下一位，仍不足的部分自付现金',
  allowedRelationships: RELATIONSHIP_CODES,
  crossProvince: false,
  sponsorMinimumBalanceFen: 0,
  maxBeneficiariesPerSponsor: null,
  // Users report that one person can be bound by one 职工 only.
  maxSponsorsPerBeneficiary: 1,
  deductionOrder: 'balance-desc',
  reviewMode: 'instant',
  // No separate floor is published for 河南: the balance only has to cover the premium itself.
  premiumMinimumBalanceFen: 40000,
  // The 2025 national individual contribution to resident insurance is about 400 yuan a year.
  premiumAmountFen: 40000,
};
