/**
 * What the back end tells a beneficiary about the money shared with them: who, since when, in what
 * order and how much is left this month, never what the sponsor's account holds; and the 凭证号 of a
 * premium receipt, which a person reads out over the phone.
 */
import type { BillEstimate, DeductionOrderEntry, PremiumPayment, RelationView } from '@/services/contract';
import { bindOk, harness, motherWithTwoSponsors, P, review } from './support';
import type { Harness } from './support';

async function motherSharedWith(): Promise<{
  h: Harness;
  son: string;
  mother: string;
  relation: RelationView;
}> {
  const h = harness();
  const son = await h.signIn(P.陈建国.phone);
  const relation = await bindOk(h, son, '周玉兰', 'parent');
  await review(h, relation.id, true);
  const mother = await h.signIn(P.周玉兰.phone);
  return { h, son, mother, relation };
}

const SON_BALANCE_FEN = 500000;

test('a beneficiary’s deduction order never carries the sponsor’s balance', async () => {
  const { h, mother } = await motherSharedWith();
  const response = await h.call('GET', '/api/family/deduction-order', undefined, mother);
  const order = response.body as DeductionOrderEntry[];
  expect(order).toHaveLength(1);
  expect(Object.keys(order[0])).not.toContain('sponsorBalanceFen');
  expect(JSON.stringify(response.body)).not.toContain(String(SON_BALANCE_FEN));
});

test('a beneficiary’s deduction order says how much of the monthly limit is left this month', async () => {
  const { h, son, mother, relation } = await motherSharedWith();
  await h.call('PUT', `/api/family/relations/${relation.id}/limit`, { monthlyLimitFen: 50000 }, son);
  await h.call('POST', '/api/_mock/settle', {
    idNumber: P.周玉兰.id,
    amountFen: 12000,
    institution: '广州市第一人民医院',
    category: 'outpatient',
  });
  const order = (await h.call('GET', '/api/family/deduction-order', undefined, mother))
    .body as DeductionOrderEntry[];
  expect([order[0].monthlyLimitFen, order[0].remainingLimitFen]).toEqual([50000, 38000]);
});

test('a beneficiary’s estimate splits a bill without telling her the sponsor’s balance', async () => {
  const { h, mother, relation } = await motherSharedWith();
  const response = await h.call(
    'GET',
    '/api/account/estimate?amountFen=30000&category=outpatient',
    undefined,
    mother,
  );
  expect(response.status).toBe(200);
  const estimate = response.body as BillEstimate;
  expect(estimate.sponsors.map((part) => [part.relationId, part.fen])).toEqual([[relation.id, 30000]]);
  expect([estimate.own, estimate.cash, estimate.payable]).toEqual([0, 0, true]);
  expect(JSON.stringify(estimate)).not.toContain(String(SON_BALANCE_FEN));
});

test('an estimate for goods the personal account cannot pay for is all cash', async () => {
  const { h, mother } = await motherSharedWith();
  const estimate = (
    await h.call('GET', '/api/account/estimate?amountFen=9900&category=cosmetics', undefined, mother)
  ).body as BillEstimate;
  expect([estimate.sponsors[0].fen, estimate.cash, estimate.payable]).toEqual([0, 9900, false]);
});

test('an estimate refuses an amount that is not a whole number of fen', async () => {
  const { h, mother } = await motherSharedWith();
  const response = await h.call(
    'GET',
    '/api/account/estimate?amountFen=12.5&category=outpatient',
    undefined,
    mother,
  );
  expect(response.status).toBe(400);
});

test('a premium receipt carries a 凭证号 of grouped digits, without the internal prefix', async () => {
  const { h, son, relation } = await motherSharedWith();
  const payment = (
    await h.call(
      'POST',
      '/api/family/premium-payments',
      { relationId: relation.id, year: 2025, idempotencyKey: 'p-1' },
      son,
    )
  ).body as PremiumPayment;
  expect(payment.receiptNumber).toMatch(/^\d{4}( \d{4})+$/);
  expect(payment.receiptNumber.replace(/ /g, '')).toContain(payment.id.replace(/\D/g, ''));
});

test('an estimate sends what one sponsor’s monthly limit stops on to the next sponsor', async () => {
  const { h, son, mother, fromSon, fromWife } = await motherWithTwoSponsors();
  await h.call('PUT', `/api/family/relations/${fromSon.id}/limit`, { monthlyLimitFen: 10000 }, son);
  const estimate = (
    await h.call('GET', '/api/account/estimate?amountFen=30000&category=outpatient', undefined, mother)
  ).body as BillEstimate;
  expect(estimate.sponsors.map((part) => [part.relationId, part.fen, part.limitStopped])).toEqual([
    [fromSon.id, 10000, true],
    [fromWife.id, 20000, false],
  ]);
});

test('an employee’s estimate takes from her own account before any sponsor', async () => {
  const h = harness();
  const token = await h.signIn(P.陈建国.phone);
  const estimate = (
    await h.call('GET', '/api/account/estimate?amountFen=12050&category=pharmacy', undefined, token)
  ).body as BillEstimate;
  expect(estimate).toEqual({ own: 12050, sponsors: [], cash: 0, payable: true });
});
