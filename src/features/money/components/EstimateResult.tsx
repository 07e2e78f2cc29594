import { Text, View } from '@tarojs/components';
import type { BillEstimate } from '@/services';
import { Card, Row } from '@/ui/Card';
import { yuan } from '../labels';

export interface EstimateResultProps {
  estimate: BillEstimate;
  /** The person has a personal account of their own (职工医保). */
  hasOwnAccount: boolean;
}

/** Who would pay what, in the order the accounts are charged. */
export function EstimateResult({ estimate, hasOwnAccount }: EstimateResultProps) {
  return (
    <Card title="预估结果">
      <View role="list" aria-label="预估支付明细">
        {hasOwnAccount ? (
          <View role="listitem">
            <Row label="本人个人账户" value={yuan(estimate.own)} />
          </View>
        ) : null}
        {estimate.sponsors.map((part, index) => (
          <View key={part.relationId} role="listitem">
            <Row label={`第${index + 1}位 ${part.sponsor.maskedName}的账户`} value={yuan(part.fen)} />
            {part.limitStopped ? (
              <Text className="hint">已到该账户本月的共济额度，其余由下一位或现金支付</Text>
            ) : null}
          </View>
        ))}
        <View role="listitem">
          <Row label="现金自付" value={yuan(estimate.cash)} />
        </View>
      </View>
      <Text className="hint">按您现在的余额、扣款顺序和每月额度估算，实际以医院、药店结算为准。</Text>
    </Card>
  );
}
