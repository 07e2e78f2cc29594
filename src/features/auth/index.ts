export { selectRegion, signInOrThrow, useSession } from './session';
export { useRequestSmsCode } from './queries';
