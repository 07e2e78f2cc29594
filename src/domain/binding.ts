import { requireDay } from './dates';
import { normalizeIdNumber, parseIdNumber, sameIdNumber } from './idNumber';
import { formatYuan } from './money';
import { provinceName } from './provinces';
import { generationOf, parseRelationship, relationshipLabel } from './relationships';
import { fail, ok } from './result';
import type { Insured, Relation, RegionRules, RelationshipCode, Result } from './types';

export interface BindingInput {
  sponsor: Insured;
  /** null when the platform has no record of the person. */
  beneficiary: Insured | null;
  /** As claimed by the sponsor; only review can confirm the kinship itself. */
  relationship: string;
  existing: readonly Relation[];
  region: RegionRules;
  today: string;
}

function isLive(relation: Relation): boolean {
  return relation.status === 'pending' || relation.status === 'active';
}

function regionWords(region: RegionRules): string {
  return region.displayName ?? '本地';
}

function placeName(code: string): string {
  return provinceName(code) ?? '外省';
}

function birthDateOf(idNumber: string, today: string): string | null {
  const parsed = parseIdNumber(idNumber, today);
  return parsed.ok ? parsed.value.birthDate : null;
}

export interface RelationshipClaim {
  relationship: string;
  /** YYYY-MM-DD; null when unknown, which leaves the age question to review. */
  sponsorBirthDate: string | null;
  beneficiaryBirthDate: string | null;
  region: RegionRules;
}

/**
 * The claimed relationship on its own: a close relative (近亲属), within the region's list, and
 * plausible from the two birth dates. A form runs it as the person types; checkBinding runs it too.
 */
export function checkRelationshipClaim(claim: RelationshipClaim): Result<RelationshipCode> {
  const { region, sponsorBirthDate, beneficiaryBirthDate } = claim;
  const relationship = parseRelationship(claim.relationship);
  if (!relationship.ok) {
    return relationship;
  }
  const code = relationship.value;
  if (!region.allowedRelationships.includes(code)) {
    const allowed = region.allowedRelationships.map(relationshipLabel).join('、');
    return fail(
      'RELATIONSHIP_NOT_ELIGIBLE',
      `${relationshipLabel(code)}不在${regionWords(region)}家庭共济范围内，可绑定：${allowed}`,
    );
  }

  const generation = generationOf(code);
  if (sponsorBirthDate !== null && beneficiaryBirthDate !== null) {
    if (generation === 'older' && !(beneficiaryBirthDate < sponsorBirthDate)) {
      return fail(
        'RELATIONSHIP_AGE',
        `${relationshipLabel(code)}的出生日期应早于您的出生日期，请核对所选关系和身份证号`,
      );
    }
    if (generation === 'younger' && !(beneficiaryBirthDate > sponsorBirthDate)) {
      return fail(
        'RELATIONSHIP_AGE',
        `${relationshipLabel(code)}的出生日期应晚于您的出生日期，请核对所选关系和身份证号`,
      );
    }
  }
  return ok(code);
}

/**
 * Whether `sponsor` may bind `beneficiary`. Returns the first rule that fails, in the order a
 * person would fix them: their own account, the relative's insurance, the relationship, then the
 * limits of the region.
 */
export function checkBinding(input: BindingInput): Result<void> {
  const { sponsor, beneficiary, existing, region } = input;
  const today = requireDay(input.today);

  if (sponsor.insuranceType !== 'employee') {
    return fail(
      'SPONSOR_NOT_EMPLOYEE',
      '只有职工医保参保人才有个人账户，可以发起家庭共济；您目前不是职工医保参保人',
    );
  }
  if (sponsor.status !== 'active') {
    return fail('SPONSOR_SUSPENDED', '您的职工医保处于暂停参保状态，恢复正常参保后才能办理家庭共济');
  }
  if (sponsor.balanceFen <= region.sponsorMinimumBalanceFen) {
    return fail(
      'SPONSOR_BALANCE',
      region.sponsorMinimumBalanceFen === 0
        ? '您的个人账户暂无余额，有余额后才能办理家庭共济'
        : `个人账户余额需超过${formatYuan(region.sponsorMinimumBalanceFen)}元才能办理家庭共济，您当前余额为${formatYuan(sponsor.balanceFen)}元`,
    );
  }

  if (beneficiary === null || beneficiary.insuranceType === 'none') {
    return fail('BENEFICIARY_NOT_INSURED', '未查询到该亲属的基本医保参保信息，请先参保');
  }
  if (beneficiary.status !== 'active') {
    return fail('BENEFICIARY_SUSPENDED', '该亲属暂停参保，暂不能绑定；恢复正常参保后再来办理');
  }
  if (sameIdNumber(sponsor.idNumber, beneficiary.idNumber)) {
    return fail('SELF_BINDING', '不能绑定自己，请填写要共济的亲属的信息');
  }

  const claim = checkRelationshipClaim({
    relationship: input.relationship,
    sponsorBirthDate: birthDateOf(sponsor.idNumber, today),
    beneficiaryBirthDate: birthDateOf(beneficiary.idNumber, today),
    region,
  });
  if (!claim.ok) {
    return claim;
  }

  if (!region.crossProvince && sponsor.provinceCode !== beneficiary.provinceCode) {
    return fail(
      'PROVINCE_MISMATCH',
      `家庭共济要求双方参保地在同一省份：您在${placeName(sponsor.provinceCode)}参保，该亲属在${placeName(beneficiary.provinceCode)}参保，暂不能绑定`,
    );
  }

  const sponsorLive = existing.filter(
    (relation) => isLive(relation) && sameIdNumber(relation.sponsorIdNumber, sponsor.idNumber),
  );
  const current = sponsorLive.find((relation) =>
    sameIdNumber(relation.beneficiaryIdNumber, beneficiary.idNumber),
  );
  if (current !== undefined) {
    return fail(
      'ALREADY_BOUND',
      current.status === 'pending'
        ? '您已为该亲属提交绑定申请，正在审核中，请耐心等待结果'
        : '该亲属已与您绑定，无需重复绑定',
    );
  }

  const maxBeneficiaries = region.maxBeneficiariesPerSponsor;
  if (maxBeneficiaries !== null && sponsorLive.length >= maxBeneficiaries) {
    return fail(
      'SPONSOR_LIMIT',
      `${regionWords(region)}每位职工最多为${maxBeneficiaries}位亲属共济，您已达到上限；如需添加，请先解绑一位亲属`,
    );
  }

  const maxSponsors = region.maxSponsorsPerBeneficiary;
  if (maxSponsors !== null) {
    const otherSponsors = new Set(
      existing
        .filter(
          (relation) =>
            isLive(relation) &&
            sameIdNumber(relation.beneficiaryIdNumber, beneficiary.idNumber) &&
            !sameIdNumber(relation.sponsorIdNumber, sponsor.idNumber),
        )
        .map((relation) => normalizeIdNumber(relation.sponsorIdNumber)),
    );
    if (otherSponsors.size >= maxSponsors) {
      return fail(
        'BENEFICIARY_HAS_SPONSOR',
        maxSponsors === 1
          ? '该亲属已被其他职工绑定，一人只能由一名职工共济；如需改由您共济，请先由对方解绑'
          : `该亲属已由${otherSponsors.size}名职工共济，已达到上限，暂不能绑定`,
      );
    }
  }

  return ok(undefined);
}
