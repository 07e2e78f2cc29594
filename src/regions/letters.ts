/**
 * The letters a sponsor signs for a binding, per region id. Kept out of the region profiles, which
 * every page loads, so the texts travel with the pages that print them (the family subpackage).
 */
/**
 * The letter a sponsor signs for a binding, in the province's words. In the paragraphs, {signer}
 * is the signer's own name, {member} the relative's (masked), {relationship} what the relative is
 * to the signer, {sponsor} and {beneficiary} the region's words for the two sides.
 */
export interface CommitmentLetterText {
  /** 个人承诺书 / 承诺书 */
  title: string;
  paragraphs: readonly string[];
}

export const COMMITMENT_LETTERS: Readonly<Record<string, CommitmentLetterText>> = Object.freeze({
  henan: {
    title: '个人承诺书',
    paragraphs: [
      '本人{signer}作为{sponsor}，自愿将本人职工医保个人账户与家庭成员{member}（{relationship}）共济使用，{member}为{beneficiary}。本人郑重承诺：',
      '一、{beneficiary}是本人的近亲属，本人提供的{beneficiary}身份信息和亲属关系真实、有效；如有虚假，本人愿承担相应的法律责任。',
      '二、共济的钱只用于在定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴居民医保等参保费用，不用于购买保健品、化妆品等非医疗用品。',
      '三、看病买药时使用患者本人的医保卡或医保电子凭证，不出借、不冒名就医，不以任何方式骗取医保基金。',
      '四、本人知悉：签署并绑定后即时生效；{sponsor}和{beneficiary}任何一方都可以随时解除绑定，已经结算的费用不受影响。',
    ],
  },
  // The seeds give no wording for 粤医保's 承诺书: this follows the points the published guides
  // make (true papers, money for medical costs only, own card, review, unbinding at any time).
  guangdong: {
    title: '承诺书',
    paragraphs: [
      '本人{signer}（{sponsor}）自愿将本人广东省职工基本医疗保险个人账户授权给本人的{relationship}{member}（{beneficiary}）共济使用。本人郑重承诺：',
      '一、{member}是本人的{relationship}。本人提交的双方身份证、户口本（或结婚证）等材料真实、有效；如有虚假，本人愿承担相应的法律责任，并退回已共济使用的个人账户资金。',
      '二、共济的个人账户资金只用于{beneficiary}在广东省内定点医疗机构、定点零售药店看病买药时个人负担的费用，以及代缴{beneficiary}的居民医保个人缴费，不用于购买保健品、化妆品、生活用品等非医疗用品。',
      '三、{beneficiary}看病买药时使用本人的医保电子凭证或社会保障卡，不出借、不冒名就医，不以任何方式骗取医保基金。',
      '四、本人知悉：申请经医保经办机构审核通过后生效；{sponsor}和{beneficiary}任何一方都可以随时在粤医保解除绑定，解绑前已经结算的费用不受影响。',
    ],
  },
});
