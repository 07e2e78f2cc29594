import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useMessages } from '../queries';
import './MessagesView.scss';

/** 我的 → 消息, with how many are unread; read again each time 我的 is shown. */
export function MessagesEntry({ onOpen }: { onOpen: () => void }) {
  const { data, refetch } = useMessages();
  useDidShow(() => {
    void refetch();
  });
  const unread = data?.unreadCount ?? 0;
  return (
    <View className="entry entry--line" role="button" onClick={onOpen}>
      消息
      {unread > 0 ? <Text className="messages-badge">{`${unread}条未读`}</Text> : null}
    </View>
  );
}
