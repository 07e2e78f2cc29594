import crypto from 'node:crypto';
import fc from 'fast-check';
import { createMockBackend, memoryStorage } from '../../mock';
import { hmacSha256Hex } from '../../mock/hmac';
import type { CardCode, CardPayment, Me, Settlement, UsagePage } from '@/services/contract';
import { bindOk, errorOf, harness, P, review } from './support';
import type { Harness } from './support';

const BILL = { institution: '大参林药店', category: 'pharmacy' };

async function codeFor(h: Harness, token: string): Promise<string> {
  const response = await h.call('POST', '/api/card/codes', undefined, token);
  expect(response.status).toBe(201);
  return (response.body as CardCode).code;
}

function scan(h: Harness, code: string, amountFen = 30_000, extra: Record<string, unknown> = {}) {
  return h.call('POST', '/api/_mock/settle-by-code', { code, amountFen, ...BILL, ...extra });
}

/** 陈建国 shares with his mother 周玉兰 (approved by QA), both signed in. */
async function motherAndSon(): Promise<{ h: Harness; son: string; mother: string }> {
  const h = harness();
  const son = await h.signIn(P.陈建国.phone);
  const relation = await bindOk(h, son, '周玉兰', 'parent');
  await review(h, relation.id, true);
  const mother = await h.signIn(P.周玉兰.phone);
  return { h, son, mother };
}

describe('HMAC-SHA-256', () => {
  it('matches Node crypto for any key and message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 300 }), (key, message) => {
        const expected = crypto.createHmac('sha256', key).update(message, 'utf8').digest('hex');
        expect(hmacSha256Hex(key, message)).toBe(expected);
      }),
      { seed: 20, numRuns: 200 },
    );
  });
});

describe('医保码', () => {
  it('carries neither the ID number, the name nor the phone of the person', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    expect(code).toMatch(/^YBM1\.[0-9a-f]{16}\.\d+\.[0-9a-f]{16}\.[0-9a-f]{32}$/);
    [P.周玉兰.id, P.周玉兰.id.slice(-4), P.周玉兰.phone, '周玉兰', 'person-'].forEach((secret) =>
      expect(code).not.toContain(secret),
    );
  });

  it('expires 60 seconds after it was issued', async () => {
    const { h, mother } = await motherAndSon();
    const response = await h.call('POST', '/api/card/codes', undefined, mother);
    const card = response.body as CardCode;
    expect(Date.parse(card.expiresAt) - Date.parse(card.issuedAt)).toBe(60_000);
  });

  it('is refused to a caller without a session', async () => {
    const h = harness();
    expect((await h.call('POST', '/api/card/codes')).status).toBe(401);
  });

  it('pays a pharmacy bill for the person it belongs to, through the deduction order', async () => {
    const { h, son, mother } = await motherAndSon();
    const before = ((await h.call('GET', '/api/me', undefined, son)).body as Me).balanceFen;
    const response = await scan(h, await codeFor(h, mother));
    expect(response.status).toBe(201);
    const settlement = response.body as Settlement;
    expect([
      settlement.patient.maskedName,
      settlement.own,
      settlement.fromSponsors[0].fen,
      settlement.cash,
    ]).toEqual(['周*兰', 0, 30_000, 0]);
    expect(((await h.call('GET', '/api/me', undefined, son)).body as Me).balanceFen).toBe(before - 30_000);
  });

  it('puts the bill in the patient’s and the sponsor’s usage records', async () => {
    const { h, son, mother } = await motherAndSon();
    const settlement = (await scan(h, await codeFor(h, mother))).body as Settlement;
    const mine = (await h.call('GET', '/api/account/usage', {}, mother)).body as UsagePage;
    const his = (await h.call('GET', '/api/account/usage', {}, son)).body as UsagePage;
    const find = (page: UsagePage) => page.items.find((item) => item.settlementId === settlement.id);
    expect([find(mine)?.source, find(his)?.paidByThisAccountFen]).toEqual(['sponsor', 30_000]);
  });

  it('is refused when used a second time', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    await scan(h, code);
    const again = await scan(h, code, 100);
    expect([again.status, errorOf(again).code]).toEqual([409, 'CARD_CODE_USED']);
  });

  it('is refused once it is older than its expiry', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    h.clock.advance(60_000);
    const late = await scan(h, code);
    expect([late.status, errorOf(late).code, errorOf(late).message]).toEqual([
      400,
      'CARD_CODE_EXPIRED',
      expect.stringContaining('已过期'),
    ]);
  });

  it('still pays one second before it expires', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    h.clock.advance(59_000);
    expect((await scan(h, code)).status).toBe(201);
  });

  it('is refused after a newer code was shown', async () => {
    const { h, mother } = await motherAndSon();
    const old = await codeFor(h, mother);
    await codeFor(h, mother);
    expect(errorOf(await scan(h, old)).code).toBe('CARD_CODE_REPLACED');
  });

  it('is refused when any character of it was changed', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: code.length - 1 }), async (at) => {
        const swapped = code[at] === '1' ? '2' : '1';
        const forged = code.slice(0, at) + swapped + code.slice(at + 1);
        const response = await scan(h, forged);
        expect([response.status, errorOf(response).code]).toEqual([400, 'CARD_CODE_INVALID']);
      }),
      { seed: 16, numRuns: 60 },
    );
  });

  it('is refused when signed with another secret', async () => {
    const { h, mother } = await motherAndSon();
    const [version, ref, expiry, nonce] = (await codeFor(h, mother)).split('.');
    const unsigned = [version, ref, expiry, nonce].join('.');
    const forged = `${unsigned}.${hmacSha256Hex('guessed-secret', unsigned).slice(0, 32)}`;
    expect(errorOf(await scan(h, forged)).code).toBe('CARD_CODE_INVALID');
  });

  it('cannot be made into another person’s code by swapping the person part', async () => {
    const { h, son, mother } = await motherAndSon();
    const hers = (await codeFor(h, mother)).split('.');
    const his = (await codeFor(h, son)).split('.');
    const swapped = [hers[0], his[1], hers[2], hers[3], hers[4]].join('.');
    expect(errorOf(await scan(h, swapped)).code).toBe('CARD_CODE_INVALID');
  });

  it('is refused by a back end with another secret', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    const other = createMockBackend({ storage: memoryStorage(), cardSecret: 'other', qaKey: 'qa' });
    other.importState(h.backend.exportState());
    const response = await other.handle({
      method: 'POST',
      path: '/api/_mock/settle-by-code',
      headers: { 'X-Mock-QA-Key': 'qa' },
      body: { code, amountFen: 100, ...BILL },
    });
    expect((response.body as { code: string }).code).toBe('CARD_CODE_INVALID');
  });

  it('still pays after the back end restarts on the same storage, as a reloaded demo page does', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    const restarted = createMockBackend({ storage: h.storage, now: h.clock.now, qaKey: 'qa' });
    const response = await restarted.handle({
      method: 'POST',
      path: '/api/_mock/settle-by-code',
      headers: { 'X-Mock-QA-Key': 'qa' },
      body: { code, amountFen: 100, ...BILL },
    });
    expect(response.status).toBe(201);
  });

  it('is signed with a secret that no state export carries', async () => {
    const { h, mother } = await motherAndSon();
    await codeFor(h, mother);
    const secret = h.storage.getItem('family-mock-state:card-secret') ?? 'missing';
    const exported = await h.call('GET', '/api/_mock/state');
    expect([
      secret.length,
      JSON.stringify(exported.body).includes(secret),
      h.backend.exportState().includes(secret),
    ]).toEqual([32, false, false]);
  });

  it.each([
    ['zero', 0],
    ['negative', -100],
    ['a fraction of a fen', 10.5],
    ['over ten million yuan', 1_000_000_001],
  ])('refuses an amount that is %s and leaves the code usable', async (_name, amountFen) => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    const refused = await scan(h, code, amountFen);
    expect([refused.status, errorOf(refused).code]).toEqual([400, 'BAD_REQUEST']);
    expect((await scan(h, code, 100)).status).toBe(201);
  });

  it('is a QA route: a signed-in person cannot settle with it', async () => {
    const { h, mother } = await motherAndSon();
    const code = await codeFor(h, mother);
    const response = await h.backend.handle({
      method: 'POST',
      path: '/api/_mock/settle-by-code',
      headers: { Authorization: `Bearer ${mother}` },
      body: { code, amountFen: 100, ...BILL },
    });
    expect(errorOf(response).code).toBe('QA_ONLY');
  });
});

describe('医保码 payments', () => {
  it('show the patient who paid what, newest first', async () => {
    const { h, mother } = await motherAndSon();
    await scan(h, await codeFor(h, mother), 30_000);
    await scan(h, await codeFor(h, mother), 1_000);
    const payments = (await h.call('GET', '/api/card/payments', undefined, mother)).body as CardPayment[];
    expect(
      payments.map((payment) => [payment.amountFen, payment.ownFen, payment.fromSponsors, payment.cashFen]),
    ).toEqual([
      [1_000, 0, [{ maskedName: '陈*国', fen: 1_000 }], 0],
      [30_000, 0, [{ maskedName: '陈*国', fen: 30_000 }], 0],
    ]);
  });

  it('are still listed long after the code expired', async () => {
    const { h, mother } = await motherAndSon();
    await scan(h, await codeFor(h, mother));
    h.clock.advance(3_600_000);
    await codeFor(h, mother);
    expect(
      ((await h.call('GET', '/api/card/payments', undefined, mother)).body as CardPayment[]).length,
    ).toBe(1);
  });

  it('leave out bills QA settled by ID number', async () => {
    const { h, mother } = await motherAndSon();
    await h.call('POST', '/api/_mock/settle', { idNumber: P.周玉兰.id, amountFen: 500, ...BILL });
    expect((await h.call('GET', '/api/card/payments', undefined, mother)).body).toEqual([]);
  });

  it('are the person’s own only', async () => {
    const { h, son, mother } = await motherAndSon();
    await scan(h, await codeFor(h, mother));
    expect((await h.call('GET', '/api/card/payments', undefined, son)).body).toEqual([]);
  });
});
