import type { SubscribeOutcome } from './subscribe-types';

export type { SubscribeOutcome } from './subscribe-types';

/** H5 has no subscription messages: the result reaches the person's 消息 in the app only. */
export function askForResultMessages(): Promise<SubscribeOutcome> {
  return Promise.resolve('unsupported');
}
