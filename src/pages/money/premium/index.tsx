import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { relationWord, useRelations } from '@/features/relations';
import { useSession } from '@/features/auth';
import { checkPremium, premiumYears, useMoney, type PremiumPayment } from '@/features/money';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { yuan } from '@/features/money';
import { PremiumReceipt } from '@/features/money';
import { ROUTES, goBack, replaceWith, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { DataState } from '@/ui/DataState';
import { ErrorBanner } from '@/ui/States';

/** 代缴居民医保: pay a relative's resident-insurance premium from the sponsor's personal account. */
export default function PremiumPage() {
  const params = usePageParams();
  const sponsor = useSession((state) => state.sponsor);
  const refresh = useSession((state) => state.refresh);
  const { asSponsor, data, error, updatedAt, refetch } = useRelations();
  const { payPremium, paying, payError, clearPayError } = useMoney(
    useShallow(({ payPremium, paying, payError, clearPayError }) => ({
      payPremium,
      paying,
      payError,
      clearPayError,
    })),
  );
  const [years] = useState(() => premiumYears());
  const [relationId, setRelationId] = useState<string | null>(params.relationId ?? null);
  const [year, setYear] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [receipt, setReceipt] = useState<PremiumPayment | null>(null);
  const loaded = data !== undefined;

  useDidShow(() => {
    void refresh();
    void refetch();
  });

  if (receipt) {
    return (
      <Page>
        <PremiumReceipt
          payment={receipt}
          onDone={() => goBack(ROUTES.balance)}
          onOpenRecords={() => replaceWith(ROUTES.usage, { relationId: receipt.relationId })}
        />
      </Page>
    );
  }

  const candidates = asSponsor.filter((relation) => relation.status === 'active');
  const relation = candidates.find((candidate) => candidate.id === relationId);
  const check = sponsor && relation && year !== null ? checkPremium(sponsor, relation, year) : null;

  async function pay() {
    if (!sponsor || !relation || year === null) return;
    const payment = await payPremium(sponsor.personId, relation.id, year);
    setConfirming(false);
    if (payment) setReceipt(payment);
  }

  return (
    <Page>
      <Text className="page__title">代缴居民医保</Text>
      <Text className="card__text">
        用您的职工医保个人账户，为共济关系已生效、参加城乡居民医保的亲属缴纳医保费。
      </Text>
      <DataState
        hasData={loaded}
        empty={candidates.length === 0}
        emptyTitle="没有可以代缴的亲属"
        emptyHint={<Text className="hint">共济关系生效后，才能为该亲属代缴。</Text>}
        error={error}
        updatedAt={updatedAt}
        onRetry={() => void refetch()}
      >
        <Card>
          <ChoiceGroup
            label="参保人"
            choices={candidates.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.beneficiary.maskedName}（${relationWord(candidate)}）`,
            }))}
            value={relationId}
            onChange={(value) => {
              setRelationId(value);
              clearPayError();
            }}
          />
          <ChoiceGroup
            label="缴费年度"
            choices={years.map((option) => ({ value: String(option), label: `${option}年` }))}
            value={year === null ? null : String(year)}
            onChange={(value) => {
              setYear(Number(value));
              clearPayError();
            }}
          />
        </Card>
      </DataState>
      {check && sponsor ? (
        check.ok ? (
          <Card title="缴费信息">
            <Row label="缴费金额" value={yuan(check.value.amountFen)} />
            <Row label="当前个人账户余额" value={yuan(sponsor.balanceFen)} />
            <Row label="缴费后余额" value={yuan(check.value.balanceAfterFen)} />
          </Card>
        ) : (
          <View className="banner banner--error" role="alert">
            {check.error.message}
          </View>
        )
      ) : null}
      <ErrorBanner message={payError?.message} />
      {candidates.length > 0 ? (
        <Button kind="primary" block disabled={!check?.ok} onClick={() => setConfirming(true)}>
          确认代缴
        </Button>
      ) : null}
      {relation && check?.ok && year !== null ? (
        <ConfirmDialog
          open={confirming}
          title="确认代缴"
          confirmText="确认支付"
          busy={paying}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void pay()}
        >
          {`将从您的个人账户支付${relation.beneficiary.maskedName}${year}年城乡居民医保费 ${yuan(check.value.amountFen)}，支付后余额 ${yuan(check.value.balanceAfterFen)}。`}
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
