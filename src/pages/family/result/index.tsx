import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { selectRegion, useSession } from '@/features/auth';
import { ReviewNotice, reviewExpectation, useRelation } from '@/features/relations';
import { Button } from '@/ui/Button';
import { ROUTES, replaceWith, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';
import '@/ui/Result.scss';

/** After 提交: what happens next and when, the result once there is one, and two ways on. */
export default function SubmittedPage() {
  const { id = '', status } = usePageParams();
  const region = useSession(selectRegion);
  const { data: relation, refetch } = useRelation(status === 'active' ? '' : id);
  useDidShow(() => {
    void refetch();
  });
  const active = status === 'active';
  const expectation =
    relation?.status === 'pending'
      ? `${reviewExpectation(relation)}，可在“我的—办理事项”查看进度`
      : (region?.reviewDescription ?? '预计一个工作日内完成审核');
  return (
    <Page className="result">
      <View className="result__icon" aria-hidden="true">
        ✓
      </View>
      <Text className="result__title">{active ? '绑定成功，已生效' : '提交成功'}</Text>
      <Text className="result__text">
        {active ? '共济关系已生效，亲属看病买药时即可使用。' : expectation}
      </Text>
      {relation ? <ReviewNotice relations={[relation]} /> : null}
      <Button kind="primary" block onClick={() => replaceWith(ROUTES.relationDetail, { id })}>
        查看审核进度
      </Button>
      <Button block onClick={() => replaceWith(ROUTES.home)}>
        返回首页
      </Button>
    </Page>
  );
}
