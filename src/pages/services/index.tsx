import { Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { selectRegion, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { EntriesCard, Entry, NotOfferedCard } from '@/ui/Entry';
import { Card } from '@/ui/Card';
import { ROUTES, goTo, type Route } from '@/ui/navigation';
import { Page } from '@/features/shell';

const MONEY_ENTRIES: readonly (readonly [string, Route])[] = [
  ['余额与缴费', ROUTES.balance],
  ['使用记录', ROUTES.usage],
  ['代缴居民医保', ROUTES.premium],
  ['扣款顺序', ROUTES.deductionOrder],
  ['结算预估', ROUTES.estimate],
];

/** The service hall: 业务办理 in 粤医保, 我要办 in 河南医保 — the words come from the region. */
export default function ServiceHallPage() {
  const sponsor = useSession((state) => state.sponsor);
  const region = useSession(selectRegion);
  // The page config can name only one region's hall; the bar above the tab says what the tab says.
  useDidShow(() => {
    const title = selectRegion(useSession.getState())?.serviceHallLabel ?? '业务办理';
    Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  });

  return (
    <Page>
      <Text className="page__title">{region?.serviceHallLabel ?? '业务办理'}</Text>
      {!sponsor ? (
        <Card title="请先登录">
          <Text className="card__text">登录后可办理家庭共济相关业务。</Text>
          <Button kind="primary" block onClick={() => goTo(ROUTES.login)}>
            登录
          </Button>
        </Card>
      ) : region ? (
        <EntriesCard title={`${region.terms.relationshipAccount}服务`}>
          <Entry label={region.entryLabel} onOpen={() => goTo(ROUTES.notice)} />
          <Entry label="办理事项" onOpen={() => goTo(ROUTES.applications)} />
        </EntriesCard>
      ) : (
        <NotOfferedCard />
      )}
      {sponsor && region ? (
        <EntriesCard title="个人账户">
          {MONEY_ENTRIES.map(([label, route]) => (
            <Entry key={label} label={label} onOpen={() => goTo(route)} />
          ))}
        </EntriesCard>
      ) : null}
    </Page>
  );
}
