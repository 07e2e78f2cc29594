import { Text, View } from '@tarojs/components';
import { INSURANCE_LABELS, formatYuan, provinceName } from '@/domain';
import type { Me } from '@/services';
import { ROUTES, goTo } from '@/ui/navigation';
import { pressable } from '@/ui/pressable';

/**
 * The signed-in person's own card: masked name and phone, insurance, 参保地, balance, months paid
 * in and what relatives used this year, with the way to 余额与缴费 on the card itself.
 */
export function SponsorCard({ me }: { me: Me }) {
  const employee = me.insuranceType === 'employee';
  return (
    <View className="sponsor-card" aria-label="我的医保账户">
      <View className="sponsor-card__head">
        <Text className="sponsor-card__name">{me.maskedName}</Text>
        <Text className="sponsor-card__tag">{INSURANCE_LABELS[me.insuranceType]}</Text>
      </View>
      <View className="sponsor-card__meta">
        <Text className="sponsor-card__fact">参保地：{provinceName(me.provinceCode) ?? '—'}</Text>
        <Text className="sponsor-card__fact">手机：{me.maskedPhone ?? '未登记'}</Text>
      </View>
      {employee ? (
        <View className="sponsor-card__balance">
          <Text className="sponsor-card__label">个人账户余额（元）</Text>
          <Text className="sponsor-card__amount">{formatYuan(me.balanceFen)}</Text>
        </View>
      ) : null}
      <View className="sponsor-card__meta">
        <Text className="sponsor-card__fact">累计缴费 {me.contributionMonths} 个月</Text>
        {employee ? (
          <Text className="sponsor-card__fact">本年已共济 {formatYuan(me.sharedThisYearFen)} 元</Text>
        ) : null}
      </View>
      <View
        className="sponsor-card__link"
        role="button"
        aria-label="余额与缴费明细"
        onClick={() => goTo(ROUTES.balance)}
        {...pressable(() => goTo(ROUTES.balance))}
      >
        余额与缴费明细 ›
      </View>
    </View>
  );
}
