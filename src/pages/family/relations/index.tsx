import { Text } from '@tarojs/components';
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

function Relations({ region }: SignedInRegion) {
  const { asSponsor, asBeneficiary, data, error, fetching, refetch } = useRelations();
  const [side, setSide] = useState<Side>('sponsor');

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
      {side === 'sponsor' ? (
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
