import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  otherParty,
  relationWord,
  useDrafts,
  useRelation,
  useUnbind,
  useWithdraw,
} from '@/features/relations';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { RelationMoneyCard } from '@/features/money';
import { ROUTES, goTo, usePageParams } from '@/ui/navigation';
import { Page, RequireSignIn, type SignedInRegion } from '@/features/shell';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { STATUS_LABELS, StatusBadge } from '@/ui/StatusBadge';
import './index.scss';

function RelationDetail({ sponsor, region }: SignedInRegion) {
  const { id = '' } = usePageParams();
  const { data: relation, error, refetch } = useRelation(id);
  const unbinding = useUnbind();
  const withdrawing = useWithdraw();
  const reopen = useDrafts((state) => state.reopen);
  const [confirming, setConfirming] = useState<'unbind' | 'withdraw' | null>(null);

  useDidShow(() => {
    void refetch();
  });

  // An old or cut-off link names no relation: nothing will ever load, so say so and lead on.
  if (!id)
    return (
      <Page>
        <EmptyState title="没有指明要查看哪一条共济关系">
          <Button kind="primary" onClick={() => goTo(ROUTES.relations)}>
            查看我的共济关系
          </Button>
        </EmptyState>
      </Page>
    );
  if (error && !relation)
    return (
      <Page>
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      </Page>
    );
  if (!relation)
    return (
      <Page>
        <Loading />
      </Page>
    );

  const { terms } = region;
  const other = otherParty(relation);
  const applicant = relation.viewerRole === 'sponsor';
  // An application under review is taken back by its applicant, not 解绑: nothing is shared yet.
  const canUnbind = relation.status === 'active';
  const canWithdraw = applicant && relation.status === 'pending';
  const canResubmit = applicant && relation.status === 'rejected';

  async function confirmUnbind(relationId: string) {
    // The updated relation replaces the shown one through the cache; a refusal is unbinding.error.
    const updated = await unbinding.mutate(relationId).catch(() => null);
    setConfirming(null);
    if (updated) void Taro.showToast({ title: '已解绑', icon: 'success' });
  }

  async function confirmWithdraw(relationId: string) {
    const updated = await withdrawing.mutate(relationId).catch(() => null); // withdrawing.error
    setConfirming(null);
    if (updated) void Taro.showToast({ title: '已撤回申请', icon: 'success' });
  }

  function resubmit(rejected: typeof relation) {
    if (!rejected) return;
    reopen(sponsor.personId, rejected.id, rejected.relationship);
    goTo(ROUTES.addRelative);
  }

  return (
    <Page>
      <Text className="page__title">共济关系详情</Text>
      <Card>
        <Row label={terms.sponsor} value={relation.sponsor.maskedName} />
        <Row label={terms.beneficiary} value={relation.beneficiary.maskedName} />
        <Row label="身份证号" value={other.maskedIdNumber} />
        <Row label={`${other.maskedName}是您的`} value={relationWord(relation)} />
        <Row label="状态" value={<StatusBadge status={relation.status} />} />
        {relation.rejectReason ? <Row label="未通过原因" value={relation.rejectReason} /> : null}
      </Card>
      {relation.status === 'active' || relation.status === 'unbound' ? (
        <RelationMoneyCard
          relation={relation}
          sponsorTerm={terms.sponsor}
          onOpenRecords={() => goTo(ROUTES.usage, { relationId: relation.id })}
          onEditLimit={() => goTo(ROUTES.monthlyLimit, { relationId: relation.id })}
          onPayPremium={() => goTo(ROUTES.premium, { relationId: relation.id })}
          onOpenDeductionOrder={() => goTo(ROUTES.deductionOrder)}
        />
      ) : null}
      <Card title="办理进度">
        <View className="timeline">
          {relation.history.map((entry) => (
            <View key={`${entry.status}-${entry.at}`} className="timeline__item">
              <Text className="timeline__status">{STATUS_LABELS[entry.status]}</Text>
              <Text className="timeline__time">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</Text>
              {entry.note ? <Text className="timeline__note">{entry.note}</Text> : null}
            </View>
          ))}
        </View>
      </Card>
      <ErrorBanner message={unbinding.error?.message ?? withdrawing.error?.message} />
      {canResubmit ? (
        <Button kind="primary" block onClick={() => resubmit(relation)}>
          重新申请
        </Button>
      ) : null}
      {canWithdraw ? (
        <Button block onClick={() => setConfirming('withdraw')}>
          撤回申请
        </Button>
      ) : null}
      {canUnbind ? (
        <Button kind="danger" block onClick={() => setConfirming('unbind')}>
          解绑
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming === 'withdraw'}
        title="确认撤回申请"
        confirmText="确认撤回"
        busy={withdrawing.pending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void confirmWithdraw(relation.id)}
      >
        {`撤回后这份申请不再审核，与${other.maskedName}的共济关系不会生效。需要时可以重新提交申请。`}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'unbind'}
        title="确认解绑"
        confirmText="确认解绑"
        danger
        busy={unbinding.pending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void confirmUnbind(relation.id)}
      >
        {`确定解除与${other.maskedName}的共济关系吗？解绑后立即生效，已经结算的费用不受影响。`}
      </ConfirmDialog>
    </Page>
  );
}

export default function RelationDetailPage() {
  return <RequireSignIn>{(session) => <RelationDetail {...session} />}</RequireSignIn>;
}
