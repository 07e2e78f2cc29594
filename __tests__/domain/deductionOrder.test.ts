import { orderSponsors } from '@/domain';
import type { RegionRules, SponsorLink } from '@/domain';

const rules: RegionRules = {
  provinceCode: '44',
  allowedRelationships: ['spouse'],
  crossProvince: false,
  sponsorMinimumBalanceFen: 0,
  maxBeneficiariesPerSponsor: null,
  maxSponsorsPerBeneficiary: null,
  deductionOrder: 'beneficiary-chosen',
  reviewMode: 'manual',
  premiumMinimumBalanceFen: 0,
  premiumAmountFen: 40000,
};
const chosen = rules;
const byBalance: RegionRules = { ...rules, deductionOrder: 'balance-desc' };

function link(
  relationId: string,
  balanceFen: number,
  chosenRank: number | null,
  sponsorName = relationId,
): SponsorLink {
  return { relationId, sponsorName, balanceFen, chosenRank };
}

const ids = (links: SponsorLink[]): string[] => links.map((l) => l.relationId);

describe('orderSponsors, chosen by the beneficiary', () => {
  it('puts the 主卡 (rank 0) first and follows the ranks', () => {
    expect(ids(orderSponsors([link('c', 1, 2), link('a', 1, 0), link('b', 1, 1)], chosen))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('puts never-ranked sponsors after the ranked ones, in the given order', () => {
    expect(
      ids(orderSponsors([link('x', 9, null), link('b', 1, 1), link('y', 9, null), link('a', 1, 0)], chosen)),
    ).toEqual(['a', 'b', 'x', 'y']);
  });

  it('ignores balances', () => {
    expect(ids(orderSponsors([link('rich', 99999, 1), link('poor', 1, 0)], chosen))).toEqual([
      'poor',
      'rich',
    ]);
  });

  it('keeps the given order between equal ranks', () => {
    expect(ids(orderSponsors([link('b', 1, 0), link('a', 1, 0)], chosen))).toEqual(['b', 'a']);
  });
});

describe('orderSponsors, by balance', () => {
  it('orders by balance from high to low', () => {
    expect(
      ids(orderSponsors([link('a', 100, 0), link('b', 300, null), link('c', 200, 1)], byBalance)),
    ).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties on balance by name in code-point order', () => {
    const links = [
      link('1', 100, null, '赵丽'),
      link('2', 100, null, '周建军'),
      link('3', 100, null, '李卫东'),
    ];
    // 周 U+5468 < 李 U+674E < 赵 U+8D75; pinyin order would have been 李, 赵, 周.
    expect(orderSponsors(links, byBalance).map((l) => l.sponsorName)).toEqual(['周建军', '李卫东', '赵丽']);
  });

  it('keeps the given order for the same balance and name', () => {
    expect(ids(orderSponsors([link('b', 100, null, '王'), link('a', 100, null, '王')], byBalance))).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('orderSponsors', () => {
  it('does not change the array it is given', () => {
    const links = [link('b', 1, 1), link('a', 2, 0)];
    const copy = links.map((l) => ({ ...l }));
    orderSponsors(links, chosen);
    orderSponsors(links, byBalance);
    expect(links).toEqual(copy);
  });

  it('returns a new array', () => {
    const links = [link('a', 1, 0)];
    expect(orderSponsors(links, chosen)).not.toBe(links);
  });

  it('keeps the caller’s extra fields', () => {
    const links = [{ ...link('a', 1, 0), phone: '13800000001' }];
    expect(orderSponsors(links, chosen)[0].phone).toBe('13800000001');
  });
});
