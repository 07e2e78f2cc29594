import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Message } from '@/services';
import { EmptyState, ErrorState, Loading } from '@/ui/States';
import { useMarkRead, useMessages } from '../queries';
import './MessagesView.scss';

function MessageItem({ message, isNew }: { message: Message; isNew: boolean }) {
  return (
    <View className={isNew ? 'message message--new' : 'message'} role="listitem">
      <View className="message__head">
        <Text className="message__title">{message.title}</Text>
        {isNew ? <Text className="message__new">未读</Text> : null}
      </View>
      <Text className="message__time">{dayjs(message.at).format('YYYY-MM-DD HH:mm')}</Text>
      <Text className="message__body">{message.body}</Text>
    </View>
  );
}

/**
 * 消息: everything the platform told this person, newest first. Opening the list reads them; the
 * ones that were new keep their 未读 mark until the person leaves, so they can find them.
 */
export function MessagesView() {
  const { data, error, refetch } = useMessages();
  const { mutate } = useMarkRead();
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(() => new Set());

  useDidShow(() => {
    setNewIds(new Set());
    void refetch();
  });

  const unreadIds = (data?.messages ?? []).filter((message) => !message.read).map((message) => message.id);
  const unreadKey = unreadIds.join(',');
  useEffect(() => {
    if (unreadKey === '') return;
    const ids = unreadKey.split(',');
    setNewIds((previous) => new Set([...previous, ...ids]));
    void mutate(ids).catch(() => undefined); // still unread on the back end; the next visit tries again
  }, [unreadKey, mutate]);

  if (error && data === undefined)
    return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (data === undefined) return <Loading />;
  if (data.messages.length === 0) {
    return <EmptyState title="暂无消息">审核结果、绑定和解绑、账户支付等通知会显示在这里。</EmptyState>;
  }
  return (
    <View className="messages" role="list" aria-label="消息列表">
      {data.messages.map((message) => (
        <MessageItem key={message.id} message={message} isNew={newIds.has(message.id)} />
      ))}
    </View>
  );
}
