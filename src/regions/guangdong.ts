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
  // The seeds give no wording for 粤医保's 承诺书: this follows the points the published guides
  // make (true papers, money for medical costs only, own card, review, unbinding at any time).
  commitmentLetter: {
    title: '承诺书',
    paragraphs: [
      '本人{signer}（{sponsor}）自愿将本人广东省职工基本医疗保险个人账户授权给本人的{relationship}{member}（{beneficiary}）共济使用。本人郑重承诺：',
      '一、{member}是本人的{relationship}。本人提交的双方身份证、户口本（或结婚证）等材料真实、有效；如有虚假，本人愿承担相应的法律责任，并退回已共济使用的个人账户资金。',
      '二、共济的个人账户资金只用于{beneficiary}在广东省内定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴{beneficiary}的居民医保个人缴费，不用于购买保健品、化妆品、生活用品等非医疗用品。',
      '三、{beneficiary}看病买药时使用本人的医保电子凭证或社会保障卡，不出借、不冒名就医，不以任何方式骗取医保基金。',
      '四、本人知悉：申请经医保经办机构审核通过后生效；{sponsor}和{beneficiary}任何一方都可以随时在粤医保解除绑定，解绑前已经结算的费用不受影响。',
    ],
  },
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
