export { MessagesEntry } from './components/MessagesEntry';
export { MessagesView } from './components/MessagesView';
export { askForResultMessages } from '@/platform/subscribe';
export type { SubscribeOutcome } from '@/platform/subscribe';
