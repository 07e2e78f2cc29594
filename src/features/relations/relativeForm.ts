import { checkRelationshipClaim, parseIdNumber, validateName, validatePhone } from '@/domain';
import type { RegionRules } from '@/domain';
import { requiredMaterials, type MaterialKind } from '@/regions/materials';
import type { FlowKind } from '@/domain';
import type { RelativeDraft } from './drafts';

export type RelativeField = 'name' | 'idNumber' | 'relationship' | 'phone';
export type RelativeErrors = Partial<Record<RelativeField, string>>;

export interface TypedRelativeCheck {
  /** Messages to show now; an unfinished field is not an error until the person leaves it. */
  errors: RelativeErrors;
  /** Name, ID number and relationship all pass the rules a form can check on its own. */
  complete: boolean;
  idNumber: string | null;
}

const ID_BAD_CHARACTER = /[^0-9xX\s]/;

/**
 * The domain's rules applied to what was typed, for feedback as the person types; the back end
 * checks everything again on submit.
 */
export function checkTypedRelative(
  draft: RelativeDraft,
  context: {
    sponsorBirthDate: string | null;
    region: RegionRules;
    today: string;
    blurred: ReadonlySet<RelativeField>;
  },
): TypedRelativeCheck {
  const errors: RelativeErrors = {};
  const { blurred } = context;

  // A wrong character shows at once; a name still being typed is judged when the person moves on.
  const name = validateName(draft.name);
  const unfinishedName = name.ok || name.error.code === 'NAME_EMPTY' || name.error.code === 'NAME_LENGTH';
  if (!name.ok && (blurred.has('name') || !unfinishedName)) errors.name = name.error.message;

  const typedId = draft.idNumber.replace(/\s/g, '');
  const id = parseIdNumber(draft.idNumber, context.today);
  if (!id.ok && (typedId.length >= 18 || ID_BAD_CHARACTER.test(draft.idNumber) || blurred.has('idNumber'))) {
    errors.idNumber = id.error.message;
  }

  if (draft.relationship) {
    const claim = checkRelationshipClaim({
      relationship: draft.relationship,
      sponsorBirthDate: context.sponsorBirthDate,
      beneficiaryBirthDate: id.ok ? id.value.birthDate : null,
      region: context.region,
    });
    if (!claim.ok) errors.relationship = claim.error.message;
  }

  if (draft.phone.length > 0) {
    const phone = validatePhone(draft.phone);
    if (!phone.ok && (draft.phone.replace(/\D/g, '').length >= 11 || blurred.has('phone'))) {
      errors.phone = phone.error.message;
    }
  }

  const complete = name.ok && id.ok && draft.relationship !== null && !errors.relationship && !errors.phone;
  return { errors, complete, idNumber: id.ok ? id.value.idNumber : null };
}

/** The documents still missing for this relationship under this region's flow. */
export function missingMaterials(draft: RelativeDraft, flowKind: FlowKind): MaterialKind[] {
  if (!draft.relationship) return [];
  return requiredMaterials(flowKind, draft.relationship).filter((kind) => !draft.materials[kind]);
}
