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
  offlineService:
    '也可以由授权人带上双方的身份证、户口本或结婚证，到就近的医保经办机构服务窗口（医保大厅）办理亲情账号绑定。',
  reviewDescription: '提交后预计一个工作日内完成审核，可在“我的—办理事项”查看进度',
  deductionOrderDescription:
    '就医购药时先扣使用人自己的个人账户，不足部分按您设置的顺序扣授权人的账户：先扣主卡，用完再扣下一位，仍不足的部分自付现金',
  allowedRelationships: ['spouse', 'parent', 'child'],
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
