import { useSession } from '@/features/auth';
import { setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { MessageList } from '@/services';

export const messageKeys = { list: ['messages'] as const };

const listMessages = () => services.listMessages();

/** The signed-in person's 消息, newest first; nothing is asked while signed out. */
export function useMessages() {
  const signedIn = useSession((state) => state.token !== null);
  return useQuery<MessageList>(signedIn ? messageKeys.list : null, listMessages);
}

/** Marks messages read on the back end and in what every screen shows. */
async function markRead(messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  const { unreadCount } = await services.markMessagesRead(messageIds);
  const read = new Set(messageIds);
  setQueryData<MessageList>(messageKeys.list, (list) => ({
    unreadCount,
    messages: (list?.messages ?? []).map((message) =>
      read.has(message.id) ? { ...message, read: true } : message,
    ),
  }));
}

export const useMarkRead = () => useMutation(markRead);
