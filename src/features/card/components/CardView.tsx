import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { expenseCategoryLabel } from '@/domain';
import { yuan } from '@/features/money';
import type { CardPayment, Me } from '@/services';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { EmptyState, ErrorState, Loading } from '@/ui/States';
import { useCardCode, useCardPayments } from '../queries';
import { QrCode } from './QrCode';
import './CardView.scss';

/** One bill paid with the code: where, and whose account paid how much. */
function PaymentCard({ payment }: { payment: CardPayment }) {
  return (
    <View role="group" aria-label={`${payment.institution}结算`}>
      <Card title={`${payment.institution} · ${expenseCategoryLabel(payment.category)}`}>
        <Row label="结算时间" value={dayjs(payment.at).format('YYYY-MM-DD HH:mm')} />
        <Row label="本次费用" value={yuan(payment.amountFen)} />
        <Row label="本人个人账户支付" value={yuan(payment.ownFen)} />
        {payment.fromSponsors.map((part) => (
          <Row key={part.maskedName} label={`${part.maskedName}的个人账户共济支付`} value={yuan(part.fen)} />
        ))}
        <Row label="现金支付" value={yuan(payment.cashFen)} />
      </Card>
    </View>
  );
}

function Payments() {
  const { data, error, refetch } = useCardPayments();
  if (error && data === undefined)
    return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (data === undefined) return <Loading />;
  if (data.length === 0) {
    return <Text className="card__text">还没有用医保码结算的记录。</Text>;
  }
  return (
    <View role="region" aria-label="医保码结算记录">
      {data.slice(0, 3).map((payment) => (
        <PaymentCard key={payment.settlementId} payment={payment} />
      ))}
    </View>
  );
}

/**
 * 医保电子凭证: the code a pharmacy scans, its text for typing in by hand, how long it is still
 * valid, and what the last bills paid with it cost whom.
 */
export function CardView({ me }: { me: Me }) {
  const { card, secondsLeft, refresh, refreshing, error } = useCardCode();

  if (me.insuranceType === 'none') {
    return <EmptyState title="您未参加基本医疗保险，暂无医保电子凭证" />;
  }

  return (
    <View>
      <Card title={`${me.maskedName}的医保电子凭证`}>
        <Text className="card__text">结算时请向医药机构出示此码，一个码只能结算一次。</Text>
        {card ? (
          <View>
            <QrCode text={card.code} label="医保码二维码" />
            <Text className="card-code__hint">医保码文字（扫码失败时可报给收费员）：</Text>
            <Text className="card-code__text" selectable>
              {card.code}
            </Text>
            <Text className="card__text" aria-live="polite">
              {`${secondsLeft} 秒后自动刷新`}
            </Text>
          </View>
        ) : error ? (
          <ErrorState message={error.message} onRetry={() => void refresh()} />
        ) : (
          <Loading text="正在生成医保码…" />
        )}
        <Button block loading={refreshing} onClick={() => void refresh()}>
          刷新
        </Button>
      </Card>
      <Payments />
    </View>
  );
}
