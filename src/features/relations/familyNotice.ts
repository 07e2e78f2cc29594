import { relationshipLabel } from '@/domain';
import type { InsuranceType } from '@/domain';
import type { RegionProfile } from '@/regions';

/** Bumped whenever the wording below changes: everyone reads and agrees again. */
export const NOTICE_VERSION = '2026-11';

/**
 * Who the 温馨提示 speaks to: an employee-insured person may authorise relatives (and be covered
 * by them); a 居民 has no personal account and can only be covered.
 */
export type NoticeAudience = 'sponsor' | 'beneficiary';

export function noticeAudienceOf(insuranceType: InsuranceType): NoticeAudience {
  return insuranceType === 'employee' ? 'sponsor' : 'beneficiary';
}

/** The 温馨提示 in plain words, built from the region's own rules so it can never disagree with them. */
export function noticeParagraphs(region: RegionProfile, audience: NoticeAudience = 'sponsor'): string[] {
  const relatives = region.allowedRelationships.map(relationshipLabel).join('、');
  const { sponsor, beneficiary } = region.terms;
  if (audience === 'beneficiary') {
    return [
      `您参加的是城乡居民医保，没有职工医保个人账户，不能授权给别人；参加职工医保的亲属（${sponsor}）可以把他们个人账户的钱授权给您用。`,
      `可以为您共济的亲属：${relatives}。绑定由${sponsor}申请，您不需要填写申请表；需要人脸验证时，请您本人完成。`,
      '共济的钱只能用于在定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴居民医保；不能买保健品、化妆品等非医疗用品。',
      '看病买药请使用您本人的医保卡或医保电子凭证，不要把医保卡借给别人，否则属于骗取医保基金的违法行为。',
      `${sponsor}能看到用他们的钱为您支付的记录（医药机构、金额、时间）；您能看到谁在为您共济、本月还能用多少，看不到${sponsor}的账户余额。`,
      `您和${sponsor}任何一方都可以随时解除绑定，解绑立即生效，已经结算的费用不受影响。`,
    ];
  }
  return [
    `只有参加职工医保、正常参保且个人账户有余额的${sponsor}，才能把个人账户的钱给家人用。`,
    `可以绑定的亲属：${relatives}。配偶的父母（公婆、岳父母）不在家庭共济范围内。`,
    `${beneficiary}需参加基本医保（职工医保或居民医保）并正常参保，且与${sponsor}在同一省份参保。`,
    '共济的钱只能用于在定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴居民医保等参保费用；不能用于统筹基金支付的部分，也不能买保健品、化妆品等非医疗用品。',
    '看病买药必须使用患者本人的医保卡或医保电子凭证，不得冒名就医，否则属于骗取医保基金的违法行为。',
    `${sponsor}和${beneficiary}任何一方都可以随时解除绑定，解绑立即生效，已经结算的费用不受影响。`,
    region.reviewDescription,
  ];
}
