import { Text, View } from '@tarojs/components';
import { expenseCategoryLabel, formatYuan } from '@/domain';
import type { Persona, Settlement } from '@/services';
import { Card, Row } from '@/ui/Card';
import { balanceText } from '../labels';

export interface SettlementResultProps {
  settlement: Settlement;
  /** The personas as they are after the settlement, for full names and new balances. */
  personas: readonly Persona[];
}

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

/** The split settle() made — own account, each sponsor in order, cash — and the balances it left. */
export function SettlementResult({ settlement, personas }: SettlementResultProps) {
  const byId = new Map(personas.map((persona) => [persona.personId, persona]));
  const nameOf = (personId: string, masked: string) => byId.get(personId)?.name ?? masked;
  const patient = byId.get(settlement.patient.personId);
  const touched = [
    settlement.patient.personId,
    ...settlement.fromSponsors.map((part) => part.sponsor.personId),
  ]
    .map((personId) => byId.get(personId))
    .filter((persona): persona is Persona => persona !== undefined);

  return (
    <View>
      <View role="region" aria-label="结算结果">
        <Card title="结算结果">
          <Row label="就诊人" value={nameOf(settlement.patient.personId, settlement.patient.maskedName)} />
          <Row label="医药机构" value={settlement.institution} />
          <Row label="费用类别" value={expenseCategoryLabel(settlement.category)} />
          <Row label="个人负担金额" value={yuan(settlement.amountFen)} />
          <Row
            label="本人个人账户支付"
            value={patient?.insuranceType === 'employee' ? yuan(settlement.own) : '无个人账户'}
          />
          {settlement.fromSponsors.map((part) => (
            <Row
              key={part.relationId}
              label={`共济：${nameOf(part.sponsor.personId, part.sponsor.maskedName)}的账户支付`}
              value={`${yuan(part.fen)}（余额 ${yuan(part.balanceAfterFen)}）`}
            />
          ))}
          {settlement.fromSponsors.length === 0 ? <Row label="共济账户支付" value="无" /> : null}
          <Row label="现金支付" value={yuan(settlement.cash)} />
          {settlement.limitStoppedRelationIds.length > 0 ? (
            <Text className="hint">有共济人设置的每月限额已用完，超出部分由后面的账户或现金支付。</Text>
          ) : null}
        </Card>
      </View>
      <View role="region" aria-label="结算后余额">
        <Card title="结算后余额">
          {touched.map((persona) => (
            <Row key={persona.personId} label={persona.name} value={balanceText(persona)} />
          ))}
        </Card>
      </View>
    </View>
  );
}
