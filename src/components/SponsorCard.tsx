import { Text, View } from '@tarojs/components';
import { formatYuan, provinceName } from '@/domain';
import type { Me } from '@/services';

const INSURANCE_LABELS = { employee: '职工医保', resident: '居民医保', none: '未参保' } as const;

/** The signed-in person's own card: masked name and phone, insurance, 参保地 and balance. */
export function SponsorCard({ me }: { me: Me }) {
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
      {me.insuranceType === 'employee' ? (
        <View className="sponsor-card__balance">
          <Text className="sponsor-card__label">个人账户余额（元）</Text>
          <Text className="sponsor-card__amount">{formatYuan(me.balanceFen)}</Text>
        </View>
      ) : null}
    </View>
  );
}
