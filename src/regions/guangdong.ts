import type { RegionProfile } from './types';

/** 粤医保 as published in 2023: spouse, parents and children only; every binding is reviewed. */
export const guangdong: RegionProfile = {
  id: 'guangdong',
  appName: '粤医保',
  displayName: '粤医保',
  provinceName: '广东',
  provinceCode: '44',
  terms: {
    sponsor: '授权人',
    beneficiary: '使用人',
    relationshipAccount: '亲情账号',
    member: '亲属',
  },
  serviceHallLabel: '业务办理',
  entryLabel: '亲情账号绑定/解绑',
  flowKind: 'relation',
  reviewDescription: '提交后预计一个工作日内完成审核，可在“我的—办理事项”查看进度',
  reviewPromise: '预计一个工作日内完成审核',
  deductionOrderDescription:
    '就医购药时先扣使用人自己的个人账户，不足部分按您设置的顺序扣授权人的账户：先扣主卡，用完再扣下一位，仍不足的部分自付现金',
  offline: {
    where: '参保地的医保服务大厅（医保经办机构服务窗口）',
    // The national medical-insurance hotline; the app's 隐私政策 points to it as well.
    phone: '12393',
    steps: [
      '授权人和使用人带齐下列材料，到参保地医保服务大厅',
      '在窗口填写《医保家庭共济申请表》，签署承诺书',
      '提交材料，等待审核',
      '审核通过后领取回执单',
    ],
    alsoBring: ['授权人的医保卡（社保卡）', '使用人的医保卡（社保卡）'],
    source: '据粤医保及医保经办机构公开的家庭共济办理指南（线下办理流程）整理，以当地窗口要求为准',
  },
  allowedRelationships: ['spouse', 'parent', 'child'],
  relationshipScopeReason:
    '粤医保2023年公布的办法只开放配偶、父母、子女之间的共济，其他近亲属可到参保地医保经办机构咨询',
  crossProvince: false,
  sponsorMinimumBalanceFen: 0,
  maxBeneficiariesPerSponsor: null,
  // A 使用人 may be covered by several 授权人 at once.
  maxSponsorsPerBeneficiary: null,
  deductionOrder: 'beneficiary-chosen',
  reviewMode: 'manual',
  // 粤医保 asks for 380 yuan in the account before it will pay a resident premium.
  premiumMinimumBalanceFen: 38000,
  // The 2025 national individual contribution to resident insurance is about 400 yuan a year.
  premiumAmountFen: 40000,
};
