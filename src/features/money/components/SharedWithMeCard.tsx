import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { Me } from '@/services';
import { Card } from '@/ui/Card';
import { DataState } from '@/ui/DataState';
import { Entry } from '@/ui/Entry';
import { remainingThisMonth, sharedSince, sponsorRelationWord } from '../labels';
import { useDeductionOrder } from '../deductionOrder';

export interface SharedWithMeCardProps {
  me: Me;
  onOpenDeductionOrder(): void;
  onOpenRecords(): void;
}

/**
 * On the home page of a person relatives share with: who, since when, in what order their accounts
 * pay, and how much each still lets her use this month. Never what their accounts hold. An employee
 * nobody shares with sees nothing; a resident, who can only be shared with, is told nobody does yet.
 */
export function SharedWithMeCard({ me, onOpenDeductionOrder, onOpenRecords }: SharedWithMeCardProps) {
  const query = useDeductionOrder();
  // Coming back home shows what changed meanwhile (a new binding, a month's spending).
  useDidShow(() => {
    void query.refetch();
  });
  const order = query.data ?? [];
  if (me.insuranceType === 'employee' && order.length === 0) return null;
  return (
    <View role="region" aria-label="为我共济的亲属">
      <Card title="为我共济的亲属">
        <DataState
          hasData={query.data !== undefined}
          empty={order.length === 0}
          emptyTitle="暂时没有亲属为您共济"
          emptyHint={<Text className="hint">职工医保的亲属为您开通家庭共济后，这里会显示。</Text>}
          error={query.error}
          updatedAt={query.updatedAt}
          onRetry={() => void query.refetch()}
        >
          <Text className="card__text">看病买药时先扣您自己的账户，不足部分按以下顺序扣亲属的账户：</Text>
          <View className="order-list" role="list" aria-label="扣款顺序">
            {order.map((entry, index) => {
              const since = sharedSince(entry);
              return (
                <View key={entry.id} className="order-item" role="listitem">
                  <View className="order-item__head">
                    <Text className="order-item__rank">第{index + 1}位</Text>
                    <Text className="order-item__name">{`${entry.sponsor.maskedName}（${sponsorRelationWord(entry)}）`}</Text>
                  </View>
                  {since ? <Text className="order-item__fact">{`自${since}起为您共济`}</Text> : null}
                  <Text className="order-item__fact">{remainingThisMonth(entry)}</Text>
                </View>
              );
            })}
          </View>
          <View className="entries">
            <Entry label="扣款顺序" onOpen={onOpenDeductionOrder} />
            <Entry label="使用记录" onOpen={onOpenRecords} />
          </View>
        </DataState>
      </Card>
    </View>
  );
}
