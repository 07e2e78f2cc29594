export { Page } from './components/Page';
export { RequireNotice, RequireSignIn, SignInFirst } from './components/RequireNotice';
export type { SignedInRegion } from './components/RequireNotice';
export { usePreferences } from './preferences';
