/**
 * The acceptance lines of the shared-money issue against the mock back end: deduction order and
 * monthly limits in a settlement, the records each side sees, the month's total, and 代缴 paid
 * once per key.
 */
import type {
  DeductionOrderEntry,
  Me,
  PremiumPayment,
  RelationView,
  Settlement,
  UsagePage,
} from '@/services/contract';
import { bindOk, harness, motherWithTwoSponsors, P, review } from './support';
import type { Harness } from './support';

async function settle(h: Harness, idNumber: string, amountFen: number): Promise<Settlement> {
  const response = await h.call('POST', '/api/_mock/settle', {
    idNumber,
    amountFen,
    institution: '广州市第一人民医院',
    category: 'outpatient',
  });
  if (response.status !== 201) throw new Error(`settle: ${JSON.stringify(response.body)}`);
  return response.body as Settlement;
}

async function get<T>(h: Harness, path: string, token: string): Promise<T> {
  const response = await h.call('GET', path, undefined, token);
  if (response.status !== 200) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  return response.body as T;
}

async function setLimit(h: Harness, token: string, relationId: string, monthlyLimitFen: number | null) {
  const response = await h.call(
    'PUT',
    `/api/family/relations/${relationId}/limit`,
    { monthlyLimitFen },
    token,
  );
  if (response.status !== 200) throw new Error(`limit: ${JSON.stringify(response.body)}`);
}

describe('a settlement for 周玉兰 with two sponsors', () => {
  it('takes from the 主卡 she chose first, up to its monthly limit, then from the next sponsor', async () => {
    const { h, son, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromSon.id, fromWife.id] }, mother);
    await setLimit(h, son, fromSon.id, 10000);
    const settlement = await settle(h, P.周玉兰.id, 30000);
    expect(settlement.fromSponsors.map((part) => [part.relationId, part.fen])).toEqual([
      [fromSon.id, 10000],
      [fromWife.id, 20000],
    ]);
    expect(settlement.cash).toBe(0);
  });

  it('pays the rest in cash when every sponsor’s limit is used up', async () => {
    const { h, son, wife, fromSon, fromWife } = await motherWithTwoSponsors();
    await setLimit(h, son, fromSon.id, 5000);
    await setLimit(h, wife, fromWife.id, 5000);
    const settlement = await settle(h, P.周玉兰.id, 30000);
    expect(settlement).toMatchObject({ cash: 20000, limitStoppedRelationIds: [fromSon.id, fromWife.id] });
  });

  it('shows each sponsor the bill on that relation’s records with what their account paid', async () => {
    const { h, son, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromWife.id, fromSon.id] }, mother);
    await setLimit(h, wife, fromWife.id, 10000);
    const settlement = await settle(h, P.周玉兰.id, 30000);
    const sonPage = await get<UsagePage>(h, `/api/family/relations/${fromSon.id}/usage`, son);
    const wifePage = await get<UsagePage>(h, `/api/family/relations/${fromWife.id}/usage`, wife);
    expect(
      sonPage.items.map((item) => [
        item.settlementId,
        item.totalFen,
        item.paidByThisAccountFen,
        item.limitStopped,
      ]),
    ).toEqual([[settlement.id, 30000, 20000, false]]);
    expect(
      wifePage.items.map((item) => [
        item.settlementId,
        item.totalFen,
        item.paidByThisAccountFen,
        item.limitStopped,
      ]),
    ).toEqual([[settlement.id, 30000, 10000, true]]);
  });

  it('shows 周玉兰 the bill once, paid by her sponsors, with the limit noted', async () => {
    const { h, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await setLimit(h, wife, fromWife.id, 10000);
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromWife.id, fromSon.id] }, mother);
    const settlement = await settle(h, P.周玉兰.id, 30000);
    const page = await get<UsagePage>(h, '/api/account/usage', mother);
    expect(page.items.filter((item) => item.settlementId === settlement.id)).toEqual([
      expect.objectContaining({ paidByThisAccountFen: 0, source: 'sponsor', relationId: null }),
    ]);
  });

  it('leaves a sponsor whose limit is 0 a record of the bill it stopped, with nothing paid', async () => {
    const { h, son, fromSon } = await motherWithTwoSponsors();
    await setLimit(h, son, fromSon.id, 0);
    const settlement = await settle(h, P.周玉兰.id, 30000);
    const page = await get<UsagePage>(h, `/api/family/relations/${fromSon.id}/usage`, son);
    expect(page.items[0]).toMatchObject({
      settlementId: settlement.id,
      paidByThisAccountFen: 0,
      limitStopped: true,
    });
    expect((await get<Me>(h, '/api/me', son)).sharedThisYearFen).toBe(0);
  });

  it('gives no record to a sponsor who was not needed', async () => {
    const { h, wife, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromSon.id, fromWife.id] }, mother);
    await settle(h, P.周玉兰.id, 30000);
    expect((await get<UsagePage>(h, `/api/family/relations/${fromWife.id}/usage`, wife)).items).toEqual([]);
  });
});

describe('the deduction order', () => {
  it('tells the beneficiary how much of each sponsor’s monthly limit is left', async () => {
    const { h, son, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromSon.id, fromWife.id] }, mother);
    await setLimit(h, son, fromSon.id, 10000);
    await settle(h, P.周玉兰.id, 4000);
    const order = await get<DeductionOrderEntry[]>(h, '/api/family/deduction-order', mother);
    expect(order.map((entry) => [entry.id, entry.monthlyLimitFen, entry.remainingLimitFen])).toEqual([
      [fromSon.id, 10000, 6000],
      [fromWife.id, null, null],
    ]);
  });

  it('gives the whole limit back in a new month', async () => {
    const { h, son, mother, fromSon, fromWife } = await motherWithTwoSponsors();
    await setLimit(h, son, fromSon.id, 10000);
    await h.call('PUT', '/api/family/deduction-order', { relationIds: [fromSon.id, fromWife.id] }, mother);
    await settle(h, P.周玉兰.id, 10000);
    h.clock.set('2025-07-01T00:00:00.000Z');
    const order = await get<DeductionOrderEntry[]>(h, '/api/family/deduction-order', mother);
    expect(order.find((entry) => entry.id === fromSon.id)?.remainingLimitFen).toBe(10000);
  });
});

describe('the month’s total of usage records', () => {
  it('adds up what this account paid in the month over every page, not just the first', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    for (let i = 1; i <= 25; i += 1) {
      h.clock.advance(60_000);
      await settle(h, P.陈建国.id, 100);
    }
    const page = await get<UsagePage>(h, '/api/account/usage?month=2025-06', token);
    expect(page.items).toHaveLength(20);
    const seededInJune = 8650;
    expect(page.monthTotalFen).toBe(2500 + seededInJune);
  });

  it('is the same on every page of the month', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    for (let i = 1; i <= 25; i += 1) {
      h.clock.advance(60_000);
      await settle(h, P.陈建国.id, 100);
    }
    const first = await get<UsagePage>(h, '/api/account/usage?month=2025-06', token);
    const second = await get<UsagePage>(
      h,
      `/api/account/usage?month=2025-06&cursor=${first.nextCursor ?? ''}`,
      token,
    );
    expect(second.monthTotalFen).toBe(first.monthTotalFen);
  });

  it('is null when no month is asked for', async () => {
    const h = harness();
    const token = await h.signIn(P.陈建国.phone);
    expect((await get<UsagePage>(h, '/api/account/usage', token)).monthTotalFen).toBeNull();
  });

  it('counts only what went through the relation on a relation’s records', async () => {
    const h = harness();
    const sponsor = await h.signIn(P.周建军.phone);
    const [relation] = await get<RelationView[]>(h, '/api/family/relations', sponsor);
    await settle(h, P.王大力.id, 1234);
    await settle(h, P.周建军.id, 999);
    const page = await get<UsagePage>(h, `/api/family/relations/${relation.id}/usage?month=2025-06`, sponsor);
    expect(page.items[0].paidByThisAccountFen).toBe(1234);
    expect(page.monthTotalFen).toBe(page.items.reduce((sum, item) => sum + item.paidByThisAccountFen, 0));
  });
});

describe('代缴 with one key', () => {
  it('charges once when the same payment is sent again after the first answer was lost', async () => {
    const h = harness();
    const son = await h.signIn(P.陈建国.phone);
    const relation = await bindOk(h, son, '周玉兰', 'parent');
    await review(h, relation.id, true);
    const body = { relationId: relation.id, year: 2026, idempotencyKey: 'attempt-1' };
    const first = await h.call('POST', '/api/family/premium-payments', body, son);
    const retry = await h.call('POST', '/api/family/premium-payments', body, son);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect((retry.body as PremiumPayment).id).toBe((first.body as PremiumPayment).id);
    expect((await get<Me>(h, '/api/me', son)).balanceFen).toBe(500000 - 40000);
    const records = await get<UsagePage>(h, `/api/family/relations/${relation.id}/usage`, son);
    expect(records.items.filter((item) => item.category === 'resident-premium')).toHaveLength(1);
  });
});
