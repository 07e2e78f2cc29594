import { useState } from 'react';
import { EXPENSE_CATEGORIES, parseYuanToFen } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { Field, YuanField } from '@/ui/Field';

const CATEGORY_CHOICES = EXPENSE_CATEGORIES.map((option) => ({ value: option.code, label: option.label }));

/** A bill as the back end's settle and settleByCode take it. */
export interface CheckedBill {
  institution: string;
  category: ExpenseCategory;
  amountFen: number;
}

interface BillErrors {
  institution?: string;
  amount?: string;
}

export interface BillForm {
  institution: string;
  category: ExpenseCategory;
  amount: string;
  errors: BillErrors;
  setInstitution(value: string): void;
  setCategory(value: ExpenseCategory): void;
  setAmount(value: string): void;
  /** The bill as typed, or null with each reason shown at its field. */
  check(): CheckedBill | null;
}

/** The bill both settlement sections ask for: where, what kind, how much. */
export function useBillForm(defaults: { institution: string; category: ExpenseCategory }): BillForm {
  const [institution, setInstitution] = useState(defaults.institution);
  const [category, setCategory] = useState<ExpenseCategory>(defaults.category);
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<BillErrors>({});
  return {
    institution,
    category,
    amount,
    errors,
    setInstitution(value) {
      setInstitution(value);
      setErrors((previous) => ({ ...previous, institution: undefined }));
    },
    setCategory,
    setAmount(value) {
      setAmount(value);
      setErrors((previous) => ({ ...previous, amount: undefined }));
    },
    check() {
      const parsed = parseYuanToFen(amount);
      const found: BillErrors = {
        institution: institution.trim() ? undefined : '请填写医药机构名称',
        amount: parsed.ok ? (parsed.value > 0 ? undefined : '金额必须大于0') : parsed.error.message,
      };
      setErrors(found);
      if (!parsed.ok || found.institution || found.amount) return null;
      return { institution: institution.trim(), category, amountFen: parsed.value };
    },
  };
}

export interface BillFieldsProps {
  bill: BillForm;
  /** 个人负担金额 for a hospital's bill, 本次金额 at the pharmacy counter. */
  amountLabel: string;
  amountHint?: string;
}

export function BillFields({ bill, amountLabel, amountHint }: BillFieldsProps) {
  return (
    <>
      <Field
        label="医药机构"
        value={bill.institution}
        maxlength={60}
        error={bill.errors.institution}
        onChange={bill.setInstitution}
      />
      <ChoiceGroup<ExpenseCategory>
        label="费用类别"
        choices={CATEGORY_CHOICES}
        value={bill.category}
        onChange={bill.setCategory}
      />
      <YuanField
        label={amountLabel}
        value={bill.amount}
        placeholder="例如 300.00"
        error={bill.errors.amount}
        hint={amountHint}
        onChange={bill.setAmount}
      />
    </>
  );
}
