import { View } from '@tarojs/components';
import { useState } from 'react';
import { EXPENSE_CATEGORIES, formatYuan, parseYuanToFen } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import * as services from '@/services';
import type { Settlement } from '@/services';
import { Button } from '@/ui/Button';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { Field, YuanField } from '@/ui/Field';
import { refreshQa, usePersonas } from '../queries';
import { useAction } from '../useAction';
import { OutcomeBanner } from './OutcomeBanner';
import { SettlementResult } from './SettlementResult';

const DEFAULT_INSTITUTION = '大参林药店';
const CATEGORY_CHOICES = EXPENSE_CATEGORIES.map((option) => ({ value: option.code, label: option.label }));

interface FormErrors {
  code?: string;
  institution?: string;
  amount?: string;
}

/**
 * 扫码结算: QA at the pharmacy counter pastes the text under the patient's 医保码 (there is no
 * camera scan here) and bills them; the back end finds the patient from the code and settles
 * through the same deduction order as 结算. An expired or used code is refused in its words.
 */
export function ScanSettlementSection({ visit }: { visit: number }) {
  const { data: personas = [] } = usePersonas(visit);
  const [code, setCode] = useState('');
  const [institution, setInstitution] = useState(DEFAULT_INSTITUTION);
  const [category, setCategory] = useState<ExpenseCategory>('pharmacy');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [result, setResult] = useState<Settlement | null>(null);
  const { busy, outcome, run } = useAction<'scan'>();

  function submit() {
    const parsed = parseYuanToFen(amount);
    const found: FormErrors = {
      code: code.trim() ? undefined : '请粘贴或输入参保人医保码下方的文字',
      institution: institution.trim() ? undefined : '请填写医药机构名称',
      amount: parsed.ok ? (parsed.value > 0 ? undefined : '金额必须大于0') : parsed.error.message,
    };
    setErrors(found);
    if (!parsed.ok || found.code || found.institution || found.amount) return;
    setResult(null);
    void run('scan', async () => {
      const settlement = await services.qa.settleByCode({
        code: code.trim(),
        amountFen: parsed.value,
        institution: institution.trim(),
        category,
      });
      setResult(settlement);
      await refreshQa();
      return `扫码结算成功：${settlement.patient.maskedName} ${formatYuan(settlement.amountFen)} 元`;
    });
  }

  return (
    <View className="qa-section" role="region" aria-label="扫码结算">
      <Field
        label="医保码"
        value={code}
        placeholder="粘贴医保码下方的文字"
        maxlength={200}
        error={errors.code}
        onChange={(value) => {
          setCode(value);
          setErrors((previous) => ({ ...previous, code: undefined }));
        }}
      />
      <Field
        label="医药机构"
        value={institution}
        maxlength={60}
        error={errors.institution}
        onChange={(value) => {
          setInstitution(value);
          setErrors((previous) => ({ ...previous, institution: undefined }));
        }}
      />
      <ChoiceGroup<ExpenseCategory>
        label="费用类别"
        choices={CATEGORY_CHOICES}
        value={category}
        onChange={setCategory}
      />
      <YuanField
        label="本次金额（元）"
        value={amount}
        placeholder="例如 300.00"
        error={errors.amount}
        onChange={(value) => {
          setAmount(value);
          setErrors((previous) => ({ ...previous, amount: undefined }));
        }}
      />
      <Button kind="primary" block loading={busy === 'scan'} onClick={submit}>
        扫码结算
      </Button>
      <OutcomeBanner outcome={outcome} />
      {result ? <SettlementResult settlement={result} personas={personas} /> : null}
    </View>
  );
}
