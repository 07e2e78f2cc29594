import { Text, View } from '@tarojs/components';
import { INSURANCE_LABELS } from '@/domain';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { useRelations } from '@/features/relations';
import { Button } from '@/ui/Button';
import { ROUTES, goTo } from '@/ui/navigation';
import { Page, RequireSignIn, type SignedInRegion } from '@/features/shell';
import { RelationList } from '@/features/relations';
import { EmptyState, ErrorState, Loading } from '@/ui/States';
import { Tabs } from '@/ui/Tabs';

type Side = 'sponsor' | 'beneficiary';

function Relations({ sponsor, region }: SignedInRegion) {
  const { asSponsor, asBeneficiary, data, error, fetching, refetch } = useRelations();
  // Only 职工医保 has a personal account to share: anyone else starts on what is shared with them.
  const canAuthorise = sponsor.insuranceType === 'employee';
  const [side, setSide] = useState<Side>(canAuthorise ? 'sponsor' : 'beneficiary');

  useDidShow(() => {
    void refetch();
  });
  usePullDownRefresh(async () => {
    await refetch();
    void Taro.stopPullDownRefresh();
  });

  const { terms } = region;
  const list = side === 'sponsor' ? asSponsor : asBeneficiary;
  const loadedOnce = data !== undefined;

  return (
    <Page>
      <Text className="page__title">{terms.relationshipAccount}</Text>
      <Tabs<Side>
        tabs={[
          { value: 'sponsor', label: '我授权的' },
          { value: 'beneficiary', label: '授权给我的' },
        ]}
        value={side}
        onChange={setSide}
      />
      {canAuthorise ? null : (
        <View className="banner banner--warning">
          {`只有参加职工医保的人才能把个人账户授权给亲属。您参加的是${INSURANCE_LABELS[sponsor.insuranceType]}，没有可以共济的个人账户；亲属为您共济的账户在“授权给我的”里查看。`}
        </View>
      )}
      <Text className="hint">
        {side === 'sponsor'
          ? `您作为${terms.sponsor}，把个人账户共济给以下亲属使用`
          : `以下${terms.sponsor}把个人账户共济给您使用`}
      </Text>
      {error ? <ErrorState message={error.message} onRetry={() => void refetch()} /> : null}
      {/* Nothing to show while a 重试 is on its way: not a list that only looks empty. */}
      {!error && fetching && (!loadedOnce || list.length === 0) ? <Loading /> : null}
      {!error && !fetching && loadedOnce && list.length === 0 ? (
        <EmptyState title={side === 'sponsor' ? '您还没有添加共济关系' : '暂时没有人为您共济'} />
      ) : null}
      <RelationList relations={list} />
      {side === 'sponsor' && canAuthorise ? (
        <Button kind="primary" block onClick={() => goTo(ROUTES.addRelative)}>
          ＋ 添加共济关系
        </Button>
      ) : null}
    </Page>
  );
}

export default function RelationsPage() {
  return <RequireSignIn>{(session) => <Relations {...session} />}</RequireSignIn>;
}
