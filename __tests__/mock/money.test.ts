import type {
  DeductionOrderEntry,
  Me,
  Page,
  PremiumPayment,
  RelationView,
  Settlement,
  UsageRecord,
} from '@/services/contract';
import { bindOk, errorOf, harness, motherWithTwoSponsors, P, review } from './support';
import type { Harness } from './support';

function settle(
  h: Harness,
  idNumber: string,
  amountFen: number,
  category = 'outpatient',
): Promise<{ status: number; body: unknown }> {
  return h.call('POST', '/api/_mock/settle', {
    idNumber,
    amountFen,
    institution: '广州市第一人民医院',
    category,
  });
}

async function balanceOf(h: Harness, token: string): Promise<number> {
  return ((await h.call('GET', '/api/me', undefined, token)).body as Me).balanceFen;
}

describe('GET /api/family/deduction-order', () => {
  it('lists the sponsors in the order they pay, with what each may still pay this month', async () => {
    const { h, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    const order = (await h.call('GET', '/api/family/deduction-order', undefined, mother))
      .body as DeductionOrderEntry[];
    expect(order.map((entry) => [entry.id, entry.remainingLimitFen, entry.viewerRole])).toEqual([
      [fromSon.id, null, 'beneficiary'],
      [fromWife.id, null, 'beneficiary'],
    ]);
  });

  it('is empty for a person nobody shares with', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect((await h.call('GET', '/api/family/deduction-order', undefined, token)).body).toEqual([]);
  });
});

describe('PUT /api/family/deduction-order', () => {
  it('sets the order the beneficiary chose', async () => {
    const { h, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    const response = await h.call(
      'PUT',
      '/api/family/deduction-order',
      { relationIds: [fromWife.id, fromSon.id] },
      mother,
    );
    expect((response.body as DeductionOrderEntry[]).map((entry) => [entry.id, entry.deductionRank])).toEqual([
      [fromWife.id, 0],
      [fromSon.id, 1],
    ]);
  });

  it('refuses a list that leaves a relation out', async () => {
    const { h, mother, fromSon } = await motherWithTwoSponsors();
    const response = await h.call(
      'PUT',
      '/api/family/deduction-order',
      { relationIds: [fromSon.id] },
      mother,
    );
    expect(errorOf(response)).toEqual({
      code: 'ORDER_MISMATCH',
      message: '扣款顺序与当前的共济关系不一致，请刷新后重新设置',
    });
  });

  it('refuses a list with a relation twice', async () => {
    const { h, mother, fromSon } = await motherWithTwoSponsors();
    const response = await h.call(
      'PUT',
      '/api/family/deduction-order',
      { relationIds: [fromSon.id, fromSon.id] },
      mother,
    );
    expect(errorOf(response).code).toBe('ORDER_MISMATCH');
  });

  it('refuses a relation in which the person is the sponsor', async () => {
    const { h, son, fromSon } = await motherWithTwoSponsors();
    const response = await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromSon.id] }, son);
    expect(errorOf(response).code).toBe('ORDER_MISMATCH');
  });

  it('refuses in 河南, where the balance decides the order', async () => {
    const h = harness();
    const token = await h.signIn(P.李长海.phone);
    const response = await h.call('PUT', '/api/family/deduction-order', { relationIds: [] }, token);
    expect(response).toEqual({
      status: 409,
      body: { code: 'ORDER_FIXED', message: '河南医保按余额从高到低扣款，不能手动调整' },
    });
  });
});

describe('POST /api/_mock/settle', () => {
  it('follows the beneficiary’s order and each monthly limit, and records usage for both sponsors', async () => {
    const { h, son, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromWife.id, fromSon.id] }, mother);
    await h.call('PUT', `/api/family/relations/${fromWife.id}/limit`, { monthlyLimitFen: 10000 }, wife);
    const response = await settle(h, P.周玉兰.id, 30000);
    expect(response.status).toBe(201);
    const settlement = response.body as Settlement;
    expect(settlement).toMatchObject({
      amountFen: 30000,
      own: 0,
      cash: 0,
      limitStoppedRelationIds: [fromWife.id],
    });
    expect(settlement.fromSponsors.map((part) => [part.relationId, part.fen, part.balanceAfterFen])).toEqual([
      [fromWife.id, 10000, 290000],
      [fromSon.id, 20000, 480000],
    ]);
    const wifeUsage = (await h.call('GET', '/api/account/usage', undefined, wife)).body as Page<UsageRecord>;
    expect(wifeUsage.items[0]).toMatchObject({
      settlementId: settlement.id,
      paidByThisAccountFen: 10000,
      source: 'sponsor',
      relationId: fromWife.id,
      limitStopped: true,
    });
    const sonUsage = (await h.call('GET', '/api/account/usage', undefined, son)).body as Page<UsageRecord>;
    expect(sonUsage.items[0]).toMatchObject({
      settlementId: settlement.id,
      paidByThisAccountFen: 20000,
      relationId: fromSon.id,
      limitStopped: false,
    });
    expect(await balanceOf(h, wife)).toBe(290000);
    expect(await balanceOf(h, son)).toBe(480000);
  });

  it('counts what a relation already paid this month against its limit', async () => {
    const { h, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromWife.id, fromSon.id] }, mother);
    await h.call('PUT', `/api/family/relations/${fromWife.id}/limit`, { monthlyLimitFen: 10000 }, wife);
    await settle(h, P.周玉兰.id, 6000);
    const second = (await settle(h, P.周玉兰.id, 6000)).body as Settlement;
    expect(second.fromSponsors.map((part) => [part.relationId, part.fen])).toEqual([
      [fromWife.id, 4000],
      [fromSon.id, 2000],
    ]);
  });

  it('starts each relation’s limit afresh in a new month', async () => {
    const { h, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromWife.id, fromSon.id] }, mother);
    await h.call('PUT', `/api/family/relations/${fromWife.id}/limit`, { monthlyLimitFen: 10000 }, wife);
    await settle(h, P.周玉兰.id, 10000);
    h.clock.set('2025-07-01T00:00:00.000Z');
    const next = (await settle(h, P.周玉兰.id, 5000)).body as Settlement;
    expect(next.fromSponsors).toEqual([expect.objectContaining({ relationId: fromWife.id, fen: 5000 })]);
  });

  it('takes from the patient’s own account first', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const settlement = (await settle(h, P.陈建国.id, 12345, 'pharmacy')).body as Settlement;
    expect(settlement).toMatchObject({ own: 12345, fromSponsors: [], cash: 0 });
    expect(await balanceOf(h, token)).toBe(500000 - 12345);
  });

  it('moves to the next sponsor when one account is empty, then to cash', async () => {
    const h = harness();
    const settlement = (await settle(h, P.王大力.id, 100000)).body as Settlement;
    expect(settlement).toMatchObject({
      own: 0,
      cash: 20000,
      fromSponsors: [expect.objectContaining({ fen: 80000, balanceAfterFen: 0 })],
    });
  });

  it('pays everything in cash for goods shared funds may not buy', async () => {
    const h = harness();
    const settlement = (await settle(h, P.陈建国.id, 9900, 'health-supplement')).body as Settlement;
    expect(settlement).toMatchObject({ own: 0, fromSponsors: [], cash: 9900 });
  });

  it('records the patient’s own view of a bill their sponsor paid', async () => {
    const { h, mother } = await motherWithTwoSponsors();
    const settlement = (await settle(h, P.周玉兰.id, 5000)).body as Settlement;
    const usage = (await h.call('GET', '/api/account/usage', undefined, mother)).body as Page<UsageRecord>;
    expect(usage.items[0]).toMatchObject({
      settlementId: settlement.id,
      paidByThisAccountFen: 0,
      source: 'sponsor',
      relationId: null,
      totalFen: 5000,
    });
  });

  it('refuses an ID number nobody has', async () => {
    const h = harness();
    const response = await settle(h, '11010519491231002X', 100);
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('PERSON_NOT_FOUND');
  });

  it('refuses a person who is not insured', async () => {
    const h = harness();
    expect(errorOf(await settle(h, P.王秀英.id, 100)).code).toBe('PATIENT_NOT_INSURED');
  });

  it('refuses a suspended person', async () => {
    const h = harness();
    expect(errorOf(await settle(h, P.张志强.id, 100)).code).toBe('PATIENT_SUSPENDED');
  });

  it('refuses an amount of zero', async () => {
    const h = harness();
    expect((await settle(h, P.陈建国.id, 0)).status).toBe(400);
  });

  it('refuses an unknown category', async () => {
    const h = harness();
    expect(errorOf(await settle(h, P.陈建国.id, 100, 'tea')).code).toBe('BAD_REQUEST');
  });

  it('refuses an ID number with a wrong check digit', async () => {
    const h = harness();
    expect(errorOf(await settle(h, '440106197003151231', 100)).code).toBe('ID_CHECKSUM');
  });
});

describe('GET /api/account/usage', () => {
  it('pages 20 records newest first with a cursor', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    for (let i = 1; i <= 22; i += 1) {
      h.clock.advance(60_000);
      await settle(h, P.陈建国.id, i, 'pharmacy');
    }
    const first = (await h.call('GET', '/api/account/usage', undefined, token)).body as Page<UsageRecord>;
    expect(first.items).toHaveLength(20);
    expect(first.items[0].totalFen).toBe(22);
    const second = (
      await h.call('GET', `/api/account/usage?cursor=${first.nextCursor ?? ''}`, undefined, token)
    ).body as Page<UsageRecord>;
    // 2 more of today's and the 3 seeded purchases.
    expect(second.items.map((item) => item.totalFen)).toEqual([2, 1, 8650, 23500, 4200]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by month in Beijing time', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    h.clock.set('2025-06-30T17:00:00.000Z');
    await settle(h, P.陈建国.id, 777, 'pharmacy');
    const july = (await h.call('GET', '/api/account/usage?month=2025-07', undefined, token))
      .body as Page<UsageRecord>;
    expect(july.items.map((item) => item.totalFen)).toEqual([777]);
  });

  it('refuses a malformed month', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const response = await h.call('GET', '/api/account/usage?month=2025-13', undefined, token);
    expect(errorOf(response)).toEqual({ code: 'BAD_MONTH', message: '月份格式不正确，请重新选择月份' });
  });

  it('refuses a cursor it never gave out', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    const response = await h.call('GET', '/api/account/usage?cursor=nope', undefined, token);
    expect(errorOf(response).code).toBe('BAD_CURSOR');
  });
});

describe('GET /api/family/relations/:id/usage', () => {
  it('shows both sides what the relation paid', async () => {
    const h = harness();
    const sponsor = await h.signIn(P.周建军.phone);
    const relations = (await h.call('GET', '/api/family/relations', undefined, sponsor))
      .body as RelationView[];
    const usage = (await h.call('GET', `/api/family/relations/${relations[0].id}/usage`, undefined, sponsor))
      .body as Page<UsageRecord>;
    expect(usage.items.map((item) => item.paidByThisAccountFen)).toEqual([30000, 7600, 15000]);
  });
});

describe('POST /api/family/premium-payments', () => {
  async function activeMother(): Promise<{ h: Harness; son: string; relation: RelationView }> {
    const h = harness();
    const son = await h.signIn(P.陈建国.phone);
    const relation = await bindOk(h, son, '周玉兰', 'parent');
    await review(h, relation.id, true);
    return { h, son, relation };
  }

  it('pays the resident premium from the sponsor’s account', async () => {
    const { h, son, relation } = await activeMother();
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      relationId: relation.id,
      year: 2025,
      amountFen: 40000,
      balanceAfterFen: 460000,
    } satisfies Partial<PremiumPayment>);
    expect(await balanceOf(h, son)).toBe(460000);
  });

  it('charges once when the same key is sent twice', async () => {
    const { h, son, relation } = await activeMother();
    const body = { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' };
    const [first, second] = await Promise.all([
      h.call('POST', '/api/family/premium-payments', body, son),
      h.call('POST', '/api/family/premium-payments', body, son),
    ]);
    expect((first.body as PremiumPayment).id).toBe((second.body as PremiumPayment).id);
    expect(await balanceOf(h, son)).toBe(460000);
  });

  it('refuses the same key for another year', async () => {
    const { h, son, relation } = await activeMother();
    await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2026, idempotencyKey: 'p-1' },
      son,
    );
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('refuses a second payment for the same year', async () => {
    const { h, son, relation } = await activeMother();
    await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-2' },
      son,
    );
    expect(errorOf(response)).toEqual({
      code: 'PREMIUM_ALREADY_PAID',
      message: '该亲属2025年的居民医保费已缴纳，无需重复缴费',
    });
  });

  it('refuses a year that can no longer be paid', async () => {
    const { h, son, relation } = await activeMother();
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2020, idempotencyKey: 'p-1' },
      son,
    );
    expect(errorOf(response).code).toBe('PREMIUM_YEAR');
  });

  it('refuses the beneficiary', async () => {
    const { h, relation } = await activeMother();
    const mother = await h.signIn(P.周玉兰.phone);
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      mother,
    );
    expect(response).toEqual({
      status: 403,
      body: { code: 'SPONSOR_ONLY', message: '只有授权人可以用个人账户代缴' },
    });
  });

  it('refuses while the relation is under review', async () => {
    const h = harness();
    const son = await h.signIn(P.陈建国.phone);
    const relation = await bindOk(h, son, '周玉兰', 'parent');
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    expect(errorOf(response).code).toBe('PREMIUM_RELATION_INACTIVE');
  });

  it('refuses a beneficiary insured as an employee', async () => {
    const h = harness();
    const son = await h.signIn(P.陈建国.phone);
    const relation = await bindOk(h, son, '林美华', 'spouse');
    await review(h, relation.id, true);
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    expect(errorOf(response).code).toBe('PREMIUM_NOT_RESIDENT');
  });

  it('refuses when the balance does not cover the premium', async () => {
    const h = harness();
    const sponsor = await h.signIn(P.周建军.phone);
    await settle(h, P.王大力.id, 70000);
    const relations = (await h.call('GET', '/api/family/relations', undefined, sponsor))
      .body as RelationView[];
    const response = await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relations[0].id, year: 2025, idempotencyKey: 'p-1' },
      sponsor,
    );
    expect(errorOf(response).code).toBe('PREMIUM_BALANCE');
  });

  it('counts the premium in what the sponsor shared this year', async () => {
    const { h, son, relation } = await activeMother();
    await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    );
    expect(((await h.call('GET', '/api/me', undefined, son)).body as Me).sharedThisYearFen).toBe(40000);
  });
});
