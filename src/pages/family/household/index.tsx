import { Text } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { selectRegion, useSession } from '@/features/auth';
import { useFamily, type FamilyRequest } from '@/features/relations';
import { Button } from '@/ui/Button';
import { DeductionOrderCard } from '@/features/money';
import {
  HouseholdCard,
  HouseholdConfirmDialog,
  NewHouseholdCard,
  type HouseholdConfirmation,
} from '@/features/household';
import { ROUTES, goTo } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { SignInFirst } from '@/features/shell';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { useSingleFlight } from '@/ui/useSingleFlight';

const REQUESTS: Record<HouseholdConfirmation['kind'], FamilyRequest> = {
  unbind: 'unbind',
  remove: 'member',
  leave: 'household',
};

const DONE_TITLES: Record<HouseholdConfirmation['kind'], string> = {
  unbind: '已解绑',
  remove: '已移出家庭',
  leave: '已退出家庭',
};

/** 河南医保's 家庭共济: build the family, add members, bind them; a member sees the family and may leave. */
export default function HouseholdPage() {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  const family = useFamily();
  const { household, requests } = family;
  const [confirming, setConfirming] = useState<HouseholdConfirmation | null>(null);
  // An action's refusal belongs to this visit; the store's request errors outlive the page.
  const [failure, setFailure] = useState<string | null>(null);
  const once = useSingleFlight();

  const load = () => Promise.all([family.loadHousehold(), family.loadDeductionOrder()]);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(async () => {
    await load();
    void Taro.stopPullDownRefresh();
  });

  if (!sponsor || !region) return <SignInFirst />;

  const refusalOf = (request: FamilyRequest) => useFamily.getState().requests[request].error;

  const create = () =>
    once(async () => {
      setFailure(null);
      if (await family.createHousehold()) return;
      const refusal = refusalOf('household');
      setFailure(refusal?.message ?? null);
      // The family was built elsewhere (another phone): show it rather than a button that cannot work.
      if (refusal?.code === 'HOUSEHOLD_EXISTS') await load();
    });

  const confirm = (current: HouseholdConfirmation) =>
    once(async () => {
      setFailure(null);
      let done: boolean;
      if (current.kind === 'unbind') {
        done =
          current.member.relationId !== null && (await family.unbind(current.member.relationId)) !== null;
      } else if (current.kind === 'remove') {
        done = (await family.removeMember(current.member.id)) !== null;
      } else {
        done = await family.leaveHousehold();
      }
      setConfirming(null);
      if (!done) {
        setFailure(refusalOf(REQUESTS[current.kind])?.message ?? null);
        return;
      }
      await load();
      void Taro.showToast({ title: DONE_TITLES[current.kind], icon: 'success' });
    });

  const busy = requests.unbind.loading || requests.member.loading || requests.household.loading;
  // A first load that fails has its own state below; a later one (pull to refresh) is a banner.
  const banner = failure ?? (household !== undefined ? requests.household.error?.message : null);
  const memberTerm = region.terms.member ?? '家庭成员';

  return (
    <Page className="household">
      <Text className="page__title">{region.terms.relationshipAccount}</Text>
      <ErrorBanner message={banner} />

      {household === undefined ? (
        requests.household.error ? (
          <ErrorState message={requests.household.error.message} onRetry={() => void load()} />
        ) : (
          <Loading />
        )
      ) : household === null ? (
        sponsor.insuranceType === 'employee' ? (
          <NewHouseholdCard
            me={sponsor}
            region={region}
            busy={requests.household.loading}
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
            onUnbind: () => setConfirming({ kind: 'unbind', member }),
            onRemove: () => setConfirming({ kind: 'remove', member }),
          })}
        />
      ) : (
        <HouseholdCard household={household} region={region} />
      )}

      {household ? (
        <DeductionOrderCard
          description={region.deductionOrderDescription}
          entries={family.deductionOrder}
          error={requests.deductionOrder.error?.message}
        />
      ) : null}
      {household?.viewerRole === 'member' ? (
        <Button
          kind="danger"
          block
          onClick={() => setConfirming({ kind: 'leave', ownerName: household.owner.maskedName })}
        >
          退出家庭
        </Button>
      ) : null}

      <HouseholdConfirmDialog
        confirmation={confirming}
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={(current) => void confirm(current)}
      />
    </Page>
  );
}
