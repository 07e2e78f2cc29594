import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { selectRegion, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { EntriesCard, Entry, NotOfferedCard } from '@/ui/Entry';
import { Card } from '@/ui/Card';
import { ROUTES, goTo } from '@/ui/navigation';
import { CareModeOffer, CareModeSwitch, Page } from '@/features/shell';
import { SponsorCard } from '@/features/relations';
import { SharedWithMeCard } from '@/features/money';

export default function HomePage() {
  const sponsor = useSession((state) => state.sponsor);
  const refresh = useSession((state) => state.refresh);
  const region = useSession(selectRegion);

  useDidShow(() => {
    void refresh();
  });

  if (!sponsor) {
    return (
      <Page>
        <View className="home-top">
          <Text className="app-name">家庭共济</Text>
          <CareModeSwitch />
        </View>
        <CareModeOffer />
        <Card title="您还未登录">
          <Text className="card__text">登录后可查看个人账户余额，办理家庭共济（亲情账号）绑定与解绑。</Text>
          <Button kind="primary" block onClick={() => goTo(ROUTES.login)}>
            登录
          </Button>
        </Card>
      </Page>
    );
  }

  return (
    <Page>
      <View className="home-top">
        <Text className="app-name">{region?.appName ?? '家庭共济'}</Text>
        <CareModeSwitch />
      </View>
      <CareModeOffer />
      <SponsorCard me={sponsor} />
      <Entry line label="医保电子凭证" onOpen={() => goTo(ROUTES.card)} />
      <SharedWithMeCard
        me={sponsor}
        onOpenDeductionOrder={() => goTo(ROUTES.deductionOrder)}
        onOpenRecords={() => goTo(ROUTES.usage)}
      />
      {region ? (
        <EntriesCard title={region.serviceHallLabel}>
          <Entry label={region.entryLabel} onOpen={() => goTo(ROUTES.notice)} />
          <Entry label="查看更多" onOpen={() => goTo(ROUTES.serviceHall)} />
        </EntriesCard>
      ) : (
        <NotOfferedCard />
      )}
    </Page>
  );
}
