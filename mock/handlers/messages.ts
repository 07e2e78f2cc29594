/** 消息: the signed-in person's own notification log, newest first, and marking it read. */
import type { MessageList, MessagesRead } from '@/services/contract';
import type { Reply, SignedInContext } from '../context';
import { reply } from '../context';
import { readBody, readTextList } from '../read';
import type { MessageRecord, MockState } from '../state';

function own(state: MockState, personId: string): MessageRecord[] {
  return state.messages.filter((message) => message.personId === personId);
}

const unread = (messages: readonly MessageRecord[]): number =>
  messages.filter((message) => !message.read).length;

export function listMessages(ctx: SignedInContext): Reply<MessageList> {
  const messages = own(ctx.state, ctx.viewer.personId);
  return reply({
    messages: messages
      .slice()
      .reverse()
      .map(({ id, kind, at, title, body, read }) => ({ id, kind, at, title, body, read })),
    unreadCount: unread(messages),
  });
}

/** Marks the named messages read; ids that are not the person's own are ignored, as if missing. */
export function markMessagesRead(ctx: SignedInContext): Reply<MessagesRead> {
  const ids = new Set(
    readTextList(readBody(ctx.body), 'messageIds', '消息', { maxItems: 100, maxLength: 64 }),
  );
  const messages = own(ctx.state, ctx.viewer.personId);
  messages.forEach((message) => {
    if (ids.has(message.id)) {
      message.read = true;
    }
  });
  return reply({ unreadCount: unread(messages) });
}
