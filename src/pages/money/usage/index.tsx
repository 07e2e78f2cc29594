import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { useRelations } from '@/features/relations';
import { useMoney, usageScopeKey, type UsageScope } from '@/features/money';
import { currentMonth, monthLabel, yuan } from '@/features/money';
import { MonthFilter } from '@/features/money';
import { UsageChart, UsageList, useUsageMonths } from '@/features/money';
import { usePageParams } from '@/ui/navigation';
import { Page, RequireSignIn, type SignedInRegion } from '@/features/shell';
import { DataState } from '@/ui/DataState';
import './index.scss';

/** The month a link asks for (a bar on 余额与缴费), when it is one that has been. */
function linkedMonth(month: string | undefined, latest: string): string | null {
  return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month <= latest ? month : null;
}

/** 使用记录 of the whole account, or with ?relationId= what one relation paid; ?month= opens a month. */
function UsageRecords({ region }: SignedInRegion) {
  const { relationId, month: monthParam } = usePageParams();
  const relations = useRelations();
  const { asSponsor, asBeneficiary } = relations;
  const scope = useMemo<UsageScope>(
    () => (relationId ? { kind: 'relation', relationId } : { kind: 'account' }),
    [relationId],
  );
  const list = useMoney((state) => state.usage[usageScopeKey(scope)]);
  const chart = useUsageMonths(!relationId);
  const loadUsage = useMoney((state) => state.loadUsage);
  const loadMoreUsage = useMoney((state) => state.loadMoreUsage);
  const [latest] = useState(currentMonth);
  const [month, setMonth] = useState<string | null>(() => linkedMonth(monthParam, latest) ?? latest);

  useDidShow(() => {
    void loadUsage(scope, month);
    if (!relationId) void chart.refetch();
    if (relationId) void relations.refetch();
  });

  function chooseMonth(next: string | null) {
    setMonth(next);
    void loadUsage(scope, next);
  }

  const sponsorTerm = region.terms.sponsor;
  const relation = relationId
    ? [...asSponsor, ...asBeneficiary].find((candidate) => candidate.id === relationId)
    : undefined;
  const asBeneficiaryView = relation?.viewerRole === 'beneficiary';
  // Whose account paid depends on the side she is on: until her relations are read, a relation's
  // records wait, rather than show a sponsor's payment as her own for a moment.
  const sideKnown = !relationId || relation !== undefined || relations.data !== undefined;
  const title = !relationId
    ? '使用记录'
    : !relation
      ? '共济使用记录'
      : asBeneficiaryView
        ? `${relation.sponsor.maskedName}为您支付的记录`
        : `为${relation.beneficiary.maskedName}支付的记录`;
  const payer = asBeneficiaryView && relation ? relation.sponsor.maskedName : '本账户';
  const total =
    list?.loaded && month && list.monthTotalFen !== null
      ? `${monthLabel(month)}${payer}共支付 ${yuan(list.monthTotalFen)}`
      : null;

  return (
    <Page className="page--fill">
      <Text className="page__title">{title}</Text>
      {/* The records below say whether reading failed; the chart only appears once it has figures. */}
      {!relationId && chart.data ? (
        <UsageChart data={chart.data} selected={month} onSelect={chooseMonth} />
      ) : null}
      <MonthFilter month={month} latest={latest} onChange={chooseMonth} />
      <DataState
        hasData={(list?.loaded ?? false) && sideKnown}
        empty={list?.items.length === 0}
        emptyTitle={month ? `${monthLabel(month)}没有使用记录` : '暂无使用记录'}
        error={list?.error ?? (sideKnown ? null : relations.error)}
        updatedAt={list?.updatedAt ?? null}
        onRetry={() => {
          void loadUsage(scope, month);
          if (!relationId) void chart.refetch();
          if (!sideKnown) void relations.refetch();
        }}
      >
        {total ? (
          <View className="usage-total" role="status">
            {total}
          </View>
        ) : null}
        {list ? (
          <UsageList
            key={month ?? 'all'}
            label={title}
            records={list.items}
            payer={payer}
            fromThisAccount={!asBeneficiaryView}
            sponsorTerm={sponsorTerm}
            hasMore={list.nextCursor !== null}
            loadingMore={list.loadingMore}
            moreError={list.moreError}
            onLoadMore={() => void loadMoreUsage(scope)}
          />
        ) : null}
      </DataState>
    </Page>
  );
}

export default function UsageRecordsPage() {
  return <RequireSignIn>{(session) => <UsageRecords {...session} />}</RequireSignIn>;
}
