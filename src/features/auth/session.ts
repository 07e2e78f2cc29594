import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { now } from '@/domain';
import { regionById, type RegionProfile } from '@/regions';
import * as services from '@/services';
import type { LoginResponse, Me, ServiceError } from '@/services';
import type { PlatformCredentials } from '@/platform/signIn-types';
import { persistentStorage } from '@/services/storage';
import { clearQueries, clearQueryErrors } from '@/request';

export interface SessionState {
  token: string | null;
  /** The signed-in person as the back end describes them: masked name, ID and phone only. */
  sponsor: Me | null;
  /** When `sponsor` came from the back end (ms since epoch): a balance shown after a failed refresh says its age. */
  sponsorReadAt: number | null;
  /** Set when the back end ended the session (401): the sign-in page says why. */
  expired: boolean;
  signingIn: boolean;
  error: ServiceError | null;
  signIn(phone: string, code: string): Promise<boolean>;
  /** WeChat / Alipay: the platform's codes, exchanged by the back end for the verified phone. */
  signInWithPlatform(credentials: PlatformCredentials): Promise<boolean>;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  /** The back end said the session is gone: forget it, keep everything else (drafts live elsewhere). */
  expire(): void;
}

const SESSION_VERSION = 1;

const signedOut = { token: null, sponsor: null, sponsorReadAt: null, signingIn: false, error: null } as const;

function exchange(credentials: PlatformCredentials): Promise<LoginResponse> {
  if (credentials.platform === 'wechat') {
    return services.loginWithWechat({ loginCode: credentials.loginCode, phoneCode: credentials.phoneCode });
  }
  return services.loginWithAlipay({
    authCode: credentials.authCode,
    phoneResponse: credentials.phoneResponse,
  });
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => {
      // SMS and platform sign-in end the same way: the back end's session, or its refusal.
      async function openSession(run: () => Promise<LoginResponse>): Promise<boolean> {
        set({ signingIn: true, error: null });
        try {
          const { token, sponsor } = await run();
          services.setSessionToken(token);
          set({ token, sponsor, sponsorReadAt: now(), signingIn: false, expired: false });
          return true;
        } catch (error) {
          set({ signingIn: false, error: error as ServiceError });
          return false;
        }
      }
      return {
        ...signedOut,
        expired: false,
        async signIn(phone, code) {
          return openSession(() => services.login(phone, code));
        },
        async signInWithPlatform(credentials) {
          return openSession(() => exchange(credentials));
        },
        async refresh() {
          if (!get().token) return;
          try {
            set({ sponsor: await services.getMe(), sponsorReadAt: now(), error: null });
          } catch (error) {
            set({ error: error as ServiceError });
          }
        },
        async signOut() {
          try {
            await services.logout();
          } catch {
            // Signing out locally must work even when the back end cannot be reached.
          }
          services.setSessionToken(null);
          set({ ...signedOut, expired: false });
        },
        expire() {
          // Only a session that existed can expire: a visitor who never signed in is asked to sign in.
          const hadSession = get().token !== null;
          services.setSessionToken(null);
          set({ ...signedOut, expired: hadSession || get().expired });
        },
      };
    },
    {
      name: 'family-session',
      storage: persistentStorage,
      version: SESSION_VERSION,
      partialize: (state) => ({
        token: state.token,
        sponsor: state.sponsor,
        sponsorReadAt: state.sponsorReadAt,
      }),
      // An older shape is not worth guessing at: the person signs in again.
      migrate: () => ({ token: null, sponsor: null, sponsorReadAt: null }),
      onRehydrateStorage: () => (state) => services.setSessionToken(state?.token ?? null),
    },
  ),
);

services.onUnauthorized(() => useSession.getState().expire());

/** The region profile of the signed-in person's 参保地; null when signed out or not offered. */
export function selectRegion(state: Pick<SessionState, 'sponsor'>): RegionProfile | null {
  return state.sponsor?.regionId ? regionById(state.sponsor.regionId) : null;
}

/** Whether anyone is signed in: a query asks the back end only then. */
export const useSignedIn = () => useSession((state) => state.token !== null);

// A new session starts clean. Another person's answers never show under the new name, and a
// refusal of the session that ended (登录已过期) is not left on the page the person comes back to.
useSession.subscribe((state, previous) => {
  if (state.token === previous.token) return;
  if (state.sponsor?.personId !== previous.sponsor?.personId) clearQueries();
  else clearQueryErrors();
});

/** Signs in or rejects with the back end's refusal, for callers that run it as one action. */
export async function signInOrThrow(phone: string, code: string): Promise<void> {
  const session = useSession.getState();
  if (await session.signIn(phone, code)) return;
  throw useSession.getState().error ?? new services.ServiceError('NETWORK', '登录没有完成，请重试', 0);
}
