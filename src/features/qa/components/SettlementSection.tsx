import { View } from '@tarojs/components';
import { useState } from 'react';
import { formatYuan } from '@/domain';
import * as services from '@/services';
import type { Settlement } from '@/services';
import { refreshQa, usePersonas } from '../queries';
import { Button } from '@/ui/Button';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { BillFields, useBillForm } from '@/features/qa/components/BillFields';
import { OutcomeBanner } from '@/features/qa/components/OutcomeBanner';
import { SettlementResult } from '@/features/qa/components/SettlementResult';
import { useAction } from '@/features/qa/useAction';
import { ErrorState } from '@/ui/States';

export function SettlementSection({ visit }: { visit: number }) {
  const { data: personas = [], error: loadError, refetch } = usePersonas(visit);
  const [patientId, setPatientId] = useState<string | null>(null);
  const [patientError, setPatientError] = useState<string | undefined>();
  const bill = useBillForm({ institution: '广州市第一人民医院', category: 'outpatient' });
  const [result, setResult] = useState<Settlement | null>(null);
  const { busy, outcome, run } = useAction<'settle'>();

  function submit() {
    const patient = personas.find((persona) => persona.personId === patientId);
    const checked = bill.check();
    setPatientError(patient ? undefined : '请选择就诊人');
    if (!patient || !checked) return;
    setResult(null);
    void run('settle', async () => {
      const settlement = await services.qa.settle({ idNumber: patient.idNumber, ...checked });
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
        error={patientError}
        onChange={(value) => {
          setPatientId(value);
          setPatientError(undefined);
        }}
      />
      <BillFields
        bill={bill}
        amountLabel="个人负担金额（元）"
        amountHint="按扣款顺序：先本人个人账户，再各共济人账户，最后现金"
      />
      <Button kind="primary" block loading={busy === 'settle'} onClick={submit}>
        模拟结算
      </Button>
      <OutcomeBanner outcome={outcome} />
      {result ? <SettlementResult settlement={result} personas={personas} /> : null}
    </View>
  );
}
