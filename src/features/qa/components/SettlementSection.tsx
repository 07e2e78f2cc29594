import { View } from '@tarojs/components';
import { useState } from 'react';
import { EXPENSE_CATEGORIES, formatYuan, parseYuanToFen } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import * as services from '@/services';
import type { Settlement } from '@/services';
import { refreshQa, usePersonas } from '../queries';
import { Button } from '@/ui/Button';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { Field, YuanField } from '@/ui/Field';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { SettlementResult } from '@/features/qa/components/SettlementResult';
import { useAction } from '@/features/qa/useAction';
import { ErrorState } from '@/ui/States';

const DEFAULT_INSTITUTION = '广州市第一人民医院';
const CATEGORY_CHOICES = EXPENSE_CATEGORIES.map((option) => ({ value: option.code, label: option.label }));

interface FormErrors {
  patient?: string;
  institution?: string;
  amount?: string;
}

export function SettlementSection({ visit }: { visit: number }) {
  const { data: personas = [], error: loadError, refetch } = usePersonas(visit);
  const [patientId, setPatientId] = useState<string | null>(null);
  const [institution, setInstitution] = useState(DEFAULT_INSTITUTION);
  const [category, setCategory] = useState<ExpenseCategory>('outpatient');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [result, setResult] = useState<Settlement | null>(null);
  const { busy, outcome, run } = useAction<'settle'>();

  function submit() {
    const patient = personas.find((persona) => persona.personId === patientId);
    const parsed = parseYuanToFen(amount);
    const found: FormErrors = {
      patient: patient ? undefined : '请选择就诊人',
      institution: institution.trim() ? undefined : '请填写医药机构名称',
      amount: parsed.ok ? (parsed.value > 0 ? undefined : '金额必须大于0') : parsed.error.message,
    };
    setErrors(found);
    if (!patient || !parsed.ok || found.institution || found.amount) return;
    setResult(null);
    void run('settle', async () => {
      const settlement = await services.qa.settle({
        idNumber: patient.idNumber,
        amountFen: parsed.value,
        institution: institution.trim(),
        category,
      });
      setResult(settlement);
      await refreshQa();
      return `已为${patient.name}结算 ${formatYuan(settlement.amountFen)} 元`;
    });
  }

  return (
    <View className="qa-section" role="region" aria-label="结算">
      {loadError ? <ErrorState message={loadError.message} onRetry={() => void refetch()} /> : null}
      <ChoiceGroup
        label="就诊人"
        choices={personas.map((persona) => ({ value: persona.personId, label: persona.name }))}
        value={patientId}
        error={errors.patient}
        onChange={(value) => {
          setPatientId(value);
          setErrors((previous) => ({ ...previous, patient: undefined }));
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
        label="个人负担金额（元）"
        value={amount}
        placeholder="例如 300.00"
        error={errors.amount}
        hint="按扣款顺序：先本人个人账户，再各共济人账户，最后现金"
        onChange={(value) => {
          setAmount(value);
          setErrors((previous) => ({ ...previous, amount: undefined }));
        }}
      />
      <Button kind="primary" block loading={busy === 'settle'} onClick={submit}>
        模拟结算
      </Button>
      <OutcomeBanner outcome={outcome} />
      {result ? <SettlementResult settlement={result} personas={personas} /> : null}
    </View>
  );
}
