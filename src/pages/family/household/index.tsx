import { Text } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { selectRegion, useSession } from '@/features/auth';
import {
  HouseholdCard,
  HouseholdConfirmDialog,
  NewHouseholdCard,
  useCreateHousehold,
  useHousehold,
  useHouseholdAction,
  type HouseholdConfirmation,
} from '@/features/household';
import { DeductionOrderCard, useDeductionOrder } from '@/features/money';
import { Page, SignInFirst } from '@/features/shell';
import { Button } from '@/ui/Button';
import { ROUTES, goTo } from '@/ui/navigation';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { useSingleFlight } from '@/ui/useSingleFlight';

const DONE_TITLES: Record<HouseholdConfirmation['kind'], string> = {
  unbind: '已解绑',
  remove: '已移出家庭',
  leave: '已退出家庭',
};

/** 河南医保's 家庭共济: build the family, add members, bind them; a member sees the family and may leave. */
export default function HouseholdPage() {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const householdQuery = useHousehold();
  const orderQuery = useDeductionOrder();
  const household = householdQuery.data;
  const creating = useCreateHousehold();
  const confirming = useHouseholdAction();
  const [confirmation, setConfirmation] = useState<HouseholdConfirmation | null>(null);
  const once = useSingleFlight();

  const load = () => Promise.all([householdQuery.refetch(), orderQuery.refetch()]);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(async () => {
    await load();
    void Taro.stopPullDownRefresh();
  });

  if (!sponsor || !region) return <SignInFirst />;

  const create = () =>
    once(async () => {
      confirming.reset();
      await creating.mutate().catch(() => undefined); // the refusal is creating.error, shown above
    });

  const confirm = (current: HouseholdConfirmation) =>
    once(async () => {
      creating.reset();
      const done = await confirming.mutate(current).then(
        () => true,
        () => false,
      );
      setConfirmation(null);
      if (!done) return;
      await load();
      void Taro.showToast({ title: DONE_TITLES[current.kind], icon: 'success' });
    });

  // An action's refusal belongs to this visit. A first load that fails has its own state below; a
  // later one (pull to refresh) is a banner.
  const actionRefusal = creating.error ?? confirming.error;
  const banner = actionRefusal?.message ?? (household !== undefined ? householdQuery.error?.message : null);
  const memberTerm = region.terms.member;

  return (
    <Page className="household">
      <Text className="page__title">{region.terms.relationshipAccount}</Text>
      <ErrorBanner message={banner} />

      {household === undefined ? (
        householdQuery.error ? (
          <ErrorState message={householdQuery.error.message} onRetry={() => void load()} />
        ) : (
          <Loading />
        )
      ) : household === null ? (
        sponsor.insuranceType === 'employee' ? (
          <NewHouseholdCard
            me={sponsor}
            region={region}
            busy={creating.pending}
            onCreate={() => void create()}
          />
        ) : (
          <EmptyState title="您还没有加入家庭">
            <Text className="card__text">
              只有职工医保参保人才能建立家庭。家人把您添加为{memberTerm}后，您可以在这里看到所在的家庭。
            </Text>
          </EmptyState>
        )
      ) : household.viewerRole === 'owner' ? (
        <HouseholdCard
          household={household}
          region={region}
          onAddMember={() => goTo(ROUTES.addMember)}
          actionsFor={(member) => ({
            onBind: () => goTo(ROUTES.commitment, { memberId: member.id }),
            onUnbind: () => setConfirmation({ kind: 'unbind', member }),
            onRemove: () => setConfirmation({ kind: 'remove', member }),
          })}
        />
      ) : (
        <HouseholdCard household={household} region={region} />
      )}

      {household ? (
        <DeductionOrderCard
          description={region.deductionOrderDescription}
          entries={orderQuery.data ?? []}
          error={orderQuery.error?.message}
        />
      ) : null}
      {household?.viewerRole === 'member' ? (
        <Button
          kind="danger"
          block
          onClick={() => setConfirmation({ kind: 'leave', ownerName: household.owner.maskedName })}
        >
          退出家庭
        </Button>
      ) : null}

      <HouseholdConfirmDialog
        confirmation={confirmation}
        busy={confirming.pending}
        onCancel={() => setConfirmation(null)}
        onConfirm={(current) => void confirm(current)}
      />
    </Page>
  );
}
