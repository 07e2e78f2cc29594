export { selectRegion, useSession } from './session';
