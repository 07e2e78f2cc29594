import { Text, View } from '@tarojs/components';
import type { PremiumPayment } from '@/services';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { dateTime } from '../dates';
import { yuan } from '../labels';
import '@/ui/Result.scss';

export interface PremiumReceiptProps {
  payment: PremiumPayment;
  onDone(): void;
  onOpenRecords(): void;
}

/** 缴费凭证: what was paid, for whom, for which year, and what the account holds now. */
export function PremiumReceipt({ payment, onDone, onOpenRecords }: PremiumReceiptProps) {
  return (
    <View className="result" role="region" aria-label="缴费凭证">
      <View className="result__icon" aria-hidden="true">
        ✓
      </View>
      <Text className="result__title">代缴成功</Text>
      <Text className="result__text">
        已为{payment.beneficiary.maskedName}缴纳{payment.year}年城乡居民医保费
      </Text>
      <Card title="缴费凭证">
        <Row label="参保人" value={payment.beneficiary.maskedName} />
        <Row label="缴费年度" value={`${payment.year}年`} />
        <Row label="缴费金额" value={yuan(payment.amountFen)} />
        <Row label="缴费时间" value={dateTime(payment.paidAt)} />
        <Row label="缴费后个人账户余额" value={yuan(payment.balanceAfterFen)} />
        <Row label="凭证号" value={payment.receiptNumber} />
      </Card>
      <Button kind="primary" block onClick={onDone}>
        完成
      </Button>
      <Button block onClick={onOpenRecords}>
        查看使用记录
      </Button>
    </View>
  );
}
