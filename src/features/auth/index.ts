export { selectRegion, signInOrThrow, useSession } from './session';
export { useRequestSmsCode } from './queries';
export { useSmsCooldown, useSmsCooldowns } from './smsCooldown';
