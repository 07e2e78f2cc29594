export { Page } from './components/Page';
export { CareModeOffer, CareModeSwitch } from './components/CareMode';
export { RequireNotice, RequireSignIn, SignInFirst } from './components/RequireNotice';
export type { SignedInRegion } from './components/RequireNotice';
export { acceptedNoticeOf, usePreferences } from './preferences';
