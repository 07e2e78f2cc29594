/** Shared domain vocabulary. Pure types: nothing here imports the app. */

export interface DomainError {
  code: string;
  /** Plain Chinese that tells the person what to do. */
  message: string;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export type InsuranceType = 'employee' | 'resident' | 'none';

export const INSURANCE_LABELS: Readonly<Record<InsuranceType, string>> = {
  employee: '职工医保',
  resident: '居民医保',
  none: '未参保',
};
export type InsuredStatus = 'active' | 'suspended';

/** A person as the insurance platform knows them. */
export interface Insured {
  name: string;
  idNumber: string;
  insuranceType: InsuranceType;
  status: InsuredStatus;
  /** 参保地, a province-level code such as '44'; never derived from the ID number; '' when not insured. */
  provinceCode: string;
  /** Personal-account balance in fen; 0 for someone without a personal account. */
  balanceFen: number;
}

export type RelationshipCode =
  | 'spouse'
  | 'parent'
  | 'child'
  | 'sibling'
  | 'grandparent'
  | 'maternal-grandparent'
  | 'grandchild'
  | 'maternal-grandchild';

/** `withdrawn`: the applicant took the application back while it was under review. */
export type RelationStatus = 'pending' | 'active' | 'rejected' | 'unbound' | 'withdrawn';

/** A sharing relationship as the rules see it: who shares with whom, and in which state. */
export interface Relation {
  id: string;
  sponsorIdNumber: string;
  beneficiaryIdNumber: string;
  relationship: RelationshipCode;
  status: RelationStatus;
}

export type ExpenseCategory =
  | 'outpatient'
  | 'inpatient'
  | 'pharmacy'
  | 'resident-premium'
  | 'ltc-premium'
  | 'health-supplement'
  | 'fitness'
  | 'cosmetics'
  | 'public-health';

export type DeductionOrderPolicy = 'beneficiary-chosen' | 'balance-desc';
export type FlowKind = 'relation' | 'household';
export type ReviewMode = 'manual' | 'instant';

/** The rule parameters a province sets; a region profile adds labels on top. */
export interface RegionRules {
  /** Province-level code of the region, e.g. '44'. */
  provinceCode: string;
  allowedRelationships: readonly RelationshipCode[];
  /** Cross-province sharing (national wallet); off by default. */
  crossProvince: boolean;
  /** The sponsor's balance must be strictly above this to share (山西: 1000 yuan). */
  sponsorMinimumBalanceFen: number;
  /** null = no limit. */
  maxBeneficiariesPerSponsor: number | null;
  /** null = no limit (粤医保: several); 河南医保: 1. */
  maxSponsorsPerBeneficiary: number | null;
  deductionOrder: DeductionOrderPolicy;
  reviewMode: ReviewMode;
  /** Balance that must remain available for 代缴 (粤医保 reports 380 yuan). */
  premiumMinimumBalanceFen: number;
  /** The yearly resident-insurance premium in fen. */
  premiumAmountFen: number;
  /** Name used in messages, e.g. '粤医保'; messages say '本地' without it. */
  displayName?: string;
}

/** A sponsor as seen in a beneficiary's deduction order. */
export interface SponsorLink {
  relationId: string;
  sponsorName: string;
  balanceFen: number;
  /** Position the beneficiary chose (0 = 主卡); null when never chosen. */
  chosenRank: number | null;
}
