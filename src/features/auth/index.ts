export { selectRegion, signInOrThrow, useSession } from './session';
export { useOwnName, useRequestSmsCode } from './queries';
