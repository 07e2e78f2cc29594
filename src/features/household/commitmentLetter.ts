import type { RegionProfile } from '@/regions';

/** Bumped whenever the wording below changes: the version is sent with every signed binding. */
export const COMMITMENT_VERSION = '2026-11';

export interface CommitmentParties {
  /** The signer's own full name: it is their letter, on their own device. */
  sponsorName: string;
  memberName: string;
  relationship: string;
}

/** The 个人承诺书 a 共济人 signs before binding a family member, in the region's words. */
export function commitmentParagraphs(region: RegionProfile, parties: CommitmentParties): string[] {
  const { sponsor, beneficiary } = region.terms;
  const { sponsorName, memberName, relationship } = parties;
  return [
    `本人${sponsorName}作为${sponsor}，自愿将本人职工医保个人账户与家庭成员${memberName}（${relationship}）共济使用，${memberName}为${beneficiary}。本人郑重承诺：`,
    `一、${beneficiary}是本人的近亲属，本人提供的${beneficiary}身份信息和亲属关系真实、有效；如有虚假，本人愿承担相应的法律责任。`,
    '二、共济的钱只用于在定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴居民医保等参保费用，不用于购买保健品、化妆品等非医疗用品。',
    '三、看病买药时使用患者本人的医保卡或医保电子凭证，不出借、不冒名就医，不以任何方式骗取医保基金。',
    `四、本人知悉：签署并绑定后即时生效；${sponsor}和${beneficiary}任何一方都可以随时解除绑定，已经结算的费用不受影响。`,
  ];
}
