import { parseIdNumber, settle } from '@/domain';
import { createMockBackend, memoryStorage, PERSONAS } from '../../mock';
import { createSeedState, kinshipOnRecord } from '../../mock/seed';
import { isMockState } from '../../mock/state';
import { P, START } from './support';

/** DESIGN.md § Seed personas, as written there. */
// prettier-ignore
const TABLE: [string, string, string | null, string, string, string, number][] = [
  ['陈建国', '440106197003151232', '13800000001', 'employee', '44', 'active', 500000],
  ['林美华', '440106197208222049', '13800000003', 'employee', '44', 'active', 300000],
  ['周玉兰', '440106194506103028', '13800000002', 'resident', '44', 'active', 0],
  ['陈小明', '440106201609010011', null, 'resident', '44', 'active', 0],
  ['陈建华', '440106197505200030', null, 'resident', '44', 'active', 0],
  ['黄桂芳', '440106194812034067', null, 'resident', '44', 'active', 0],
  ['陈晓燕', '440106199605180021', null, 'employee', '41', 'active', 60000],
  ['张志强', '440305196507075552', null, 'resident', '44', 'suspended', 0],
  ['王秀英', '440106196001010087', null, 'none', '', 'active', 0],
  ['李卫东', '410105196804182112', '13900000001', 'employee', '41', 'active', 200000],
  ['李长海', '410105194002091017', '13900000002', 'resident', '41', 'active', 0],
  ['赵丽', '410105197006121221', null, 'employee', '41', 'active', 120000],
  ['李娜', '410105197203301424', null, 'resident', '41', 'active', 0],
  ['孙桂香', '410105194308151625', null, 'resident', '41', 'active', 0],
  ['王大力', '410102195505053114', null, 'resident', '41', 'active', 0],
  ['周建军', '410105196601011719', '13900000003', 'employee', '41', 'active', 80000],
];

describe('the seed', () => {
  it('holds exactly the personas of DESIGN.md', () => {
    const seed = createSeedState(START);
    expect(
      seed.persons.map((p) => [
        p.name,
        p.idNumber,
        p.phone,
        p.insuranceType,
        p.provinceCode,
        p.status,
        p.balanceFen,
      ]),
    ).toEqual(TABLE);
  });

  it('has only valid ID numbers', () => {
    expect(PERSONAS.filter((persona) => !parseIdNumber(persona.idNumber, '2025-06-15').ok)).toEqual([]);
  });

  it('passes its own state check', () => {
    expect(isMockState(createSeedState(START), '2025-06-15')).toBe(true);
  });

  it('gives every insured person except the suspended and uninsured some usage in the last three months', () => {
    const seed = createSeedState(START);
    const withUsage = new Set(seed.usage.map((record) => record.holderId));
    const without = seed.persons
      .filter((person) => !withUsage.has(person.personId))
      .map((person) => person.name);
    expect(without).toEqual(['王秀英']);
    expect(seed.settlements.every((s) => s.at >= '2025-03-15' && s.at < START)).toBe(true);
  });

  it('has settlements that add up and that the domain’s settle() reproduces from the balances of the time', () => {
    const seed = createSeedState(START);
    const balances = new Map(seed.persons.map((person) => [person.personId, person.balanceFen]));
    // Walk back from today's balances to what each account held before each payment.
    for (const settlement of [...seed.settlements].reverse()) {
      balances.set(settlement.patientId, (balances.get(settlement.patientId) ?? 0) + settlement.own);
      settlement.fromSponsors.forEach((part) =>
        balances.set(part.sponsorId, (balances.get(part.sponsorId) ?? 0) + part.fen),
      );
      const patient = seed.persons.find((person) => person.personId === settlement.patientId);
      const split = settle({
        amountFen: settlement.amountFen,
        category: settlement.category,
        ownBalanceFen: patient?.insuranceType === 'employee' ? (balances.get(settlement.patientId) ?? 0) : 0,
        sponsors: settlement.fromSponsors.map((part) => ({
          relationId: part.relationId,
          balanceFen: balances.get(part.sponsorId) ?? 0,
        })),
      });
      expect([split.own, split.fromSponsors.map((part) => part.fen), split.cash]).toEqual([
        settlement.own,
        settlement.fromSponsors.map((part) => part.fen),
        settlement.cash,
      ]);
    }
  });

  it('keeps balances after a payment consistent with today’s balance', () => {
    const seed = createSeedState(START);
    const paid = seed.settlements.filter((s) => s.fromSponsors.length > 0);
    const newest = paid[paid.length - 1];
    expect(newest?.fromSponsors[0].balanceAfterFen).toBe(80000);
  });

  it('is what a back end starts with', async () => {
    const backend = createMockBackend({ storage: memoryStorage(), now: () => START });
    expect(JSON.parse(backend.exportState())).toEqual(createSeedState(START));
  });
});

describe('kinship on record', () => {
  it('knows 周玉兰 is 陈建国’s mother', () => {
    expect(kinshipOnRecord(P.陈建国.id, P.周玉兰.id)).toBe('parent');
  });

  it('derives the reverse direction', () => {
    expect(kinshipOnRecord(P.周玉兰.id, P.陈建国.id)).toBe('child');
  });

  it('knows 黄桂芳 is not a close relative of 陈建国', () => {
    expect(kinshipOnRecord(P.陈建国.id, P.黄桂芳.id)).toBe('not-close-relative');
  });

  it('knows 周玉兰 is not a close relative of 林美华 (公婆)', () => {
    expect(kinshipOnRecord(P.林美华.id, P.周玉兰.id)).toBe('not-close-relative');
  });

  it('knows 黄桂芳 is 林美华’s mother and 陈小明’s 外祖母', () => {
    expect([kinshipOnRecord(P.林美华.id, P.黄桂芳.id), kinshipOnRecord(P.陈小明.id, P.黄桂芳.id)]).toEqual([
      'parent',
      'maternal-grandparent',
    ]);
  });

  it('knows 孙桂香 is 李卫东’s grandmother and 王大力 周建军’s brother', () => {
    expect([kinshipOnRecord(P.李卫东.id, P.孙桂香.id), kinshipOnRecord(P.周建军.id, P.王大力.id)]).toEqual([
      'grandparent',
      'sibling',
    ]);
  });

  it('has no record linking people of different families', () => {
    expect(kinshipOnRecord(P.李卫东.id, P.王大力.id)).toBeNull();
  });
});
