import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { formatYuan } from '@/domain';
import { selectRegion, useSession } from '@/features/auth';
import { relationWord, useRelations } from '@/features/relations';
import { Button } from '@/ui/Button';
import { EntriesCard, Entry } from '@/ui/Entry';
import { Card, Row } from '@/ui/Card';
import { UsageChart, limitLabel, useUsageMonths, yuan } from '@/features/money';
import { ROUTES, goTo } from '@/ui/navigation';
import { pressable } from '@/ui/pressable';
import { Page } from '@/features/shell';
import { DataState } from '@/ui/DataState';
import './index.scss';

/** 余额与缴费: the account, what relatives spent from it this year, and where to go from here. */
export default function BalancePage() {
  const sponsor = useSession((state) => state.sponsor);
  const sessionError = useSession((state) => state.error);
  const readAt = useSession((state) => state.sponsorReadAt);
  const refresh = useSession((state) => state.refresh);
  const region = useSession(selectRegion);
  const relations = useRelations();
  const { asSponsor, asBeneficiary, refetch } = relations;
  const chart = useUsageMonths(true);

  useDidShow(() => {
    void refresh();
    void refetch();
    void chart.refetch();
  });

  if (!sponsor || !region) {
    return (
      <Page>
        <Card title="请先登录">
          <Button kind="primary" block onClick={() => goTo(ROUTES.login)}>
            登录
          </Button>
        </Card>
      </Page>
    );
  }

  const { terms } = region;
  const employee = sponsor.insuranceType === 'employee';
  const sharing = asSponsor.filter((relation) => relation.status === 'active');
  const sharedWithMe = asBeneficiary.some((relation) => relation.status === 'active');

  return (
    <Page>
      <Text className="page__title">余额与缴费</Text>
      <DataState hasData error={sessionError} updatedAt={readAt} onRetry={() => void refresh()}>
        <Card title={employee ? '职工医保个人账户' : '我的医保'}>
          {employee ? (
            <View className="balance">
              <Text className="balance__label">个人账户余额（元）</Text>
              <Text className="balance__amount">{formatYuan(sponsor.balanceFen)}</Text>
            </View>
          ) : (
            <Text className="card__text">
              {`您参加的是城乡居民医保，没有职工医保个人账户；${terms.sponsor}可以用他们的个人账户为您支付。`}
            </Text>
          )}
          <Row label="累计缴费月数" value={`${sponsor.contributionMonths} 个月`} />
          {employee ? <Row label="本年已共济" value={yuan(sponsor.sharedThisYearFen)} /> : null}
          {employee ? (
            <Text className="hint">本年已共济：今年亲属看病买药、代缴医保从您账户支付的合计。</Text>
          ) : null}
        </Card>
      </DataState>
      {/* A month's bar opens its records; the chart appears once it has figures (使用记录 says why not). */}
      {chart.data ? (
        <Card title="近12个月支付">
          <UsageChart data={chart.data} selected={null} onSelect={(month) => goTo(ROUTES.usage, { month })} />
          <Text className="hint">点一个月份，查看那个月的使用记录。</Text>
        </Card>
      ) : null}
      {employee && sharing.length > 0 ? (
        <Card title="为亲属共济">
          <DataState
            hasData={relations.data !== undefined}
            error={relations.error}
            updatedAt={relations.updatedAt}
            onRetry={() => void refetch()}
          >
            {sharing.map((relation) => {
              const text = `${relation.beneficiary.maskedName}（${relationWord(relation)}）· ${limitLabel(relation.monthlyLimitFen)}`;
              const open = () => goTo(ROUTES.usage, { relationId: relation.id });
              // The spoken name starts with what is written, so voice control finds it by its text.
              return (
                <View
                  key={relation.id}
                  className="entry entry--line"
                  role="button"
                  aria-label={`${text}，使用记录`}
                  onClick={open}
                  {...pressable(open)}
                >
                  <Text>{text}</Text>
                </View>
              );
            })}
          </DataState>
        </Card>
      ) : null}
      <EntriesCard title="账户服务">
        <Entry label="使用记录" onOpen={() => goTo(ROUTES.usage)} />
        {employee ? <Entry label="代缴居民医保" onOpen={() => goTo(ROUTES.premium)} /> : null}
        <Entry label="结算预估" onOpen={() => goTo(ROUTES.estimate)} />
        {sharedWithMe ? <Entry label="扣款顺序" onOpen={() => goTo(ROUTES.deductionOrder)} /> : null}
      </EntriesCard>
    </Page>
  );
}
