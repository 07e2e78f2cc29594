export { askForResultMessages } from './subscribe-mini';
export type { SubscribeOutcome } from './subscribe-types';
