import { Text } from '@tarojs/components';
import { MessagesView } from '@/features/messages';
import { Page, RequireSignIn } from '@/features/shell';

/** 消息, opened from 我的. */
export default function MessagesPage() {
  return (
    <RequireSignIn>
      {() => (
        <Page>
          <Text className="page__title">消息</Text>
          <MessagesView />
        </Page>
      )}
    </RequireSignIn>
  );
}
