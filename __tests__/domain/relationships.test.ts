import {
  RELATIONSHIPS,
  generationOf,
  isRelationshipCode,
  parseRelationship,
  relationshipLabel,
} from '@/domain';

describe('RELATIONSHIPS', () => {
  it('lists the eight 近亲属 in form order with Chinese labels', () => {
    expect(RELATIONSHIPS.map(({ code, label }) => `${code}:${label}`)).toEqual([
      'spouse:配偶',
      'parent:父母',
      'child:子女',
      'sibling:兄弟姐妹',
      'grandparent:祖父母',
      'maternal-grandparent:外祖父母',
      'grandchild:孙子女',
      'maternal-grandchild:外孙子女',
    ]);
  });

  it('offers no choice for a spouse’s parents', () => {
    expect(RELATIONSHIPS.some(({ label }) => /公婆|岳父母|配偶的父母/.test(label))).toBe(false);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(RELATIONSHIPS) && RELATIONSHIPS.every(Object.isFrozen)).toBe(true);
  });
});

describe('relationshipLabel', () => {
  it('gives the Chinese label of a code', () => {
    expect(relationshipLabel('maternal-grandparent')).toBe('外祖父母');
  });
});

describe('isRelationshipCode', () => {
  it('accepts a known code', () => {
    expect(isRelationshipCode('grandchild')).toBe(true);
  });

  it.each(['parent-in-law', '父母', '', 'toString', '__proto__'])('refuses %j', (value) => {
    expect(isRelationshipCode(value)).toBe(false);
  });
});

describe('parseRelationship', () => {
  it('returns a known code', () => {
    expect(parseRelationship('sibling')).toEqual({ ok: true, value: 'sibling' });
  });

  it('refuses a spouse’s parent with a message naming who can be bound', () => {
    expect(parseRelationship('parent-in-law')).toEqual({
      ok: false,
      error: {
        code: 'RELATIONSHIP_NOT_ELIGIBLE',
        message: expect.stringMatching(/^配偶的父母等不在家庭共济范围内，只能绑定近亲属/),
      },
    });
  });
});

describe('generationOf', () => {
  it.each([
    ['parent', 'older'],
    ['grandparent', 'older'],
    ['maternal-grandparent', 'older'],
    ['child', 'younger'],
    ['grandchild', 'younger'],
    ['maternal-grandchild', 'younger'],
    ['spouse', 'any'],
    ['sibling', 'any'],
  ] as const)('places %s as %s', (code, generation) => {
    expect(generationOf(code)).toBe(generation);
  });
});
