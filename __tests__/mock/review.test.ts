import dayjs from 'dayjs';
import fc from 'fast-check';
import { createMockBackend } from '../../mock';
import { nextWorkingDay } from '../../mock/clock';
import type { MockStateDocument, PendingReview, RelationView, ReviewSetting } from '@/services/contract';
import { bindOk, errorOf, harness, P } from './support';
import type { Harness } from './support';

const MANUAL: ReviewSetting = { mode: 'manual', delaySeconds: null };
const AFTER_A_MINUTE: ReviewSetting = { mode: 'after-delay', delaySeconds: 60 };
/** 15:00 in Beijing on Friday 13 June 2025. */
const FRIDAY_AFTERNOON = '2025-06-13T07:00:00.000Z';

async function chenApplies(h: Harness): Promise<{ token: string; relation: RelationView }> {
  const token = await h.signIn(P.陈建国.phone);
  return { token, relation: await bindOk(h, token, '周玉兰', 'parent') };
}

async function statusOf(h: Harness, token: string, id: string): Promise<string> {
  return ((await h.call('GET', `/api/family/relations/${id}`, undefined, token)).body as RelationView).status;
}

const choose = (h: Harness, setting: unknown) => h.call('PUT', '/api/_mock/review-setting', setting);

describe('the review setting', () => {
  it('starts at 关闭 in a new state', async () => {
    const h = harness({ autoApproveAfterMs: undefined });
    expect((await h.call('GET', '/api/_mock/review-setting')).body).toEqual(MANUAL);
  });

  it('keeps an application in QA’s queue a day later when nobody changed the setting', async () => {
    const h = harness({ autoApproveAfterMs: undefined });
    const { relation } = await chenApplies(h);
    h.clock.advance(24 * 3600_000);
    const queue = (await h.call('GET', '/api/_mock/reviews')).body as PendingReview[];
    expect(queue.map((item) => item.id)).toContain(relation.id);
  });

  it('decides an application 60 seconds after submission under 提交后 60 秒, not a moment before', async () => {
    const h = harness();
    await choose(h, AFTER_A_MINUTE);
    const { token, relation } = await chenApplies(h);
    h.clock.advance(59_999);
    expect(await statusOf(h, token, relation.id)).toBe('pending');
    h.clock.advance(1);
    expect(await statusOf(h, token, relation.id)).toBe('active');
  });

  it('applies a newly chosen setting to applications already waiting', async () => {
    const h = harness();
    const { token, relation } = await chenApplies(h);
    h.clock.advance(120_000);
    await choose(h, AFTER_A_MINUTE);
    expect(await statusOf(h, token, relation.id)).toBe('active');
  });

  it('decides a Friday-afternoon application on Monday at the same time under 一个工作日后', async () => {
    const h = harness();
    await choose(h, { mode: 'next-working-day', delaySeconds: null });
    const token = await h.signIn(P.陈建国.phone);
    h.clock.set(FRIDAY_AFTERNOON);
    const relation = await bindOk(h, token, '周玉兰', 'parent');
    h.clock.set('2025-06-16T06:59:59.999Z');
    expect(await statusOf(h, token, relation.id)).toBe('pending');
    h.clock.set('2025-06-16T07:00:00.000Z');
    expect(await statusOf(h, token, relation.id)).toBe('active');
  });

  it('tells the applicant when an automatic review will decide', async () => {
    const h = harness();
    await choose(h, AFTER_A_MINUTE);
    const { relation } = await chenApplies(h);
    expect(relation.reviewDueAt).toBe(dayjs(relation.createdAt).add(60, 'second').toISOString());
  });

  it('gives no time of decision while QA decides', async () => {
    const h = harness();
    const { relation } = await chenApplies(h);
    expect(relation).not.toHaveProperty('reviewDueAt');
  });

  it.each([
    [{ mode: 'after-delay', delaySeconds: null }],
    [{ mode: 'after-delay', delaySeconds: 86_401 }],
    [{ mode: 'after-delay', delaySeconds: 1.5 }],
    [{ mode: 'manual', delaySeconds: 5 }],
    [{ mode: 'sometimes', delaySeconds: null }],
  ])('refuses the setting %j and keeps the one it had', async (setting) => {
    const h = harness();
    await choose(h, AFTER_A_MINUTE);
    expect(errorOf(await choose(h, setting)).code).toBe('BAD_REQUEST');
    expect((await h.call('GET', '/api/_mock/review-setting')).body).toEqual(AFTER_A_MINUTE);
  });

  it('is QA’s alone to change', async () => {
    const h = harness();
    const response = await h.backend.handle({
      method: 'PUT',
      path: '/api/_mock/review-setting',
      headers: {},
      body: AFTER_A_MINUTE,
    });
    expect(errorOf(response).code).toBe('QA_ONLY');
  });

  it('survives a restart on the same storage', async () => {
    const h = harness({ autoApproveAfterMs: undefined });
    await choose(h, AFTER_A_MINUTE);
    const restarted = createMockBackend({ storage: h.storage, now: h.clock.now });
    expect(JSON.parse(restarted.exportState())).toMatchObject({ review: AFTER_A_MINUTE });
  });

  it('upgrades a stored version-2 state to 关闭 and keeps its applications', async () => {
    const h = harness({ autoApproveAfterMs: undefined });
    const { relation } = await chenApplies(h);
    const versionTwo: MockStateDocument = { ...JSON.parse(h.backend.exportState()), version: 2 };
    delete versionTwo.review;
    h.storage.setItem('family-mock-state', JSON.stringify(versionTwo));
    const restarted = JSON.parse(createMockBackend({ storage: h.storage, now: h.clock.now }).exportState());
    expect([restarted.review, restarted.relations.some((r: { id: string }) => r.id === relation.id)]).toEqual(
      [MANUAL, true],
    );
  });
});

describe('the next working day', () => {
  const beijing = (instant: string) => dayjs(instant).utcOffset(8 * 60);
  const instants = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString());

  it('is a Monday to Friday at the same Beijing time, with no working day skipped', () => {
    fc.assert(
      fc.property(instants, (submitted) => {
        const due = beijing(nextWorkingDay(submitted));
        const from = beijing(submitted);
        const days = due.startOf('day').diff(from.startOf('day'), 'day');
        const skipped = Array.from({ length: days - 1 }, (_, i) => from.add(i + 1, 'day').day());
        return (
          due.day() >= 1 &&
          due.day() <= 5 &&
          due.format('HH:mm:ss.SSS') === from.format('HH:mm:ss.SSS') &&
          days >= 1 &&
          skipped.every((day) => day === 0 || day === 6)
        );
      }),
      { seed: 20_261_201 },
    );
  });
});
