import { Text, View } from '@tarojs/components';
import { selectRegion, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
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
        <Card title={`${region.terms.relationshipAccount}服务`}>
          <View className="entries">
            <View
              className="entry"
              role="button"
              aria-label={region.entryLabel}
              onClick={() => goTo(ROUTES.notice)}
            >
              {region.entryLabel}
            </View>
            <View
              className="entry"
              role="button"
              aria-label="办理事项"
              onClick={() => goTo(ROUTES.applications)}
            >
              办理事项
            </View>
          </View>
        </Card>
      ) : (
        <Card title="暂未开通">
          <Text className="card__text">您的参保地暂未开通线上家庭共济，请到当地医保经办窗口办理。</Text>
        </Card>
      )}
      {sponsor && region ? (
        <Card title="个人账户">
          <View className="entries">
            {MONEY_ENTRIES.map(([label, route]) => (
              <View
                key={label}
                className="entry"
                role="button"
                aria-label={label}
                onClick={() => goTo(route)}
              >
                {label}
              </View>
            ))}
          </View>
        </Card>
      ) : null}
    </Page>
  );
}
