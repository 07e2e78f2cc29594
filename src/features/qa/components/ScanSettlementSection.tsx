import { View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { formatYuan } from '@/domain';
import * as services from '@/services';
import type { Settlement } from '@/services';
import { Button } from '@/ui/Button';
import { Field } from '@/ui/Field';
import { refreshQa, usePersonas } from '../queries';
import { useAction } from '../useAction';
import { BillFields, useBillForm } from './BillFields';
import { CodeScanner } from './CodeScanner';
import { OutcomeBanner } from './OutcomeBanner';
import { SettlementResult } from './SettlementResult';

/**
 * 扫码结算: QA at the pharmacy counter scans the patient's 医保码 with the camera, or pastes the text
 * under it, and bills them; the back end finds the patient from the code and settles through the
 * same deduction order as 结算. An expired or used code is refused in its words.
 */
export function ScanSettlementSection({ visit }: { visit: number }) {
  const { data: personas = [] } = usePersonas(visit);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const bill = useBillForm({ institution: '大参林药店', category: 'pharmacy' });
  const [result, setResult] = useState<Settlement | null>(null);
  const { busy, outcome, run } = useAction<'scan'>();
  const scanned = useCallback((text: string) => {
    setCode(text.trim());
    setCodeError(undefined);
  }, []);

  function submit() {
    const checked = bill.check();
    const typedCode = code.trim();
    setCodeError(typedCode ? undefined : '请粘贴或输入参保人医保码下方的文字');
    if (!typedCode || !checked) return;
    setResult(null);
    void run('scan', async () => {
      const settlement = await services.qa.settleByCode({ code: typedCode, ...checked });
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
        error={codeError}
        onChange={(value) => {
          setCode(value);
          setCodeError(undefined);
        }}
      />
      <CodeScanner onScanned={scanned} />
      <BillFields bill={bill} amountLabel="本次金额（元）" />
      <Button kind="primary" block loading={busy === 'scan'} onClick={submit}>
        扫码结算
      </Button>
      <OutcomeBanner outcome={outcome} />
      {result ? <SettlementResult settlement={result} personas={personas} /> : null}
    </View>
  );
}
