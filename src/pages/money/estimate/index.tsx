import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { EXPENSE_CATEGORIES, expenseCategoryLabel, parseYuanToFen } from '@/domain';
import type { ExpenseCategory } from '@/domain';
import { useSession } from '@/features/auth';
import { estimateBill, useDeductionOrder } from '@/features/money';
import { Card } from '@/ui/Card';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { YuanField } from '@/ui/Field';
import { EstimateResult } from '@/features/money';
import { Page } from '@/features/shell';
import { ErrorState } from '@/ui/States';

const CATEGORY_CHOICES = EXPENSE_CATEGORIES.map((option) => ({ value: option.code, label: option.label }));

/** 结算预估: type a bill and see, before going, what each account and cash would pay. */
export default function EstimatePage() {
  const sponsor = useSession((state) => state.sponsor);
  const refresh = useSession((state) => state.refresh);
  const { data: order = [], error: orderError, refetch: loadDeductionOrder } = useDeductionOrder();
  const [amount, setAmount] = useState('');
  const [category, setCategory] = useState<ExpenseCategory>('pharmacy');

  useDidShow(() => {
    void refresh();
    void loadDeductionOrder();
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
  const estimate =
    sponsor && parsed.ok && parsed.value > 0 ? estimateBill(parsed.value, category, sponsor, order) : null;

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
      </Card>
      {orderError ? (
        <ErrorState message={orderError.message} onRetry={() => void loadDeductionOrder()} />
      ) : null}
      {estimate && sponsor ? (
        <EstimateResult
          estimate={estimate}
          hasOwnAccount={sponsor.insuranceType === 'employee'}
          categoryLabel={expenseCategoryLabel(category)}
        />
      ) : null}
    </Page>
  );
}
