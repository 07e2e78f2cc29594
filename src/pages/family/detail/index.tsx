import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import { relationshipLabel } from '@/domain';
import * as services from '@/services';
import type { RelationView } from '@/services';
import { selectRegion, useSession } from '@/features/auth';
import { useFamily } from '@/features/relations';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { RelationMoneyCard } from '@/features/money';
import { ROUTES, goTo, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { ErrorBanner, ErrorState, Loading } from '@/ui/States';
import { STATUS_LABELS, StatusBadge } from '@/ui/StatusBadge';

export default function RelationDetailPage() {
  const { id = '' } = usePageParams();
  const region = useSession(selectRegion);
  const unbind = useFamily((state) => state.unbind);
  const unbinding = useFamily((state) => state.requests.unbind);
  const [relation, setRelation] = useState<RelationView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const load = async () => {
    try {
      setRelation(await services.getRelation(id));
      setLoadError(null);
    } catch (error) {
      setLoadError((error as services.ServiceError).message);
    }
  };
  useDidShow(() => {
    void load();
  });

  if (loadError && !relation)
    return (
      <Page>
        <ErrorState message={loadError} onRetry={() => void load()} />
      </Page>
    );
  if (!relation)
    return (
      <Page>
        <Loading />
      </Page>
    );

  const terms = region?.terms ?? { sponsor: '授权人', beneficiary: '使用人' };
  const other = relation.viewerRole === 'sponsor' ? relation.beneficiary : relation.sponsor;
  const canUnbind = relation.status === 'pending' || relation.status === 'active';

  async function confirmUnbind() {
    const updated = await unbind(relation!.id);
    setConfirming(false);
    if (updated) {
      setRelation(updated);
      void Taro.showToast({ title: '已解绑', icon: 'success' });
    }
  }

  return (
    <Page>
      <Text className="page__title">共济关系详情</Text>
      <Card>
        <Row label={terms.sponsor} value={relation.sponsor.maskedName} />
        <Row label={terms.beneficiary} value={relation.beneficiary.maskedName} />
        <Row label="身份证号" value={other.maskedIdNumber} />
        <Row label="关系" value={relationshipLabel(relation.relationship)} />
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
      <ErrorBanner message={unbinding.error?.message} />
      {canUnbind ? (
        <Button kind="danger" block onClick={() => setConfirming(true)}>
          解绑
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="确认解绑"
        confirmText="确认解绑"
        danger
        busy={unbinding.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirmUnbind()}
      >
        {`确定解除与${other.maskedName}的共济关系吗？解绑后立即生效，已经结算的费用不受影响。`}
      </ConfirmDialog>
    </Page>
  );
}
