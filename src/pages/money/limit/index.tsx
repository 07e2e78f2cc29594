import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { formatYuan, parseYuanToFen } from '@/domain';
import { useRelations, useSetLimit } from '@/features/relations';
import { useMoney, usageScopeKey } from '@/features/money';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { ChoiceGroup } from '@/ui/ChoiceGroup';
import { YuanField } from '@/ui/Field';
import { currentMonth, limitLabel, yuan } from '@/features/money';
import { usePageParams } from '@/ui/navigation';
import { Page, RequireSignIn, type SignedInRegion } from '@/features/shell';
import { DataState } from '@/ui/DataState';
import { ErrorBanner, ErrorState, Loading } from '@/ui/States';

type LimitMode = 'none' | 'amount' | 'pause';

const MODES: readonly { value: LimitMode; label: string }[] = [
  { value: 'none', label: '不限额' },
  { value: 'amount', label: '设定额度' },
  { value: 'pause', label: '暂停共济' },
];

function modeOf(monthlyLimitFen: number | null): LimitMode {
  if (monthlyLimitFen === null) return 'none';
  return monthlyLimitFen === 0 ? 'pause' : 'amount';
}

/** 每月额度: the most a relative may spend from the sponsor's account in a month. */
function MonthlyLimit({ region }: SignedInRegion) {
  const { relationId = '' } = usePageParams();
  const { asSponsor, asBeneficiary, data, refetch } = useRelations();
  const saving = useSetLimit();
  const month = useMoney((state) => state.usage[usageScopeKey({ kind: 'relation', relationId })]);
  const loadUsage = useMoney((state) => state.loadUsage);
  const [mode, setMode] = useState<LimitMode | null>(null);
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useDidShow(() => {
    void refetch();
    void loadUsage({ kind: 'relation', relationId }, currentMonth());
  });

  const relation = asSponsor.find((candidate) => candidate.id === relationId);
  // The form starts from the limit as the back end has it, once it has arrived.
  useEffect(() => {
    if (!relation || mode !== null) return;
    setMode(modeOf(relation.monthlyLimitFen));
    setAmount(relation.monthlyLimitFen ? formatYuan(relation.monthlyLimitFen) : '');
  }, [relation, mode]);

  if (!relation) {
    if (data === undefined)
      return (
        <Page>
          <Loading />
        </Page>
      );
    const onOtherSide = asBeneficiary.some((candidate) => candidate.id === relationId);
    return (
      <Page>
        <ErrorState
          message={
            onOtherSide ? `只有${region.terms.sponsor}可以设置每月额度` : '未找到该共济关系，请返回后重新进入'
          }
          onRetry={onOtherSide ? undefined : () => void refetch()}
        />
      </Page>
    );
  }

  const name = relation.beneficiary.maskedName;
  const live = relation.status === 'active';

  async function save() {
    if (mode === null) return;
    let monthlyLimitFen: number | null = mode === 'none' ? null : 0;
    if (mode === 'amount') {
      const parsed = parseYuanToFen(amount);
      if (!parsed.ok || parsed.value === 0) {
        setAmountError(parsed.ok ? '每月额度要大于 0 元；不想共济时请选“暂停共济”' : parsed.error.message);
        return;
      }
      monthlyLimitFen = parsed.value;
    }
    // A refusal is saving.error, shown above the button.
    const updated = await saving.mutate({ relationId, monthlyLimitFen }).catch(() => null);
    // The new limit shows in 当前额度 above; the banner only confirms, so it is not said twice.
    if (updated) setSaved(`已保存${name}的每月额度`);
  }

  return (
    <Page>
      <Text className="page__title">每月额度</Text>
      <Card>
        <Row label={region.terms.beneficiary} value={name} />
        <Row label="当前额度" value={limitLabel(relation.monthlyLimitFen)} />
        <DataState
          hasData={month?.loaded ?? false}
          error={month?.error ?? null}
          updatedAt={month?.updatedAt ?? null}
          onRetry={() => void loadUsage({ kind: 'relation', relationId }, currentMonth())}
        >
          {month && month.monthTotalFen !== null ? (
            <Row label={`本月已为${name}支付`} value={yuan(month.monthTotalFen)} />
          ) : null}
        </DataState>
      </Card>
      {live ? (
        <Card title="设置每月额度">
          <Text className="card__text">{`${name}每个自然月最多能用您账户里多少钱。到了额度，超出的部分由${name}自己的账户或现金支付。`}</Text>
          <ChoiceGroup<LimitMode>
            label="额度方式"
            choices={MODES}
            value={mode}
            onChange={(value) => {
              setMode(value);
              setSaved(null);
            }}
          />
          {mode === 'amount' ? (
            <YuanField
              label="每月额度（元）"
              value={amount}
              placeholder="例如 500"
              error={amountError}
              onChange={(value) => {
                setAmount(value);
                setAmountError(null);
                setSaved(null);
              }}
            />
          ) : null}
          {mode === 'pause' ? (
            <Text className="hint">暂停后每月额度为 0 元，直到您重新设置；共济关系仍然保留。</Text>
          ) : null}
          {mode === 'none' ? <Text className="hint">不限额时，最多可用到您账户的全部余额。</Text> : null}
          <ErrorBanner message={saving.error?.message} />
          {saved ? (
            <View className="banner banner--ok" role="status">
              {saved}
            </View>
          ) : null}
          <Button kind="primary" block loading={saving.pending} onClick={() => void save()}>
            保存
          </Button>
        </Card>
      ) : (
        <View className="banner" role="note">
          共济关系未生效，不能设置额度。
        </View>
      )}
    </Page>
  );
}

export default function MonthlyLimitPage() {
  return <RequireSignIn>{(session) => <MonthlyLimit {...session} />}</RequireSignIn>;
}
