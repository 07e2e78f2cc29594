import { Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { ReviewNotice, useRelations } from '@/features/relations';
import { Page } from '@/features/shell';
import { RelationList } from '@/features/relations';
import { EmptyState, ErrorState } from '@/ui/States';

/** 我的 → 办理事项: every application the person submitted, newest first, with its progress. */
export default function ApplicationsPage() {
  const { asSponsor, error, fetching, refetch } = useRelations();
  useDidShow(() => {
    void refetch();
  });
  const applications = [...asSponsor].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Page>
      <Text className="page__title">办理事项</Text>
      <ReviewNotice relations={applications} />
      {error ? <ErrorState message={error.message} onRetry={() => void refetch()} /> : null}
      {!fetching && !error && applications.length === 0 ? <EmptyState title="暂无办理事项" /> : null}
      <RelationList relations={applications} />
    </Page>
  );
}
