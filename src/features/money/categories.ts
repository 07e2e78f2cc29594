import { EXPENSE_CATEGORIES, isAccountPayable } from '@/domain';
import type { ExpenseCategory, ExpenseCategoryOption } from '@/domain';

/**
 * The bills a person brings from a hospital or a pharmacy that shared funds may pay (DESIGN:
 * medical costs at designated institutions and pharmacies). Premiums are paid on 代缴, not billed.
 */
const BILLS: readonly ExpenseCategory[] = ['outpatient', 'inpatient', 'pharmacy'];

/** What 结算预估 offers: only bills a personal account may pay. */
export const ESTIMATE_CATEGORIES: readonly ExpenseCategoryOption[] = EXPENSE_CATEGORIES.filter(
  (option) => BILLS.includes(option.code) && isAccountPayable(option.code),
);

/** What no personal account, own or shared, may pay for, in words: 保健品、健身、化妆品、公共卫生. */
export const NOT_PAYABLE_LABELS: readonly string[] = EXPENSE_CATEGORIES.filter(
  (option) => !isAccountPayable(option.code),
).map((option) => option.label);
