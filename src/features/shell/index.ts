export { Page } from './components/Page';
export { RequireNotice, SignInFirst } from './components/RequireNotice';
export type { SignedInRegion } from './components/RequireNotice';
export { usePreferences } from './preferences';
