import fc from 'fast-check';
import {
  RELATIONSHIP_CODES,
  inverseRelationship,
  maskIdNumber,
  relationshipLabel,
  relationshipSeenBy,
  relationshipWord,
  sexFromIdNumber,
  type RelationshipCode,
} from '@/domain';
import { makeIdNumber } from './fixtures/ids';

const SEED = { seed: 20261201 };
const code = fc.constantFrom(...RELATIONSHIP_CODES);
const digit = fc.constantFrom(...'0123456789');
/** A valid ID number whose 17th digit is `sexDigit`. */
const idWithSexDigit = (sexDigit: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.integer({ min: 1930, max: 2020 }), fc.integer({ min: 1, max: 12 }), digit, digit, sexDigit)
    .map(([year, month, a, b, sex]) =>
      makeIdNumber('440106', `${year}${String(month).padStart(2, '0')}15`, `${a}${b}${sex}`),
    );
const maleId = idWithSexDigit(fc.constantFrom(...'13579'));
const femaleId = idWithSexDigit(fc.constantFrom(...'02468'));

/** The word's [male, female] pair, as a person would say it of the relative. */
const EXPECTED: Record<RelationshipCode, [string, string]> = {
  spouse: ['配偶', '配偶'],
  parent: ['父亲', '母亲'],
  child: ['儿子', '女儿'],
  sibling: ['兄弟', '姐妹'],
  grandparent: ['祖父', '祖母'],
  'maternal-grandparent': ['外祖父', '外祖母'],
  grandchild: ['孙子', '孙女'],
  'maternal-grandchild': ['外孙', '外孙女'],
};

describe('inverseRelationship', () => {
  it('undoes itself for every relationship', () => {
    fc.assert(
      fc.property(
        code,
        (relationship) => inverseRelationship(inverseRelationship(relationship)) === relationship,
      ),
      SEED,
    );
  });

  it('turns a parent into a child, a grandparent into a grandchild, and keeps a spouse and a sibling', () => {
    expect(
      RELATIONSHIP_CODES.map((relationship) => `${relationship}→${inverseRelationship(relationship)}`),
    ).toEqual([
      'spouse→spouse',
      'parent→child',
      'child→parent',
      'sibling→sibling',
      'grandparent→grandchild',
      'maternal-grandparent→maternal-grandchild',
      'grandchild→grandparent',
      'maternal-grandchild→maternal-grandparent',
    ]);
  });
});

describe('sexFromIdNumber', () => {
  it('reads male from an odd 17th digit, full or masked', () => {
    fc.assert(
      fc.property(
        maleId,
        (id) => sexFromIdNumber(id) === 'male' && sexFromIdNumber(maskIdNumber(id)) === 'male',
      ),
      SEED,
    );
  });

  it('reads female from an even 17th digit, full or masked', () => {
    fc.assert(
      fc.property(
        femaleId,
        (id) => sexFromIdNumber(id) === 'female' && sexFromIdNumber(maskIdNumber(id)) === 'female',
      ),
      SEED,
    );
  });

  it('knows nothing when the 17th character is hidden or missing', () => {
    expect([sexFromIdNumber('4401**************'), sexFromIdNumber('4401')]).toEqual([null, null]);
  });
});

describe('relationshipWord', () => {
  it.each(RELATIONSHIP_CODES)('words %s for a man and for a woman', (relationship) => {
    expect([relationshipWord(relationship, 'male'), relationshipWord(relationship, 'female')]).toEqual(
      EXPECTED[relationship],
    );
  });

  it('falls back to the pair’s word when the sex is unknown', () => {
    fc.assert(
      fc.property(
        code,
        (relationship) => relationshipWord(relationship, null) === relationshipLabel(relationship),
      ),
      SEED,
    );
  });
});

describe('relationshipSeenBy', () => {
  it('gives each side the word for the other: the sponsor the stored relation, the beneficiary its inverse', () => {
    fc.assert(
      fc.property(code, maleId, femaleId, (relationship, sponsorId, beneficiaryId) => {
        const sponsorSees = relationshipSeenBy(relationship, 'sponsor', maskIdNumber(beneficiaryId));
        const beneficiarySees = relationshipSeenBy(relationship, 'beneficiary', maskIdNumber(sponsorId));
        return (
          sponsorSees === EXPECTED[relationship][1] &&
          beneficiarySees === EXPECTED[inverseRelationship(relationship)][0]
        );
      }),
      SEED,
    );
  });

  it('has 周玉兰 see her son 陈建国 as 儿子, and him see her as 母亲', () => {
    expect([
      relationshipSeenBy('parent', 'beneficiary', maskIdNumber('440106197003151232')),
      relationshipSeenBy('parent', 'sponsor', maskIdNumber('440106194506103028')),
    ]).toEqual(['儿子', '母亲']);
  });

  it('has 李长海 see his son 李卫东 as 儿子, never as 父母', () => {
    expect(relationshipSeenBy('parent', 'beneficiary', maskIdNumber('410105196804182112'))).toBe('儿子');
  });
});
