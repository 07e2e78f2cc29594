import { useSession } from '@/features/auth';
import { setQueryData, useMutation, useQuery } from '@/request';
import * as services from '@/services';
import type { MessageList } from '@/services';

export const messageKeys = { list: ['messages'] as const };

/** The signed-in person's 消息, newest first; nothing is asked while signed out. */
export function useMessages() {
  const signedIn = useSession((state) => state.token !== null);
  return useQuery<MessageList>(signedIn ? messageKeys.list : null, services.listMessages);
}

/**
 * Marks messages read on the back end and in what every screen shows, including the count on
 * 我的, which comes with the person's own record (so 我的 needs no query of its own).
 */
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
  await useSession.getState().refresh();
}

export const useMarkRead = () => useMutation(markRead);
