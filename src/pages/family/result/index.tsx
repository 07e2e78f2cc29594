import { Text, View } from '@tarojs/components';
import { selectRegion, useSession } from '@/features/auth';
import { Button } from '@/ui/Button';
import { ROUTES, replaceWith, usePageParams } from '@/ui/navigation';
import { Page } from '@/features/shell';

/** After 提交: what happens next, and two ways on — never a dead end. */
export default function SubmittedPage() {
  const { id = '', status } = usePageParams();
  const region = useSession(selectRegion);
  const active = status === 'active';
  return (
    <Page className="result">
      <View className="result__icon" aria-hidden="true">
        ✓
      </View>
      <Text className="result__title">{active ? '绑定成功，已生效' : '提交成功'}</Text>
      <Text className="result__text">
        {active
          ? '共济关系已生效，亲属看病买药时即可使用。'
          : (region?.reviewDescription ?? '预计一个工作日内完成审核')}
      </Text>
      <Button kind="primary" block onClick={() => replaceWith(ROUTES.relationDetail, { id })}>
        查看审核进度
      </Button>
      <Button block onClick={() => replaceWith(ROUTES.home)}>
        返回首页
      </Button>
    </Page>
  );
}
