import * as services from '@/services';
import { useSession } from '@/features/auth';
import { loadRelations } from '@/features/relations';
import { installBackend, signInAs } from '../support/render';

beforeEach(() => {
  installBackend();
});

test('a refusal for someone who never signed in does not say a login expired', async () => {
  expect(useSession.getState().token).toBeNull();
  await loadRelations();
  expect(useSession.getState().expired).toBe(false);
});

test('the end of a real session is marked expired once, however many requests are refused', async () => {
  await signInAs('13800000001');
  await services.qa.expireSession();
  const marks: boolean[] = [];
  const unsubscribe = useSession.subscribe((state, previous) => {
    if (state.expired && !previous.expired) marks.push(true);
  });
  await Promise.all([loadRelations(), loadRelations(), useSession.getState().refresh()]);
  unsubscribe();
  expect(marks).toHaveLength(1);
});
