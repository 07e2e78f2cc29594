/**
 * The family store on a slow, flaky network and across sessions (issue 9): answers that come back
 * out of order, and what a new session leaves behind of the one before.
 */
import * as services from '@/services';
import { configureTransport } from '@/services';
import type { Transport, TransportRequest, TransportResponse } from '@/services/transport';
import { createEmbeddedTransport } from '@/services/transports/embedded';
import { renderHook, act } from '@testing-library/react';
import { loadRelations, useBind } from '@/features/relations';
import { useSession } from '@/features/auth';
import { installBackend, relationsInCache, signInAs, submitApplication } from '../support/render';

const BUSY = { status: 503, body: { code: 'UNAVAILABLE', message: '网络繁忙，请稍后重试' } };

/** The app's transport, with the list requests held until the test lets each one answer. */
function holdListRequests(): { answer(index: number, response?: TransportResponse): void; held: number } {
  const backend = installBackend();
  const inner = createEmbeddedTransport(() => backend);
  const held: { request: TransportRequest; resolve(response: TransportResponse): void }[] = [];
  const transport: Transport = {
    name: 'embedded',
    upload: (request) => inner.upload(request),
    send(request) {
      const list = request.method === 'GET' && /^\/api\/family\/relations(\?|$)/.test(request.path);
      if (!list) {
        return inner.send(request);
      }
      return new Promise((resolve) => held.push({ request, resolve }));
    },
  };
  configureTransport(() => transport);
  return {
    answer(index, response) {
      const { request, resolve } = held[index];
      if (response) resolve(response);
      else void inner.send(request).then(resolve);
    },
    get held() {
      return held.length;
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 200) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test('a list request that fails after a newer one has answered changes nothing', async () => {
  const network = holdListRequests();
  await signInAs('13800000001');
  await submitApplication('陈小明', '440106201609010011', 'child');

  const older = loadRelations(); // e.g. the page underneath, still on its way
  const newer = loadRelations({ fresh: true }); // the page on screen
  await until(() => network.held === 2);
  network.answer(1);
  await newer;
  network.answer(0, BUSY);
  await older;

  const { fetching, error, asSponsor } = relationsInCache();
  expect({ fetching, error }).toEqual({ fetching: false, error: null });
  expect(asSponsor.map((relation) => relation.beneficiary.maskedName)).toEqual(['陈*明']);
});

test('an older list that answers after a newer request failed does not hide the failure', async () => {
  const network = holdListRequests();
  await signInAs('13800000001');
  const older = loadRelations();
  const newer = loadRelations({ fresh: true });
  await until(() => network.held === 2);
  network.answer(1, BUSY);
  await newer;
  network.answer(0);
  await older;
  expect(relationsInCache().error?.code).toBe('UNAVAILABLE');
});

test('a list that was on its way when another person signed in is not shown to them', async () => {
  const network = holdListRequests();
  await signInAs('13800000001');
  await submitApplication('陈小明', '440106201609010011', 'child');
  const chens = loadRelations();
  await until(() => network.held === 1);
  await signInAs('13800000003');
  network.answer(0);
  await chens;
  expect(relationsInCache().asSponsor).toEqual([]);
  expect(relationsInCache().fetching).toBe(false);
});

test('another person signing in sees none of the lists of the one before', async () => {
  installBackend();
  await signInAs('13800000001');
  await submitApplication('陈小明', '440106201609010011', 'child');
  await loadRelations();
  expect(relationsInCache().asSponsor).toHaveLength(1);
  await signInAs('13800000003');
  expect(relationsInCache().asSponsor).toEqual([]);
});

test('after an expired session and a new sign-in, the refusal 登录已过期 is gone from the form', async () => {
  let clock = Date.parse('2026-11-22T02:00:00Z');
  installBackend({ now: () => new Date(clock).toISOString() });
  await signInAs('13800000001');
  await services.qa.expireSession();
  const { result } = renderHook(() => useBind());
  await act(async () => {
    const refused = result.current.mutate({
      name: '陈小明',
      idNumber: '440106201609010011',
      relationship: 'child',
      materialIds: [],
      consentVersion: 'test',
      idempotencyKey: 'expired-session',
    });
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
  expect(useSession.getState().expired).toBe(true);
  expect(result.current.error?.code).toBe('UNAUTHORIZED');

  clock += 61_000; // past the SMS cooldown: the first code was used
  await act(() => signInAs('13800000001'));
  expect(result.current.error).toBeNull();
});
