import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { regionById } from '@/regions';
import { selectRegion, useSession } from '@/features/auth';
import { makePrimary, moveInOrder, useDeductionOrder, useSaveDeductionOrder } from '@/features/money';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { DeductionOrderList } from '@/features/money';
import { Page } from '@/features/shell';
import { DataState } from '@/ui/DataState';
import { ErrorBanner } from '@/ui/States';

/** 扣款顺序: which sponsor's account pays first; the beneficiary sets it where the region lets them. */
export default function DeductionOrderPage() {
  const sessionRegion = useSession(selectRegion);
  const query = useDeductionOrder();
  const saving = useSaveDeductionOrder();
  const order = query.data ?? [];
  const loaded = query.data !== undefined;
  // The order being edited; null while it is the back end's.
  const [draft, setDraft] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);

  useDidShow(() => {
    setDraft(null);
    void query.refetch();
  });

  // The beneficiary's own 参保地 decides the policy; a relation's region stands in if theirs is not offered.
  const region = sessionRegion ?? (order.length > 0 ? regionById(order[0].regionId) : null);
  const chosen = region?.deductionOrder === 'beneficiary-chosen';
  const ids = draft ?? order.map((entry) => entry.id);
  const entries = ids.flatMap((id) => order.filter((entry) => entry.id === id));
  const changed = draft !== null && draft.join() !== order.map((entry) => entry.id).join();

  function edit(next: string[]) {
    setDraft(next);
    setSaved(false);
  }

  async function save() {
    // A refusal is saving.error, shown above the button.
    if (await saving.mutate(ids).then(Boolean, () => false)) {
      setDraft(null);
      setSaved(true);
    }
  }

  return (
    <Page>
      <Text className="page__title">扣款顺序</Text>
      {region ? <Text className="card__text">{region.deductionOrderDescription}</Text> : null}
      <DataState
        hasData={loaded}
        empty={order.length === 0}
        emptyTitle="暂时没有人为您共济"
        emptyHint={<Text className="hint">亲属为您开通家庭共济并生效后，这里会显示扣款顺序。</Text>}
        error={query.error}
        updatedAt={query.updatedAt}
        onRetry={() => void query.refetch()}
      >
        <Card title={chosen ? '您的扣款顺序' : '当前扣款顺序'}>
          {!chosen && region ? (
            <View className="banner" role="note">
              {`${region.appName}按余额从高到低扣款，不能手动调整。`}
            </View>
          ) : null}
          {chosen && order.length > 1 ? (
            <Text className="hint">第1位是主卡，先扣；用“上移”“下移”调整顺序，调整后请保存。</Text>
          ) : null}
          <DeductionOrderList
            entries={entries}
            editable={chosen && order.length > 1}
            onMakePrimary={(id) => edit(makePrimary(ids, id))}
            onMove={(id, by) => edit(moveInOrder(ids, id, by))}
          />
          <ErrorBanner message={saving.error?.message} />
          {saved ? (
            <View className="banner banner--ok" role="status">
              扣款顺序已保存，下次看病买药按新顺序扣款
            </View>
          ) : null}
          {chosen && order.length > 1 ? (
            <View>
              <Button
                kind="primary"
                block
                disabled={!changed}
                loading={saving.pending}
                onClick={() => void save()}
              >
                保存扣款顺序
              </Button>
              {changed ? (
                <Button block onClick={() => setDraft(null)}>
                  恢复原顺序
                </Button>
              ) : null}
            </View>
          ) : null}
        </Card>
      </DataState>
    </Page>
  );
}
