import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { usePreferences } from '@/features/shell';
import { useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { Card, Row } from '@/ui/Card';
import { Checkbox } from '@/ui/Checkbox';
import { Entry } from '@/ui/Entry';
import { ROUTES, goTo } from '@/ui/navigation';
import { Page } from '@/features/shell';
import { MessagesEntry } from '@/features/messages';

export default function MinePage() {
  const sponsor = useSession((state) => state.sponsor);
  const signOut = useSession((state) => state.signOut);
  const careMode = usePreferences((state) => state.careMode);
  const setCareMode = usePreferences((state) => state.setCareMode);

  return (
    <Page>
      <Text className="page__title">我的</Text>
      {sponsor ? (
        <Card title="个人信息">
          <Row label="姓名" value={sponsor.maskedName} />
          <Row label="身份证号" value={sponsor.maskedIdNumber} />
          <Row label="手机号" value={sponsor.maskedPhone ?? '未登记'} />
        </Card>
      ) : (
        <Card title="您还未登录">
          <Button kind="primary" block onClick={() => goTo(ROUTES.login)}>
            登录
          </Button>
        </Card>
      )}
      <Card>
        {sponsor ? <MessagesEntry onOpen={() => goTo(ROUTES.messages)} /> : null}
        {sponsor ? <Entry line label="办理事项" onOpen={() => goTo(ROUTES.applications)} /> : null}
        {sponsor ? <Entry line label="余额与缴费" onOpen={() => goTo(ROUTES.balance)} /> : null}
        {sponsor ? <Entry line label="使用记录" onOpen={() => goTo(ROUTES.usage)} /> : null}
        {/* The QA console ships in a demo build: H5, and mini-programs built with TARO_APP_QA=1; never
            in a release (http). Written inline so the build folds the test and a build without the
            console carries neither entry nor path. */}
        {process.env.TARO_APP_API_MODE !== 'http' &&
        (process.env.TARO_ENV === 'h5' || process.env.TARO_APP_QA === '1') ? (
          <Entry
            line
            label="测试控制台"
            onOpen={() => void Taro.navigateTo({ url: '/pages/qa/console/index' })}
          />
        ) : null}
        <Entry line label="用户服务协议" onOpen={() => goTo(ROUTES.agreement)} />
        <Entry line label="隐私政策" onOpen={() => goTo(ROUTES.privacy)} />
        <Checkbox checked={careMode} onChange={setCareMode}>
          关怀模式（大字体、高对比度）
        </Checkbox>
      </Card>
      {sponsor ? (
        <Button block onClick={() => void signOut()}>
          退出登录
        </Button>
      ) : null}
      <Text className="version">版本 {process.env.TARO_APP_VERSION}</Text>
    </Page>
  );
}
