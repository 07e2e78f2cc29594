import { createMockBackend, memoryStorage, type MockBackend } from '../../../mock';
import type { HarnessNetwork } from '../../../scripts/boot/fake-platform';

/** The mock back end as the release build's server, and the storage of a person signed in to it. */
export interface SignedInWorld {
  backend: MockBackend;
  network: HarnessNetwork;
  storage: Record<string, string>;
}

/** zustand persist writes JSON text, and the platforms store that text as a JSON string again. */
const stored = (state: unknown, version: number) => JSON.stringify(JSON.stringify({ state, version }));

export async function signedInAs(phone: string, regionId: string): Promise<SignedInWorld> {
  const backend = createMockBackend({ storage: memoryStorage(), autoApproveAfterMs: null });
  await backend.handle({ method: 'POST', path: '/api/auth/sms-code', headers: {}, body: { phone } });
  const login = await backend.handle({
    method: 'POST',
    path: '/api/auth/login',
    headers: {},
    body: { phone, code: '123456' },
  });
  const { token } = login.body as { token: string };
  const me = await backend.handle({
    method: 'GET',
    path: '/api/me',
    headers: { authorization: `Bearer ${token}` },
    body: undefined,
  });
  return {
    backend,
    network: (request) => backend.handle(request),
    storage: {
      'family-session': stored({ token, sponsor: me.body }, 1),
      // The 温馨提示 already accepted, as after a first visit.
      'family-preferences': stored(
        {
          careMode: false,
          agreements: {},
          acceptedNotices: { [`${(me.body as { personId: string }).personId}:${regionId}`]: '2026-11' },
        },
        3,
      ),
    },
  };
}
