import type { FlowKind, RelationshipCode } from '@/domain';

/** The documents a binding application can carry, as the provincial apps ask for them. */
export type MaterialKind =
  | 'sponsor-id-front'
  | 'sponsor-id-back'
  | 'beneficiary-id-front'
  | 'beneficiary-id-back'
  | 'hukou-first-page'
  | 'hukou-member-page'
  | 'marriage-certificate'
  | 'commitment-letter'
  | 'commitment-signature';

export const MATERIAL_LABELS: Readonly<Record<MaterialKind, string>> = Object.freeze({
  'sponsor-id-front': '授权人身份证人像面',
  'sponsor-id-back': '授权人身份证国徽面',
  'beneficiary-id-front': '使用人身份证人像面',
  'beneficiary-id-back': '使用人身份证国徽面',
  'hukou-first-page': '户口本首页',
  'hukou-member-page': '户口本常住人口登记页',
  'marriage-certificate': '结婚证',
  'commitment-letter': '承诺书',
  'commitment-signature': '个人承诺书签名',
});

export const MATERIAL_KINDS: readonly MaterialKind[] = Object.freeze(
  Object.keys(MATERIAL_LABELS) as MaterialKind[],
);

export function isMaterialKind(value: string): value is MaterialKind {
  return Object.prototype.hasOwnProperty.call(MATERIAL_LABELS, value);
}

/**
 * What an application must carry. 粤医保 reviews papers: both ID cards, proof of the kinship (the
 * marriage certificate for a spouse, the household register otherwise) and the signed 承诺书.
 * 河南医保 checks kinship against its own records and only asks for the signed 个人承诺书.
 */
export function requiredMaterials(flowKind: FlowKind, relationship: RelationshipCode): MaterialKind[] {
  if (flowKind === 'household') {
    return ['commitment-signature'];
  }
  const kinshipProof: MaterialKind[] =
    relationship === 'spouse' ? ['marriage-certificate'] : ['hukou-first-page', 'hukou-member-page'];
  return [
    'sponsor-id-front',
    'sponsor-id-back',
    'beneficiary-id-front',
    'beneficiary-id-back',
    ...kinshipProof,
    'commitment-letter',
  ];
}

/** The paper each uploaded photo is taken of: what to bring to the counter instead. */
export const MATERIAL_ORIGINALS: Readonly<Record<MaterialKind, string>> = Object.freeze({
  'sponsor-id-front': '授权人身份证原件',
  'sponsor-id-back': '授权人身份证原件',
  'beneficiary-id-front': '使用人身份证原件',
  'beneficiary-id-back': '使用人身份证原件',
  'hukou-first-page': '户口本（证明亲属关系）',
  'hukou-member-page': '户口本（证明亲属关系）',
  'marriage-certificate': '结婚证（为配偶办理时）',
  'commitment-letter': '承诺书（也可在窗口现场签署）',
  'commitment-signature': '个人承诺书（在窗口现场签署）',
});
