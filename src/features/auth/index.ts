export { selectRegion, signInOrThrow, useSession, useSignedIn } from './session';
export { useOwnName, useRequestSmsCode } from './queries';
export { useSmsCooldown, useSmsCooldowns } from './smsCooldown';
export { PhoneSignInButton } from './components/PhoneSignInButton';
export { phoneSignIn } from '@/platform/signIn';
export { AgreementRecheck } from './components/AgreementRecheck';
