import type { EndpointKey, EndpointResponse, MockFaults } from '@/services/contract';
import { refuse, UNAUTHORIZED_MESSAGE } from './errors';
import type { FaceSessions } from './face';
import type { Limits } from './limits';
import type { MockState, PersonRecord } from './state';

/** What the QA endpoints may do to the back end itself. */
export interface BackendControls {
  faults(): MockFaults;
  setFaults(faults: MockFaults): void;
  /** Back to the seed, faults off. */
  reset(): void;
  replaceState(state: MockState): void;
}

export interface RequestContext {
  state: MockState;
  /** This request's instant, UTC ISO 8601. */
  now: string;
  /** This request's day in Beijing, YYYY-MM-DD, for the domain rules. */
  today: string;
  params: Readonly<Record<string, string>>;
  query: ReadonlyMap<string, string>;
  body: unknown;
  token: string | null;
  /** The owner of a valid session token, if one came with the request. */
  viewer: PersonRecord | null;
  /** The request carried the QA credential. */
  isQa: boolean;
  /** Who sent it, for the per-client limits. */
  client: string;
  limits: Limits;
  faceSessions: FaceSessions;
  controls: BackendControls;
  /** Signs and checks 医保码 (see handlers/card.ts). */
  cardSecret: string;
}

export interface SignedInContext extends RequestContext {
  token: string;
  viewer: PersonRecord;
}

export interface Reply<T> {
  status: number;
  body: T;
}

export function reply<T>(body: T, status = 200): Reply<T> {
  return { status, body };
}

export interface RouteDef<R> {
  run(ctx: RequestContext): Reply<R>;
}

/** One handler per endpoint of the contract; the compiler checks every endpoint has one. */
export type RouteTable = { [K in EndpointKey]: RouteDef<EndpointResponse<K>> };

export function open<R>(run: (ctx: RequestContext) => Reply<R>): RouteDef<R> {
  return { run };
}

export function signedIn<R>(run: (ctx: SignedInContext) => Reply<R>): RouteDef<R> {
  return {
    run(ctx) {
      const { viewer, token } = ctx;
      if (viewer === null || token === null) {
        return refuse(401, 'UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
      }
      return run({ ...ctx, viewer, token });
    },
  };
}
