import type { ExpenseCategory } from './types';

export interface ExpenseCategoryOption {
  readonly code: ExpenseCategory;
  readonly label: string;
}

const CATEGORY_LABELS: Readonly<Record<ExpenseCategory, string>> = Object.freeze({
  outpatient: '门诊',
  inpatient: '住院',
  pharmacy: '药店购药',
  'resident-premium': '居民医保代缴',
  'ltc-premium': '长护险代缴',
  'health-supplement': '保健品',
  fitness: '健身',
  cosmetics: '化妆品',
  'public-health': '公共卫生',
});

/**
 * Personal-account money, own or shared, pays only for medical costs at designated institutions
 * and pharmacies and for resident / long-term-care premiums (代缴); never for anything else.
 */
export const ACCOUNT_PAYABLE_CATEGORIES: readonly ExpenseCategory[] = Object.freeze([
  'outpatient',
  'inpatient',
  'pharmacy',
  'resident-premium',
  'ltc-premium',
] as const);

export const EXPENSE_CATEGORIES: readonly ExpenseCategoryOption[] = Object.freeze(
  (Object.keys(CATEGORY_LABELS) as ExpenseCategory[]).map((code) =>
    Object.freeze({ code, label: CATEGORY_LABELS[code] }),
  ),
);

export function isAccountPayable(category: string): boolean {
  return ACCOUNT_PAYABLE_CATEGORIES.some((payable) => payable === category);
}

export function expenseCategoryLabel(category: ExpenseCategory): string {
  return CATEGORY_LABELS[category];
}

export interface SponsorFunds {
  relationId: string;
  balanceFen: number;
  /** What may still be taken for this beneficiary (the sponsor's limit); absent or null = no limit. */
  limitFen?: number | null;
}

export interface SettlementInput {
  /** The personal-burden part of the bill, in fen. */
  amountFen: number;
  category: ExpenseCategory;
  ownBalanceFen: number;
  /** Already in deduction order (see orderSponsors). */
  sponsors: readonly SponsorFunds[];
}

export interface Settlement {
  own: number;
  fromSponsors: { relationId: string; fen: number }[];
  cash: number;
}

/** Amounts come from code, not from a person, so a bad one is a programming error and throws. */
function requireFen(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative safe integer of fen, got ${String(value)}`);
  }
  return value;
}

/**
 * Splits a bill: the patient's own account first, then each sponsor in the given order up to the
 * smaller of balance and limit, the rest in cash. The parts always add up to the amount.
 */
export function settle(input: SettlementInput): Settlement {
  let remaining = requireFen(input.amountFen, 'amountFen');
  const ownBalance = requireFen(input.ownBalanceFen, 'ownBalanceFen');
  const payable = isAccountPayable(input.category);

  const own = payable ? Math.min(ownBalance, remaining) : 0;
  remaining -= own;

  const fromSponsors = input.sponsors.map((sponsor) => {
    const balance = requireFen(sponsor.balanceFen, 'balanceFen');
    const limit =
      sponsor.limitFen === undefined || sponsor.limitFen === null
        ? balance
        : requireFen(sponsor.limitFen, 'limitFen');
    const fen = payable ? Math.min(balance, limit, remaining) : 0;
    remaining -= fen;
    return { relationId: sponsor.relationId, fen };
  });

  return { own, fromSponsors, cash: remaining };
}
