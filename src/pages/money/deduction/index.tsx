import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { regionById } from '@/regions';
import { selectRegion, useSession } from '@/features/auth';
import { useFamily } from '@/features/relations';
import { makePrimary, moveInOrder } from '@/features/money';
import { Button } from '@/ui/Button';
import { Card } from '@/ui/Card';
import { DeductionOrderList } from '@/features/money';
import { Page } from '@/features/shell';
import { EmptyState, ErrorBanner, ErrorState, Loading } from '@/ui/States';

/** 扣款顺序: which sponsor's account pays first; the beneficiary sets it where the region lets them. */
export default function DeductionOrderPage() {
  const sessionRegion = useSession(selectRegion);
  const order = useFamily((state) => state.deductionOrder);
  const request = useFamily((state) => state.requests.deductionOrder);
  const loadDeductionOrder = useFamily((state) => state.loadDeductionOrder);
  const setDeductionOrder = useFamily((state) => state.setDeductionOrder);
  const [loaded, setLoaded] = useState(false);
  // The order being edited; null while it is the back end's.
  const [draft, setDraft] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);

  useDidShow(() => {
    setDraft(null);
    void loadDeductionOrder().then(() => setLoaded(true));
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
    if (await setDeductionOrder(ids)) {
      setDraft(null);
      setSaved(true);
    }
  }

  if (!loaded && !request.error)
    return (
      <Page>
        <Loading />
      </Page>
    );
  if (request.error && order.length === 0) {
    return (
      <Page>
        <ErrorState message={request.error.message} onRetry={() => void loadDeductionOrder()} />
      </Page>
    );
  }

  return (
    <Page>
      <Text className="page__title">扣款顺序</Text>
      {region ? <Text className="card__text">{region.deductionOrderDescription}</Text> : null}
      {order.length === 0 ? (
        <EmptyState title="暂时没有人为您共济">
          <Text className="hint">亲属为您开通家庭共济并生效后，这里会显示扣款顺序。</Text>
        </EmptyState>
      ) : (
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
          <ErrorBanner message={request.error?.message} />
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
                loading={request.loading && loaded}
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
      )}
    </Page>
  );
}
