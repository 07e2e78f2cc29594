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
  deductionOrderDescription:
    '就医购药时先扣被共济人自己的个人账户，不足部分从余额最多的共济人账户开始扣，用完再扣下一位，仍不足的部分自付现金',
  offline: {
    where: '参保地的医疗保障经办机构服务窗口',
    // The national medical-insurance hotline; the app's 隐私政策 points to it as well.
    phone: '12393',
    steps: [
      '共济人带齐下列材料，到参保地医疗保障经办机构的服务窗口',
      '在窗口办理家庭共济关系绑定',
      '现场签订个人承诺书，绑定即时生效',
    ],
    alsoBring: [
      '共济人身份证原件和医保卡（社保卡）',
      '被共济人身份证原件和医保卡（社保卡）',
      '户口本或结婚证等亲属关系证明',
    ],
    source: '据河南医保公开的家庭共济办理方式（线下办理）整理，以当地窗口要求为准',
  },
  allowedRelationships: RELATIONSHIP_CODES,
  relationshipScopeReason: null,
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
