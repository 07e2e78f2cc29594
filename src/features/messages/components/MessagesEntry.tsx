import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useSession } from '@/features/auth';
import { pressable } from '@/ui/pressable';
import './MessagesEntry.scss';

/**
 * 我的 → 消息, with how many are unread. The count comes with the person's own record, read again
 * each time 我的 is shown, which keeps the main package free of the query machinery.
 */
export function MessagesEntry({ onOpen }: { onOpen: () => void }) {
  const unread = useSession((state) => state.sponsor?.unreadMessageCount ?? 0);
  const refresh = useSession((state) => state.refresh);
  useDidShow(() => {
    void refresh();
  });
  return (
    <View className="entry entry--line" role="button" onClick={onOpen} {...pressable(onOpen)}>
      消息
      {unread > 0 ? <Text className="messages-badge">{`${unread}条未读`}</Text> : null}
    </View>
  );
}
