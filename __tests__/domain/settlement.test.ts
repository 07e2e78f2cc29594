import fc from 'fast-check';
import {
  ACCOUNT_PAYABLE_CATEGORIES,
  EXPENSE_CATEGORIES,
  expenseCategoryLabel,
  isAccountPayable,
  settle,
} from '@/domain';
import type { ExpenseCategory, SettlementInput } from '@/domain';

function input(overrides: Partial<SettlementInput> = {}): SettlementInput {
  return { amountFen: 10000, category: 'outpatient', ownBalanceFen: 0, sponsors: [], ...overrides };
}

describe('expense categories', () => {
  it('label every category in Chinese', () => {
    expect(EXPENSE_CATEGORIES.map(({ code, label }) => `${code}:${label}`)).toEqual([
      'outpatient:门诊',
      'inpatient:住院',
      'pharmacy:药店购药',
      'resident-premium:居民医保代缴',
      'ltc-premium:长护险代缴',
      'health-supplement:保健品',
      'fitness:健身',
      'cosmetics:化妆品',
      'public-health:公共卫生',
    ]);
  });

  it('give the label of one category', () => {
    expect(expenseCategoryLabel('ltc-premium')).toBe('长护险代缴');
  });

  it('let medical costs and premiums use account money', () => {
    expect(ACCOUNT_PAYABLE_CATEGORIES).toEqual([
      'outpatient',
      'inpatient',
      'pharmacy',
      'resident-premium',
      'ltc-premium',
    ]);
  });

  it.each(['outpatient', 'inpatient', 'pharmacy', 'resident-premium', 'ltc-premium'])(
    '%s is account-payable',
    (category) => {
      expect(isAccountPayable(category)).toBe(true);
    },
  );

  it.each(['health-supplement', 'fitness', 'cosmetics', 'public-health', 'pooled-fund', ''])(
    '%j is not account-payable',
    (category) => {
      expect(isAccountPayable(category)).toBe(false);
    },
  );
});

describe('settle', () => {
  it('takes everything from the patient’s own account when it suffices', () => {
    expect(
      settle(input({ ownBalanceFen: 20000, sponsors: [{ relationId: 'a', balanceFen: 50000 }] })),
    ).toEqual({
      own: 10000,
      fromSponsors: [{ relationId: 'a', fen: 0 }],
      cash: 0,
    });
  });

  it('takes from sponsors in the given order after the own account, the rest in cash', () => {
    expect(
      settle(
        input({
          amountFen: 10000,
          ownBalanceFen: 1000,
          sponsors: [
            { relationId: 'a', balanceFen: 3000 },
            { relationId: 'b', balanceFen: 4000 },
          ],
        }),
      ),
    ).toEqual({
      own: 1000,
      fromSponsors: [
        { relationId: 'a', fen: 3000 },
        { relationId: 'b', fen: 4000 },
      ],
      cash: 2000,
    });
  });

  it('stops at the first sponsor who can cover the rest, listing later ones with 0', () => {
    expect(
      settle(
        input({
          sponsors: [
            { relationId: 'a', balanceFen: 50000 },
            { relationId: 'b', balanceFen: 50000 },
          ],
        }),
      ).fromSponsors,
    ).toEqual([
      { relationId: 'a', fen: 10000 },
      { relationId: 'b', fen: 0 },
    ]);
  });

  it('takes no more from a sponsor than their limit', () => {
    expect(
      settle(
        input({
          sponsors: [
            { relationId: 'a', balanceFen: 50000, limitFen: 2500 },
            { relationId: 'b', balanceFen: 50000 },
          ],
        }),
      ).fromSponsors,
    ).toEqual([
      { relationId: 'a', fen: 2500 },
      { relationId: 'b', fen: 7500 },
    ]);
  });

  it('treats a null limit as no limit', () => {
    expect(
      settle(input({ sponsors: [{ relationId: 'a', balanceFen: 50000, limitFen: null }] })).fromSponsors,
    ).toEqual([{ relationId: 'a', fen: 10000 }]);
  });

  it('takes no more from a sponsor than their balance when the limit is higher', () => {
    expect(settle(input({ sponsors: [{ relationId: 'a', balanceFen: 700, limitFen: 5000 }] }))).toEqual({
      own: 0,
      fromSponsors: [{ relationId: 'a', fen: 700 }],
      cash: 9300,
    });
  });

  it.each(['health-supplement', 'fitness', 'cosmetics', 'public-health'] as ExpenseCategory[])(
    'pays %s entirely in cash',
    (category) => {
      expect(
        settle(input({ category, ownBalanceFen: 50000, sponsors: [{ relationId: 'a', balanceFen: 50000 }] })),
      ).toEqual({
        own: 0,
        fromSponsors: [{ relationId: 'a', fen: 0 }],
        cash: 10000,
      });
    },
  );

  it('settles a zero amount with all parts zero', () => {
    expect(
      settle(input({ amountFen: 0, ownBalanceFen: 100, sponsors: [{ relationId: 'a', balanceFen: 100 }] })),
    ).toEqual({
      own: 0,
      fromSponsors: [{ relationId: 'a', fen: 0 }],
      cash: 0,
    });
  });

  it.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 53])(
    'throws a TypeError for an amount of %p',
    (amountFen) => {
      expect(() => settle(input({ amountFen }))).toThrow(TypeError);
    },
  );

  it('throws a TypeError for a negative own balance', () => {
    expect(() => settle(input({ ownBalanceFen: -1 }))).toThrow(TypeError);
  });

  it('throws a TypeError for a fractional sponsor balance', () => {
    expect(() => settle(input({ sponsors: [{ relationId: 'a', balanceFen: 0.5 }] }))).toThrow(TypeError);
  });

  it('throws a TypeError for a negative sponsor limit', () => {
    expect(() => settle(input({ sponsors: [{ relationId: 'a', balanceFen: 10, limitFen: -1 }] }))).toThrow(
      TypeError,
    );
  });

  it('splits any bill into non-negative integer parts that add up and respect balances and limits', () => {
    const fen = fc.integer({ min: 0, max: 10 ** 9 });
    const sponsor = fc.record({ balanceFen: fen, limitFen: fc.option(fen, { nil: undefined }) });
    fc.assert(
      fc.property(
        fen,
        fc.constantFrom(...EXPENSE_CATEGORIES.map(({ code }) => code)),
        fen,
        fc.array(sponsor, { maxLength: 5 }),
        (amountFen, category, ownBalanceFen, funds) => {
          const sponsors = funds.map((f, i) => ({ relationId: `r${i}`, ...f }));
          const result = settle({ amountFen, category, ownBalanceFen, sponsors });
          const parts = [result.own, result.cash, ...result.fromSponsors.map((s) => s.fen)];
          const total = parts.reduce((sum, part) => sum + part, 0);
          return (
            parts.every((part) => Number.isSafeInteger(part) && part >= 0) &&
            total === amountFen &&
            result.own <= ownBalanceFen &&
            result.fromSponsors.length === sponsors.length &&
            result.fromSponsors.every(
              (s, i) =>
                s.relationId === sponsors[i].relationId &&
                s.fen <= sponsors[i].balanceFen &&
                s.fen <= (sponsors[i].limitFen ?? Number.POSITIVE_INFINITY),
            ) &&
            (isAccountPayable(category) || result.cash === amountFen)
          );
        },
      ),
      { numRuns: 10000 },
    );
  });
});
