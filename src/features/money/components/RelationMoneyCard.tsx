import { Text, View } from '@tarojs/components';
import type { RelationView } from '@/services';
import { Card, Row } from '@/ui/Card';
import { Entry } from '@/ui/Entry';
import { limitLabel } from '../labels';

export interface RelationMoneyCardProps {
  relation: RelationView;
  /** 授权人 / 共济人 */
  sponsorTerm: string;
  onOpenRecords(): void;
  onEditLimit(): void;
  onPayPremium(): void;
  onOpenDeductionOrder(): void;
}

/**
 * On a relation's detail page: the sponsor sees and sets the monthly limit, opens what this relation
 * paid and can pay the relative's premium; the beneficiary opens the records and the deduction order.
 */
export function RelationMoneyCard({
  relation,
  sponsorTerm,
  onOpenRecords,
  onEditLimit,
  onPayPremium,
  onOpenDeductionOrder,
}: RelationMoneyCardProps) {
  const active = relation.status === 'active';
  const entry = (label: string, onClick: () => void) => <Entry label={label} onOpen={onClick} />;
  if (relation.viewerRole === 'sponsor') {
    return (
      <Card title="共济额度与记录">
        <Row label="每月额度" value={limitLabel(relation.monthlyLimitFen)} />
        <View className="entries">
          {active ? entry('设置每月额度', onEditLimit) : null}
          {entry('使用记录', onOpenRecords)}
          {active ? entry('代缴居民医保', onPayPremium) : null}
        </View>
      </Card>
    );
  }
  return (
    <Card title="共济记录与扣款顺序">
      <Text className="card__text">{`看病买药时先扣您自己的个人账户，不足部分按扣款顺序扣${sponsorTerm}的账户。`}</Text>
      <View className="entries">
        {entry('使用记录', onOpenRecords)}
        {active ? entry('扣款顺序', onOpenDeductionOrder) : null}
      </View>
    </Card>
  );
}
