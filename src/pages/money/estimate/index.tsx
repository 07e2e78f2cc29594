import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { parseYuanToFen } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import { useSession } from '@/features/auth';
import { ESTIMATE_CATEGORIES, NOT_PAYABLE_LABELS, refreshEstimates, useEstimate } from '@/features/money';
import { Card } from '@/ui/Card';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { DataState } from '@/ui/DataState';
import { YuanField } from '@/ui/Field';
import { EstimateResult } from '@/features/money';
import { Page } from '@/features/shell';

const CATEGORY_CHOICES = ESTIMATE_CATEGORIES.map((option) => ({ value: option.code, label: option.label }));

/** 结算预估: type a bill and see, before going, what each account and cash would pay. */
export default function EstimatePage() {
  const sponsor = useSession((state) => state.sponsor);
  const refresh = useSession((state) => state.refresh);
  const [amount, setAmount] = useState('');
  const [category, setCategory] = useState<ExpenseCategory>('pharmacy');

  useDidShow(() => {
    void refresh();
    void refreshEstimates();
  });

  const parsed = parseYuanToFen(amount);
  const amountError =
    amount.trim() === ''
      ? null
      : !parsed.ok
        ? parsed.error.message
        : parsed.value === 0
          ? '请输入大于 0 的金额'
          : null;
  const bill = parsed.ok && parsed.value > 0 ? { amountFen: parsed.value, category } : null;
  const estimate = useEstimate(bill);

  return (
    <Page>
      <Text className="page__title">结算预估</Text>
      <Card>
        <Text className="card__text">去医院或药店之前，先看看这笔费用由哪个账户支付、要自付多少现金。</Text>
        <YuanField
          label="个人负担金额（元）"
          value={amount}
          placeholder="例如 300.00"
          error={amountError}
          hint="医保统筹报销以外、需要个人支付的部分"
          onChange={setAmount}
        />
        <ChoiceGroup<ExpenseCategory>
          label="费用类别"
          choices={CATEGORY_CHOICES}
          value={category}
          onChange={setCategory}
        />
        <Text className="hint">
          {`${NOT_PAYABLE_LABELS.join('、')}等不能用个人账户支付（包括家庭共济的钱），只能自费，所以不在这里估算。`}
        </Text>
      </Card>
      {bill && sponsor ? (
        <DataState
          hasData={estimate.data !== undefined}
          error={estimate.error}
          updatedAt={estimate.updatedAt}
          onRetry={() => void estimate.refetch()}
        >
          {estimate.data ? (
            <EstimateResult estimate={estimate.data} hasOwnAccount={sponsor.insuranceType === 'employee'} />
          ) : null}
        </DataState>
      ) : null}
    </Page>
  );
}
