import Taro from '@tarojs/taro';
import * as services from '@/services';
import { selectRegion, useSession } from '@/features/auth';
import { loadRelations } from '@/features/relations';
import { installBackend, relationsInCache, signInAs, submitApplication } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('signing in sets the masked sponsor and the region of their 参保地', async () => {
  await signInAs('13800000001');
  const state = useSession.getState();
  expect(state.sponsor?.maskedName).toBe('陈*国');
  expect(selectRegion(state)?.appName).toBe('粤医保');
  expect(services.getSessionToken()).toBe(state.token);
});

test('the persisted session holds the token and the masked profile, never a full ID or phone', async () => {
  await signInAs('13800000001');
  const stored = String(Taro.getStorageSync('family-session'));
  expect(stored).toContain('陈*国');
  expect(stored).not.toMatch(/440106197003151232|13800000001/);
});

test('a stored session of an older version is dropped and the person signs in again', async () => {
  Taro.setStorageSync(
    'family-session',
    JSON.stringify({ state: { token: 'old', sponsor: { name: '陈建国' } }, version: 0 }),
  );
  await useSession.persist.rehydrate();
  expect(useSession.getState().token).toBeNull();
  expect(useSession.getState().sponsor).toBeNull();
});

test('a bind appears as 审核中, and as 已生效 after QA approves and the list refreshes', async () => {
  await signInAs('13800000001');
  const relation = await submitApplication('陈小明', '440106201609010011', 'child');
  await loadRelations();
  expect(relationsInCache().asSponsor.map((item) => item.status)).toEqual(['pending']);
  await services.qa.review({ relationId: relation.id, approve: true });
  expect(relationsInCache().asSponsor[0].status).toBe('pending');
  await loadRelations();
  expect(relationsInCache().asSponsor[0].status).toBe('active');
});

test('a failed request is kept as that request’s error, with the data left as it was', async () => {
  await signInAs('13800000001');
  await loadRelations();
  await services.qa.setFaults({ failureRate: 1, latencyMs: [0, 0] });
  await loadRelations();
  const { fetching, error, asSponsor } = relationsInCache();
  expect(fetching).toBe(false);
  expect(error).toMatchObject({ code: 'UNAVAILABLE' });
  expect(asSponsor).toEqual([]);
});

test('a 401 clears the session and marks it expired', async () => {
  await signInAs('13800000001');
  await services.qa.expireSession();
  await loadRelations();
  const session = useSession.getState();
  expect(session.token).toBeNull();
  expect(session.sponsor).toBeNull();
  expect(session.expired).toBe(true);
});
